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

