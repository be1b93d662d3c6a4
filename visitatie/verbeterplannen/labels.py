"""Dutch names of plan states, events, actie statuses and the reasons a step may not happen."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from workflows.verbeterplan import ActieStatus, PlanState

PLAN_STATE_LABELS = {
    PlanState.CONCEPT: _l("Concept"),
    PlanState.INGEDIEND: _l("Ingediend"),
    PlanState.TERUGGESTUURD: _l("Teruggestuurd"),
    PlanState.GEACCEPTEERD: _l("Geaccepteerd"),
    PlanState.VASTGESTELD: _l("Vastgesteld"),
    PlanState.GEPUBLICEERD: _l("Gepubliceerd"),
    PlanState.IN_UITVOERING: _l("In uitvoering"),
    PlanState.AFGEROND: _l("Afgerond"),
}

ACTIE_STATUS_LABELS = {
    ActieStatus.GEPLAND: _l("Gepland"),
    ActieStatus.LOOPT: _l("Loopt"),
    ActieStatus.VERTRAAGD: _l("Vertraagd"),
    ActieStatus.GEREALISEERD: _l("Gerealiseerd"),
    ActieStatus.GESTOPT: _l("Gestopt"),
}

ORGAAN_LABELS = {"DB": _l("Dagelijks Bestuur"), "AB": _l("Algemeen Bestuur")}

PLAN_EVENT_LABELS = {
    "indienen": _l("Verbeterplan indienen"),
    "terugsturen": _l("Terugsturen naar de dienst"),
    "accepteren": _l("Verbeterplan accepteren"),
    "vaststellen": _l("Vaststelling vastleggen"),
    "publiceren": _l("Verbeterplan publiceren"),
    "uitvoering_starten": _l("Uitvoering starten"),
    "afronden": _l("Verbeterplan afronden"),
}

PLAN_EVENT_HINTS = {
    "indienen": _l("Het plan gaat ter beoordeling naar ODNL en de voorzitter van de commissie; "
                   "tot het is beoordeeld kunt u de acties niet wijzigen."),
    "terugsturen": _l("Verplicht: schrijf in de opmerking wat de dienst moet aanpassen."),
    "vaststellen": _l("Leg de datum van vaststelling door het bestuur vast en voeg het besluit "
                      "toe."),
    "publiceren": _l("Het vastgestelde plan wordt openbaar."),
    "afronden": _l("Alle acties zijn gerealiseerd of gestopt; het plan wordt afgesloten."),
}

REFUSALS = {
    "onbekende_handeling": _l("Deze handeling bestaat niet."),
    "rol_mag_niet": _l("U mag deze handeling bij dit verbeterplan niet uitvoeren."),
    "verkeerde_fase": _l("Dit kan niet in de huidige fase van het verbeterplan."),
    "opmerking_nodig": _l("Schrijf in de opmerking wat de dienst moet aanpassen."),
    "vaststellingsdatum_ontbreekt": _l("Leg eerst vast op welke datum het bestuur het "
                                       "verbeterplan heeft vastgesteld."),
    "besluit_ontbreekt": _l("Voeg eerst het besluit van het bestuur toe (PDF, DOCX of ODT)."),
    "geen_acties": _l("Het verbeterplan heeft geen acties; er valt niets af te ronden."),
}


def plan_state_label(state: str) -> str:
    """Return the Dutch name of a verbeterplan state."""
    return str(PLAN_STATE_LABELS[PlanState(state)])


def actie_status_label(status: str) -> str:
    """Return the Dutch name of an actie status."""
    return str(ACTIE_STATUS_LABELS[ActieStatus(status)])


def orgaan_label(code: str | None) -> str:
    """Return the name of the body that adopted the plan ('DB' or 'AB')."""
    return str(ORGAAN_LABELS.get(code or "", code or ""))


def plan_event_label(name: str) -> str:
    """Return the button text of a plan event."""
    return str(PLAN_EVENT_LABELS.get(name, name))


def numbers_text(numbers) -> str:
    """Return '3', '3 en 5' or '1, 3 en 5'."""
    words = [str(n) for n in numbers]
    if len(words) < 2:
        return "".join(words)
    return _("%(begin)s en %(laatste)s", begin=", ".join(words[:-1]), laatste=words[-1])


def plan_refusal_message(code: str, uncovered=(), open_acties: int = 0) -> str:
    """Return the Dutch reason why a plan event may not fire."""
    if code == "aanbevelingen_niet_gedekt":
        if len(uncovered) == 1:
            return _("Aanbeveling %(nummers)s heeft nog geen actie en ook geen motivering "
                     "waarom die niet wordt overgenomen.", nummers=numbers_text(uncovered))
        return _("Aanbeveling %(nummers)s hebben nog geen actie en ook geen motivering "
                 "waarom ze niet worden overgenomen.", nummers=numbers_text(uncovered))
    if code == "acties_open":
        if open_acties == 1:
            return _("Eén actie is nog niet gerealiseerd of gestopt.")
        return _("%(n)s acties zijn nog niet gerealiseerd of gestopt.", n=open_acties)
    return str(REFUSALS.get(code, REFUSALS["verkeerde_fase"]))

