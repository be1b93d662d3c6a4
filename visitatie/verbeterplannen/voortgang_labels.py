"""Dutch names of the plan states and actie statuses, for the progress and monitoring pages."""
from flask_babel import lazy_gettext as _l

# The names themselves live with the plan (labels.py); these helpers add what the progress
# and monitoring pages need ("geen plan").
from visitatie.verbeterplannen.labels import ACTIE_STATUS_LABELS, PLAN_STATE_LABELS
from workflows.verbeterplan import ActieStatus, PlanState


def plan_state_label(state: str | None) -> str:
    """Return the Dutch name of a plan state ("geen plan" for None)."""
    return str(PLAN_STATE_LABELS[PlanState(state)]) if state else str(_l("geen plan"))


def actie_status_label(status: str) -> str:
    """Return the Dutch name of an actie status."""
    return str(ACTIE_STATUS_LABELS[ActieStatus(status)])


# Kinds of notification recorded by visitatie.verbeterplannen.reminders (for the mail texts
# and "Mijn meldingen"; to be merged into visitatie/notificaties/labels.py).
REMINDER_SOORT_LABELS = {
    "plan_termijn_herinnering": _l("Herinnering: over twee weken moet het verbeterplan zijn "
                                   "ingediend"),
    "plan_termijn_vandaag": _l("Vandaag moet het verbeterplan zijn ingediend"),
    "plan_termijn_verlopen": _l("De termijn voor het verbeterplan is een week verstreken"),
    "voortgang_termijn_herinnering": _l("Herinnering: over twee weken is de "
                                        "voortgangsrapportage nodig"),
    "voortgang_termijn_vandaag": _l("Vandaag is de voortgangsrapportage nodig"),
    "voortgang_termijn_verlopen": _l("De voortgangsrapportage is een week te laat"),
    "actie_datum_herinnering": _l("Herinnering: over twee weken is de geplande datum van een "
                                  "actie"),
    "actie_datum_vandaag": _l("Vandaag is de geplande datum van een actie"),
    "actie_datum_verlopen": _l("De geplande datum van een actie is een week verstreken"),
}
