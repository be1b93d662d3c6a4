"""The Verbeterplan lifecycle and the statuses of its acties, as pure tables.

No Flask, no database: operations gather `PlanFacts` and ask `check`. Guards return a
reason code; the interface turns codes into Dutch sentences.
"""
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Callable


class PlanState(StrEnum):
    CONCEPT = "concept"
    INGEDIEND = "ingediend"
    TERUGGESTUURD = "teruggestuurd"
    GEACCEPTEERD = "geaccepteerd"
    VASTGESTELD = "vastgesteld"
    GEPUBLICEERD = "gepubliceerd"
    IN_UITVOERING = "in_uitvoering"
    AFGEROND = "afgerond"


class ActieStatus(StrEnum):
    GEPLAND = "gepland"
    LOOPT = "loopt"
    VERTRAAGD = "vertraagd"
    GEREALISEERD = "gerealiseerd"
    GESTOPT = "gestopt"


CLOSED_ACTIE_STATUSES = frozenset({ActieStatus.GEREALISEERD, ActieStatus.GESTOPT})
P = PlanState


@dataclass(frozen=True)
class PlanFacts:
    """What the guards look at, gathered by the operations layer."""

    uncovered_aanbevelingen: tuple[int, ...] = ()   # numbers without actie or motivation
    remark_given: bool = False
    adoption_date_recorded: bool = False
    decision_document_stored: bool = False
    open_acties: int = 0
    has_acties: bool = False


class PlanRefusal(Exception):
    """An event that may not fire now; `code` says why."""

    def __init__(self, code: str, event: str, detail: tuple = ()):
        super().__init__(code)
        self.code, self.event, self.detail = code, event, detail


def _all_covered(f: PlanFacts) -> str | None:
    return "aanbevelingen_niet_gedekt" if f.uncovered_aanbevelingen else None


def _remark(f: PlanFacts) -> str | None:
    return None if f.remark_given else "opmerking_nodig"


def _adopted(f: PlanFacts) -> str | None:
    if not f.adoption_date_recorded:
        return "vaststellingsdatum_ontbreekt"
    return None if f.decision_document_stored else "besluit_ontbreekt"


def _all_closed(f: PlanFacts) -> str | None:
    if not f.has_acties:
        return "geen_acties"
    return "acties_open" if f.open_acties else None


@dataclass(frozen=True)
class PlanEvent:
    name: str
    sources: frozenset[PlanState]
    target: PlanState
    roles: frozenset[str]
    guards: tuple[Callable[[PlanFacts], str | None], ...] = field(default=())


REVIEWERS = frozenset({"beheerder", "voorzitter"})
DIENST = frozenset({"directeur"})

EVENTS = (
    PlanEvent("indienen", frozenset({P.CONCEPT, P.TERUGGESTUURD}), P.INGEDIEND, DIENST,
              (_all_covered,)),
    PlanEvent("terugsturen", frozenset({P.INGEDIEND}), P.TERUGGESTUURD, REVIEWERS, (_remark,)),
    PlanEvent("accepteren", frozenset({P.INGEDIEND}), P.GEACCEPTEERD, REVIEWERS,
              (_all_covered,)),
    PlanEvent("vaststellen", frozenset({P.GEACCEPTEERD}), P.VASTGESTELD, DIENST, (_adopted,)),
    PlanEvent("publiceren", frozenset({P.VASTGESTELD}), P.GEPUBLICEERD,
              frozenset({"directeur", "beheerder"})),
    PlanEvent("uitvoering_starten", frozenset({P.GEPUBLICEERD}), P.IN_UITVOERING,
              frozenset({"directeur", "contactpersoon"})),
    PlanEvent("afronden", frozenset({P.IN_UITVOERING}), P.AFGEROND, DIENST, (_all_closed,)),
)
EVENTS_BY_NAME = {e.name: e for e in EVENTS}


def events_from(state: str, roles: set[str]) -> list[PlanEvent]:
    """Return the events that leave `state` and that one of `roles` may fire."""
    return [e for e in EVENTS if state in e.sources and e.roles & roles]


def first_refusal(event: PlanEvent, facts: PlanFacts) -> str | None:
    """Return the reason code of the first guard that fails, or None."""
    return next((code for guard in event.guards if (code := guard(facts))), None)


def check(state: str, event_name: str, roles: set[str], facts: PlanFacts) -> PlanState:
    """Return the state after `event_name`, or raise PlanRefusal saying why not."""
    event = EVENTS_BY_NAME.get(event_name)
    if event is None:
        raise PlanRefusal("onbekende_handeling", event_name)
    if not event.roles & roles:
        raise PlanRefusal("rol_mag_niet", event_name)
    if state not in event.sources:
        raise PlanRefusal("verkeerde_fase", event_name)
    code = first_refusal(event, facts)
    if code:
        raise PlanRefusal(code, event_name, facts.uncovered_aanbevelingen)
    return event.target


# Actie statuses: any change is allowed except leaving a closed status; gestopt needs a reason.
def may_change_actie(current: str, new: str) -> bool:
    """Return whether an actie may go from `current` to `new`."""
    return current != new and ActieStatus(current) not in CLOSED_ACTIE_STATUSES


def is_overdue(status: str, planned_on, today) -> bool:
    """Return whether an actie is overdue: its date passed and it is neither done nor stopped."""
    return planned_on is not None and planned_on < today and \
        ActieStatus(status) not in CLOSED_ACTIE_STATUSES
