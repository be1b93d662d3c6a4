"""Queue e-mail: store the message, send it from a job after the commit."""
from flask import render_template

from visitatie.core.text import one_line
from visitatie.jobs import enqueue_after_commit
from visitatie.mail.models import OutgoingMail

# Stands in the stored mail instead of a link only the recipient may see (a password or
# invitation link). Not translated: it is a placeholder the sending job replaces, and mail
# is written in Dutch anyway.
SECRET_LINK_MARK = "[link alleen zichtbaar voor de ontvanger]"


def queue_mail(session, to_address: str, subject: str, template: str,
               secret_link: str | None = None, **context) -> OutgoingMail:
    """Render `emails/<template>.txt` and `.html`, store the mail and queue its sending.

    A `secret_link` (a password or invitation link) is shown to the templates as `link`
    but stored apart: the outbox shows the mark, the job puts the link in.
    """
    subject = one_line(subject)  # a header: a line break in a title would end it
    if secret_link is not None:
        context["link"] = SECRET_LINK_MARK
    mail = OutgoingMail(
        to_address=to_address,
        subject=subject,
        body_text=render_template(f"emails/{template}.txt", subject=subject, **context),
        body_html=render_template(f"emails/{template}.html", subject=subject, **context),
        status="wachtrij",
        secret_link=secret_link,
    )
    session.add(mail)
    session.flush()
    enqueue_after_commit(session, "visitatie.mail.jobs.send_mail", mail.id)
    return mail
