"""Dutch names of the follow-up ratings and of the statuses of earlier acties."""
from flask_babel import lazy_gettext as _l

# The names of plan states and actie statuses live with the plan.
from visitatie.verbeterplannen.labels import (  # noqa: F401  (re-exported for the pages)
    ACTIE_STATUS_LABELS, PLAN_STATE_LABELS, actie_status_label, plan_state_label,
)

OPGEVOLGD, DEELS, NIET = "opgevolgd", "deels_opgevolgd", "niet_opgevolgd"
OORDELEN = (OPGEVOLGD, DEELS, NIET)

OORDEEL_LABELS = {
    OPGEVOLGD: _l("Opgevolgd"),
    DEELS: _l("Deels opgevolgd"),
    NIET: _l("Niet opgevolgd"),
}

# In the report: report content is Dutch whatever the screen language, so not translated.
OORDEEL_REPORT_LABELS = {
    OPGEVOLGD: "opgevolgd",
    DEELS: "deels opgevolgd",
    NIET: "niet opgevolgd",
}


def oordeel_label(oordeel: str | None) -> str:
    """Return the Dutch name of a follow-up rating ("" for none)."""
    return str(OORDEEL_LABELS[oordeel]) if oordeel in OORDEEL_LABELS else ""

