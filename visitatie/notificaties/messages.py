"""The mail of a notification: subject, links and the template of its soort."""
from flask_babel import gettext as _

from visitatie.mail.context import mail_context
from visitatie.mail.operations import queue_mail
from visitatie.notificaties.about import About, describe, subject_name
from visitatie.notificaties.kinds import deadline_of, link_for
from visitatie.notificaties.labels import soort_label
from visitatie.visitaties.permissions import is_committee_member

SUBJECT_MAX = 300  # OutgoingMail.subject


def notification_subject(soort: str, about: About) -> str:
    """Return the mail subject: what happened, and to which dienst."""
    subject = _("%(melding)s – %(dienst)s", melding=soort_label(soort),
                dienst=subject_name(about))
    return subject[:SUBJECT_MAX]


def notification_context(notificatie, about: About) -> dict:
    """Return what the templates of a soort may use."""
    visitatie = about.visitatie
    return {
        "user": notificatie.user, "soort": notificatie.soort, "due_on": notificatie.due_on,
        "termijn": deadline_of(notificatie.soort, notificatie.due_on),
        "obj": about.obj, "visitatie": visitatie, "plan": about.plan,
        "dienst": visitatie.dienst if visitatie else None,
        "ronde": visitatie.ronde if visitatie else about.obj.ronde,
        "beschrijving": describe(about),
        "is_commissie": visitatie is not None
        and is_committee_member(notificatie.user, visitatie),
        "link": link_for(notificatie.soort, about, external=True),
    }


def queue_notification_mail(session, notificatie, about: About):
    """Render and queue the mail of a notification to its user; return the OutgoingMail."""
    with mail_context():
        return queue_mail(session, notificatie.user.email,
                          notification_subject(notificatie.soort, about),
                          f"notificaties/{notificatie.soort}",
                          **notification_context(notificatie, about))
