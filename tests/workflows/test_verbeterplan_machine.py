"""The pure Verbeterplan machine: every state × event × role, every guard, actie statuses."""
from dataclasses import replace
from datetime import date

import pytest

from workflows.verbeterplan import (
    EVENTS, ActieStatus, PlanFacts, PlanRefusal, PlanState, check, events_from, first_refusal,
    is_overdue, may_change_actie,
)

ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord")
ALL_GOOD = PlanFacts(uncovered_aanbevelingen=(), remark_given=True, adoption_date_recorded=True,
                     decision_document_stored=True, open_acties=0, has_acties=True)

# (event, sources, target, roles that may fire it): the contract of docs/product.md.
EXPECTED = {
    "indienen": ({"concept", "teruggestuurd"}, "ingediend", {"directeur"}),
    "terugsturen": ({"ingediend"}, "teruggestuurd", {"beheerder", "voorzitter"}),
    "accepteren": ({"ingediend"}, "geaccepteerd", {"beheerder", "voorzitter"}),
    "vaststellen": ({"geaccepteerd"}, "vastgesteld", {"directeur"}),
    "publiceren": ({"vastgesteld"}, "gepubliceerd", {"directeur", "beheerder"}),
    "uitvoering_starten": ({"gepubliceerd"}, "in_uitvoering", {"directeur", "contactpersoon"}),
    "afronden": ({"in_uitvoering"}, "afgerond", {"directeur"}),
}
CASES = [(state.value, event, role) for state in PlanState for event in EXPECTED
         for role in ROLES]


def test_the_machine_has_exactly_the_expected_events():
    assert {e.name for e in EVENTS} == set(EXPECTED)


@pytest.mark.parametrize("state,event,role", CASES)
def test_state_event_role_table(state, event, role):
    sources, target, roles = EXPECTED[event]
    if role not in roles:
        with pytest.raises(PlanRefusal) as refused:
            check(state, event, {role}, ALL_GOOD)
        assert refused.value.code == "rol_mag_niet"
    elif state not in sources:
        with pytest.raises(PlanRefusal) as refused:
            check(state, event, {role}, ALL_GOOD)
        assert refused.value.code == "verkeerde_fase"
    else:
        assert check(state, event, {role}, ALL_GOOD) == target


GUARDS = [
    ("indienen", "concept", "directeur", {"uncovered_aanbevelingen": (3, 5)},
     "aanbevelingen_niet_gedekt"),
    ("indienen", "teruggestuurd", "directeur", {"uncovered_aanbevelingen": (1,)},
     "aanbevelingen_niet_gedekt"),
    ("accepteren", "ingediend", "beheerder", {"uncovered_aanbevelingen": (2,)},
     "aanbevelingen_niet_gedekt"),
    ("accepteren", "ingediend", "voorzitter", {"uncovered_aanbevelingen": (2,)},
     "aanbevelingen_niet_gedekt"),
    ("terugsturen", "ingediend", "beheerder", {"remark_given": False}, "opmerking_nodig"),
    ("terugsturen", "ingediend", "voorzitter", {"remark_given": False}, "opmerking_nodig"),
    ("vaststellen", "geaccepteerd", "directeur", {"adoption_date_recorded": False},
     "vaststellingsdatum_ontbreekt"),
    ("vaststellen", "geaccepteerd", "directeur", {"decision_document_stored": False},
     "besluit_ontbreekt"),
    ("vaststellen", "geaccepteerd", "directeur",
     {"adoption_date_recorded": False, "decision_document_stored": False},
     "vaststellingsdatum_ontbreekt"),
    ("afronden", "in_uitvoering", "directeur", {"has_acties": False}, "geen_acties"),
    ("afronden", "in_uitvoering", "directeur", {"open_acties": 2}, "acties_open"),
]


@pytest.mark.parametrize("event,state,role,change,code", GUARDS)
def test_each_guard_refuses_with_its_reason(event, state, role, change, code):
    with pytest.raises(PlanRefusal) as refused:
        check(state, event, {role}, replace(ALL_GOOD, **change))
    assert refused.value.code == code
    assert refused.value.event == event


def test_coverage_refusal_carries_the_uncovered_numbers():
    facts = replace(ALL_GOOD, uncovered_aanbevelingen=(3, 5))
    with pytest.raises(PlanRefusal) as refused:
        check("concept", "indienen", {"directeur"}, facts)
    assert refused.value.detail == (3, 5)


@pytest.mark.parametrize("event", ["publiceren", "uitvoering_starten"])
def test_events_without_guards_ignore_the_facts(event):
    sources, target, roles = EXPECTED[event]
    bad = PlanFacts(uncovered_aanbevelingen=(1,), open_acties=3)
    assert check(next(iter(sources)), event, set(roles), bad) == target


def test_first_refusal_is_none_when_all_holds():
    assert all(first_refusal(e, ALL_GOOD) is None for e in EVENTS)


def test_unknown_event_is_refused():
    with pytest.raises(PlanRefusal) as refused:
        check("concept", "alles_overslaan", {"beheerder"}, ALL_GOOD)
    assert refused.value.code == "onbekende_handeling"


def test_events_from_lists_only_what_the_roles_may_fire():
    assert [e.name for e in events_from("ingediend", {"voorzitter"})] == [
        "terugsturen", "accepteren"]
    assert events_from("ingediend", {"directeur", "contactpersoon"}) == []
    assert [e.name for e in events_from("gepubliceerd", {"contactpersoon"})] == [
        "uitvoering_starten"]
    assert events_from("afgerond", set(ROLES)) == []
    assert events_from("concept", {"bestuur", "secretaris", "commissielid", "klankbord"}) == []


STATUSES = [s.value for s in ActieStatus]


@pytest.mark.parametrize("current", STATUSES)
@pytest.mark.parametrize("new", STATUSES)
def test_actie_status_changes(current, new):
    expected = current != new and current not in ("gerealiseerd", "gestopt")
    assert may_change_actie(current, new) is expected


@pytest.mark.parametrize("status,planned_on,expected", [
    ("gepland", date(2026, 3, 1), True),
    ("loopt", date(2026, 3, 1), True),
    ("vertraagd", date(2026, 3, 1), True),
    ("gerealiseerd", date(2026, 3, 1), False),
    ("gestopt", date(2026, 3, 1), False),
    ("gepland", date(2026, 3, 2), False),   # due today: not yet overdue
    ("gepland", date(2026, 4, 1), False),
    ("gepland", None, False),
])
def test_is_overdue(status, planned_on, expected):
    assert is_overdue(status, planned_on, date(2026, 3, 2)) is expected
