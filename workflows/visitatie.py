"""The Visitatie lifecycle as a pure state machine: states, events, roles and guards.

No Flask, no database: the operations layer gathers the `Facts` of one visitatie and
asks `check` whether an event may fire. Guards return a reason code (or None); the
interface turns codes into Dutch sentences. A plain table rather than a library machine:
guards need facts, not a bound model, and refusals need codes for translated messages.
"""
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Callable


class VisitatieState(StrEnum):
    GEPLAND = "gepland"
    VOORBEREIDING = "voorbereiding"
    KERNSTUKKEN_INGEDIEND = "kernstukken_ingediend"
    BEZOEK = "bezoek"
    CONCEPT_RAPPORT = "concept_rapport"
    WEDERHOOR = "wederhoor"
    VASTGESTELD = "vastgesteld"
    GEPUBLICEERD = "gepubliceerd"


ORDER = tuple(VisitatieState)
S = VisitatieState


@dataclass(frozen=True)
class Facts:
    """What the guards look at, gathered from the database by the operations layer."""

    has_voorzitter: bool = False
    has_secretaris: bool = False
    has_member_of_visited_dienst: bool = False
    visit_dates_set: bool = False
    missing_kernstukken: tuple[str, ...] = ()
    documents_sent_back: int = 0
    intake_held: bool = False
    afsluitende_sessie_held: bool = False
    concept_approved: bool = False
    wederhoor_submitted: bool = False
    wederhoor_deadline_passed: bool = False
    open_corrections: int = 0
    db_and_ab_dates_recorded: bool = False
    remark_given: bool = False


class Refusal(Exception):
    """An event that may not fire now; `code` says why."""

    def __init__(self, code: str, event: str, detail: tuple = ()):
        super().__init__(code)
        self.code, self.event, self.detail = code, event, detail


def _committee_ready(f: Facts) -> str | None:
    if not f.has_voorzitter:
        return "geen_voorzitter"
    if not f.has_secretaris:
        return "geen_secretaris"
    if f.has_member_of_visited_dienst:
        return "lid_van_eigen_dienst"
    return None if f.visit_dates_set else "geen_bezoekdata"


def _kernstukken_complete(f: Facts) -> str | None:
    return "kernstukken_ontbreken" if f.missing_kernstukken else None


def _remark_given(f: Facts) -> str | None:
    return None if f.remark_given or f.documents_sent_back else "opmerking_nodig"


def _visit_held(f: Facts) -> str | None:
    if not f.intake_held:
        return "intake_niet_gehouden"
    return None if f.afsluitende_sessie_held else "afsluiting_niet_gehouden"


def _concept_approved(f: Facts) -> str | None:
    return None if f.concept_approved else "concept_niet_goedgekeurd"


def _wederhoor_done(f: Facts) -> str | None:
    if not (f.wederhoor_submitted or f.wederhoor_deadline_passed):
        return "wederhoor_loopt_nog"
    return "correcties_open" if f.open_corrections else None


def _treated_by_db_and_ab(f: Facts) -> str | None:
    return None if f.db_and_ab_dates_recorded else "behandeling_ontbreekt"


@dataclass(frozen=True)
class Event:
    name: str
    source: VisitatieState
    target: VisitatieState
    roles: frozenset[str]
    guards: tuple[Callable[[Facts], str | None], ...] = field(default=())


EVENTS = (
    Event("start_voorbereiding", S.GEPLAND, S.VOORBEREIDING,
          frozenset({"beheerder", "secretaris"}), (_committee_ready,)),
    Event("kernstukken_indienen", S.VOORBEREIDING, S.KERNSTUKKEN_INGEDIEND,
          frozenset({"directeur", "contactpersoon"}), (_kernstukken_complete,)),
    Event("kernstukken_terugsturen", S.KERNSTUKKEN_INGEDIEND, S.VOORBEREIDING,
          frozenset({"secretaris"}), (_remark_given,)),
    Event("kernstukken_accepteren", S.KERNSTUKKEN_INGEDIEND, S.BEZOEK,
          frozenset({"secretaris"}), (_kernstukken_complete,)),
    Event("bezoek_afronden", S.BEZOEK, S.CONCEPT_RAPPORT,
          frozenset({"secretaris"}), (_visit_held,)),
    Event("naar_wederhoor", S.CONCEPT_RAPPORT, S.WEDERHOOR,
          frozenset({"voorzitter"}), (_concept_approved,)),
    Event("vaststellen", S.WEDERHOOR, S.VASTGESTELD,
          frozenset({"voorzitter"}), (_wederhoor_done, _concept_approved)),
    Event("publiceren", S.VASTGESTELD, S.GEPUBLICEERD,
          frozenset({"directeur", "beheerder"}), (_treated_by_db_and_ab,)),
)
EVENTS_BY_NAME = {e.name: e for e in EVENTS}


def events_from(state: str, roles: set[str]) -> list[Event]:
    """Return the events that leave `state` and that one of `roles` may fire."""
    return [e for e in EVENTS if e.source == state and e.roles & roles]


def first_refusal(event: Event, facts: Facts) -> str | None:
    """Return the reason code of the first guard that fails, or None."""
    return next((code for guard in event.guards if (code := guard(facts))), None)


def check(state: str, event_name: str, roles: set[str], facts: Facts) -> VisitatieState:
    """Return the state after `event_name`, or raise Refusal saying why it may not fire."""
    event = EVENTS_BY_NAME.get(event_name)
    if event is None:
        raise Refusal("onbekende_handeling", event_name)
    if not event.roles & roles:
        raise Refusal("rol_mag_niet", event_name)
    if event.source != state:
        raise Refusal("verkeerde_fase", event_name)
    code = first_refusal(event, facts)
    if code:
        raise Refusal(code, event_name, facts.missing_kernstukken)
    return event.target
