"""Dutch names of the follow-up ratings and of the statuses of earlier acties."""
from flask_babel import lazy_gettext as _l

from workflows.verbeterplan import ActieStatus, PlanState

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

ACTIE_STATUS_LABELS = {
    ActieStatus.GEPLAND: _l("Gepland"),
    ActieStatus.LOOPT: _l("Loopt"),
    ActieStatus.VERTRAAGD: _l("Vertraagd"),
    ActieStatus.GEREALISEERD: _l("Gerealiseerd"),
    ActieStatus.GESTOPT: _l("Gestopt"),
}

PLAN_STATE_LABELS = {
    PlanState.CONCEPT: _l("concept"),
    PlanState.INGEDIEND: _l("ingediend"),
    PlanState.TERUGGESTUURD: _l("teruggestuurd"),
    PlanState.GEACCEPTEERD: _l("geaccepteerd"),
    PlanState.VASTGESTELD: _l("vastgesteld"),
    PlanState.GEPUBLICEERD: _l("gepubliceerd"),
    PlanState.IN_UITVOERING: _l("in uitvoering"),
    PlanState.AFGEROND: _l("afgerond"),
}


def oordeel_label(oordeel: str | None) -> str:
    """Return the Dutch name of a follow-up rating ("" for none)."""
    return str(OORDEEL_LABELS[oordeel]) if oordeel in OORDEEL_LABELS else ""


def actie_status_label(status: str) -> str:
    """Return the Dutch name of an actie status (the code if unknown)."""
    label = ACTIE_STATUS_LABELS.get(status)
    return str(label) if label is not None else status


def plan_state_label(state: str) -> str:
    """Return the Dutch name of a verbeterplan state (the code if unknown)."""
    label = PLAN_STATE_LABELS.get(state)
    return str(label) if label is not None else state
