"""The Rode draden rapportage (Synthese) lifecycle, as a pure table.

concept -> klankbord -> concept (revised) ... -> vastgesteld (ODNL bestuur) -> gepubliceerd.
A published edition that needs a correction goes back to concept; publishing again makes a
new, dated public version while the earlier ones stay readable. No Flask, no database:
operations gather `SyntheseFacts` and ask `check`; guards return a reason code.
"""
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Callable


class SyntheseState(StrEnum):
    CONCEPT = "concept"
    KLANKBORD = "klankbord"
    VASTGESTELD = "vastgesteld"
    GEPUBLICEERD = "gepubliceerd"


S = SyntheseState


@dataclass(frozen=True)
class SyntheseFacts:
    """What the guards look at, gathered by the operations layer."""

    sections: int = 0
    empty_sections: tuple[str, ...] = ()      # titles of sections without text
    klankbord_members: int = 0
    klankbord_rounds_held: int = 0
    open_comments: int = 0                    # klankbord comments not yet processed
    conclusions_written: bool = False         # the integral conclusions
    remark_given: bool = False


class SyntheseRefusal(Exception):
    """An event that may not fire now; `code` says why."""

    def __init__(self, code: str, event: str, detail: tuple = ()):
        super().__init__(code)
        self.code, self.event, self.detail = code, event, detail


def _has_sections(f: SyntheseFacts) -> str | None:
    if not f.sections:
        return "geen_secties"
    return "secties_leeg" if f.empty_sections else None


def _has_conclusions(f: SyntheseFacts) -> str | None:
    return None if f.conclusions_written else "conclusies_ontbreken"


def _has_klankbord(f: SyntheseFacts) -> str | None:
    return None if f.klankbord_members else "geen_klankbordleden"


def _klankbord_heard(f: SyntheseFacts) -> str | None:
    return None if f.klankbord_rounds_held else "klankbord_niet_gehoord"


def _comments_processed(f: SyntheseFacts) -> str | None:
    return "opmerkingen_open" if f.open_comments else None


def _remark(f: SyntheseFacts) -> str | None:
    return None if f.remark_given else "opmerking_nodig"


@dataclass(frozen=True)
class SyntheseEvent:
    name: str
    sources: frozenset[SyntheseState]
    target: SyntheseState
    roles: frozenset[str]
    guards: tuple[Callable[[SyntheseFacts], str | None], ...] = field(default=())


AUTHORS = frozenset({"beheerder", "auteur"})

EVENTS = (
    SyntheseEvent("naar_klankbord", frozenset({S.CONCEPT}), S.KLANKBORD, AUTHORS,
                  (_has_sections, _has_klankbord)),
    SyntheseEvent("klankbord_afronden", frozenset({S.KLANKBORD}), S.CONCEPT, AUTHORS),
    SyntheseEvent("vaststellen", frozenset({S.CONCEPT}), S.VASTGESTELD, frozenset({"bestuur"}),
                  (_has_sections, _has_conclusions, _klankbord_heard, _comments_processed)),
    SyntheseEvent("terugsturen", frozenset({S.VASTGESTELD}), S.CONCEPT,
                  frozenset({"bestuur"}), (_remark,)),
    SyntheseEvent("publiceren", frozenset({S.VASTGESTELD}), S.GEPUBLICEERD,
                  frozenset({"beheerder"})),
    SyntheseEvent("corrigeren", frozenset({S.GEPUBLICEERD}), S.CONCEPT,
                  frozenset({"beheerder"}), (_remark,)),
)
EVENTS_BY_NAME = {e.name: e for e in EVENTS}
EDITABLE_STATES = frozenset({S.CONCEPT})
COMMENTABLE_STATES = frozenset({S.KLANKBORD})


def events_from(state: str, roles: set[str]) -> list[SyntheseEvent]:
    """Return the events that leave `state` and that one of `roles` may fire."""
    return [e for e in EVENTS if state in e.sources and e.roles & roles]


def first_refusal(event: SyntheseEvent, facts: SyntheseFacts) -> str | None:
    """Return the reason code of the first guard that fails, or None."""
    return next((code for guard in event.guards if (code := guard(facts))), None)


def check(state: str, event_name: str, roles: set[str], facts: SyntheseFacts) -> SyntheseState:
    """Return the state after `event_name`, or raise SyntheseRefusal saying why not."""
    event = EVENTS_BY_NAME.get(event_name)
    if event is None:
        raise SyntheseRefusal("onbekende_handeling", event_name)
    if not event.roles & roles:
        raise SyntheseRefusal("rol_mag_niet", event_name)
    if state not in event.sources:
        raise SyntheseRefusal("verkeerde_fase", event_name)
    code = first_refusal(event, facts)
    if code:
        raise SyntheseRefusal(code, event_name, facts.empty_sections)
    return event.target
