"""The pure Visitatie machine: every state × event × role, and every guard."""
from dataclasses import replace

import pytest

from workflows.visitatie import EVENTS, ORDER, Facts, Refusal, check, events_from

ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord")
ALL_GOOD = Facts(has_voorzitter=True, has_secretaris=True, visit_dates_set=True,
                 intake_held=True, afsluitende_sessie_held=True, concept_approved=True,
                 wederhoor_submitted=True, db_and_ab_dates_recorded=True, remark_given=True)

# (event, from, to, roles that may fire it): the contract of docs/product.md.
EXPECTED = {
    "start_voorbereiding": ("gepland", "voorbereiding", {"beheerder", "secretaris"}),
    "kernstukken_indienen": ("voorbereiding", "kernstukken_ingediend",
                             {"directeur", "contactpersoon"}),
    "kernstukken_terugsturen": ("kernstukken_ingediend", "voorbereiding", {"secretaris"}),
    "kernstukken_accepteren": ("kernstukken_ingediend", "bezoek", {"secretaris"}),
    "bezoek_afronden": ("bezoek", "concept_rapport", {"secretaris"}),
    "naar_wederhoor": ("concept_rapport", "wederhoor", {"voorzitter"}),
    "vaststellen": ("wederhoor", "vastgesteld", {"voorzitter"}),
    "publiceren": ("vastgesteld", "gepubliceerd", {"directeur", "beheerder"}),
}
CASES = [(state.value, event, role) for state in ORDER for event in EXPECTED for role in ROLES]


def test_the_machine_has_exactly_the_expected_events():
    assert {e.name for e in EVENTS} == set(EXPECTED)


@pytest.mark.parametrize("state,event,role", CASES)
def test_state_event_role_table(state, event, role):
    source, target, roles = EXPECTED[event]
    if role not in roles:
        with pytest.raises(Refusal) as refused:
            check(state, event, {role}, ALL_GOOD)
        assert refused.value.code == "rol_mag_niet"
    elif state != source:
        with pytest.raises(Refusal) as refused:
            check(state, event, {role}, ALL_GOOD)
        assert refused.value.code == "verkeerde_fase"
    else:
        assert check(state, event, {role}, ALL_GOOD) == target


GUARDS = [
    ("start_voorbereiding", "gepland", "secretaris", {"has_voorzitter": False}, "geen_voorzitter"),
    ("start_voorbereiding", "gepland", "secretaris", {"has_secretaris": False}, "geen_secretaris"),
    ("start_voorbereiding", "gepland", "beheerder", {"has_member_of_visited_dienst": True},
     "lid_van_eigen_dienst"),
    ("start_voorbereiding", "gepland", "beheerder", {"visit_dates_set": False},
     "geen_bezoekdata"),
    ("kernstukken_indienen", "voorbereiding", "directeur",
     {"missing_kernstukken": ("Organogram",)}, "kernstukken_ontbreken"),
    ("kernstukken_accepteren", "kernstukken_ingediend", "secretaris",
     {"missing_kernstukken": ("Organogram",)}, "kernstukken_ontbreken"),
    ("kernstukken_terugsturen", "kernstukken_ingediend", "secretaris",
     {"remark_given": False}, "opmerking_nodig"),
    ("bezoek_afronden", "bezoek", "secretaris", {"intake_held": False}, "intake_niet_gehouden"),
    ("bezoek_afronden", "bezoek", "secretaris", {"afsluitende_sessie_held": False},
     "afsluiting_niet_gehouden"),
    ("naar_wederhoor", "concept_rapport", "voorzitter", {"concept_approved": False},
     "concept_niet_goedgekeurd"),
    ("vaststellen", "wederhoor", "voorzitter", {"wederhoor_submitted": False},
     "wederhoor_loopt_nog"),
    ("vaststellen", "wederhoor", "voorzitter", {"open_corrections": 2}, "correcties_open"),
    ("vaststellen", "wederhoor", "voorzitter", {"concept_approved": False},
     "concept_niet_goedgekeurd"),
    ("publiceren", "vastgesteld", "directeur", {"db_and_ab_dates_recorded": False},
     "behandeling_ontbreekt"),
]


@pytest.mark.parametrize("event,state,role,change,code", GUARDS)
def test_each_guard_refuses_with_its_reason(event, state, role, change, code):
    with pytest.raises(Refusal) as refused:
        check(state, event, {role}, replace(ALL_GOOD, **change))
    assert refused.value.code == code


def test_sending_back_is_allowed_with_documents_marked_instead_of_a_remark():
    facts = replace(ALL_GOOD, remark_given=False, documents_sent_back=1)
    assert check("kernstukken_ingediend", "kernstukken_terugsturen", {"secretaris"},
                 facts) == "voorbereiding"


def test_vaststellen_after_the_deadline_without_a_reaction():
    facts = replace(ALL_GOOD, wederhoor_submitted=False, wederhoor_deadline_passed=True)
    assert check("wederhoor", "vaststellen", {"voorzitter"}, facts) == "vastgesteld"


def test_unknown_event_is_refused():
    with pytest.raises(Refusal) as refused:
        check("gepland", "alles_overslaan", {"beheerder"}, ALL_GOOD)
    assert refused.value.code == "onbekende_handeling"


def test_events_from_lists_only_what_the_roles_may_fire():
    assert [e.name for e in events_from("kernstukken_ingediend", {"secretaris"})] == [
        "kernstukken_terugsturen", "kernstukken_accepteren"]
    assert events_from("kernstukken_ingediend", {"directeur"}) == []
    assert events_from("gepubliceerd", set(ROLES)) == []
