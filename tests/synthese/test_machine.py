"""The pure Rode draden machine: state × event × role → resulting state or refusal code."""
import pytest

from workflows.synthese import (
    EVENTS_BY_NAME, SyntheseFacts, SyntheseRefusal, SyntheseState as S, check,
)

ROLES = ("beheerder", "bestuur", "auteur", "klankbord")
ALL_GOOD = SyntheseFacts(sections=3, klankbord_members=2, klankbord_rounds_held=1,
                         conclusions_written=True, remark_given=True)
# (state, event) -> (roles that may, resulting state)
TABLE = {
    (S.CONCEPT, "naar_klankbord"): ({"beheerder", "auteur"}, S.KLANKBORD),
    (S.KLANKBORD, "klankbord_afronden"): ({"beheerder", "auteur"}, S.CONCEPT),
    (S.CONCEPT, "vaststellen"): ({"bestuur"}, S.VASTGESTELD),
    (S.VASTGESTELD, "terugsturen"): ({"bestuur"}, S.CONCEPT),
    (S.VASTGESTELD, "publiceren"): ({"beheerder"}, S.GEPUBLICEERD),
    (S.GEPUBLICEERD, "corrigeren"): ({"beheerder"}, S.CONCEPT),
}
CASES = [(state, event, role) for state in S for event in EVENTS_BY_NAME for role in ROLES]


@pytest.mark.parametrize("state,event,role", CASES)
def test_state_event_role_table(state, event, role):
    allowed, target = TABLE.get((state, event), (set(), None))
    if role in allowed:
        assert check(state, event, {role}, ALL_GOOD) == target
        return
    with pytest.raises(SyntheseRefusal) as refused:
        check(state, event, {role}, ALL_GOOD)
    may_ever = role in EVENTS_BY_NAME[event].roles  # the role is checked before the state
    assert refused.value.code == ("verkeerde_fase" if may_ever else "rol_mag_niet")


@pytest.mark.parametrize("event,facts,code", [
    ("naar_klankbord", SyntheseFacts(klankbord_members=1), "geen_secties"),
    ("naar_klankbord", SyntheseFacts(sections=2, empty_sections=("A",), klankbord_members=1),
     "secties_leeg"),
    ("naar_klankbord", SyntheseFacts(sections=2), "geen_klankbordleden"),
    ("vaststellen", SyntheseFacts(sections=2, klankbord_rounds_held=1), "conclusies_ontbreken"),
    ("vaststellen", SyntheseFacts(sections=2, conclusions_written=True),
     "klankbord_niet_gehoord"),
    ("vaststellen", SyntheseFacts(sections=2, conclusions_written=True,
                                  klankbord_rounds_held=1, open_comments=1), "opmerkingen_open"),
])
def test_guards(event, facts, code):
    source = S.CONCEPT
    role = next(iter(TABLE[(source, event)][0]))
    with pytest.raises(SyntheseRefusal) as refused:
        check(source, event, {role}, facts)
    assert refused.value.code == code


@pytest.mark.parametrize("state,event", [(S.VASTGESTELD, "terugsturen"),
                                         (S.GEPUBLICEERD, "corrigeren")])
def test_going_back_needs_a_remark(state, event):
    role = next(iter(TABLE[(state, event)][0]))
    with pytest.raises(SyntheseRefusal) as refused:
        check(state, event, {role}, SyntheseFacts())
    assert refused.value.code == "opmerking_nodig"


def test_refusal_messages_are_dutch(app):
    from visitatie.synthese.labels import refusal_message

    with app.test_request_context():
        assert refusal_message("opmerkingen_open", open_comments=3) == (
            "Nog 3 opmerkingen van de klankbordgroep zijn niet verwerkt.")
        assert refusal_message("opmerkingen_open", open_comments=1) == (
            "Nog 1 opmerking van de klankbordgroep is niet verwerkt.")
        assert refusal_message("secties_leeg", ("Inleiding",)) == (
            "Hoofdstuk ‘Inleiding’ heeft nog geen tekst.")
        assert refusal_message("secties_leeg", ("A", "B")) == (
            "2 hoofdstukken hebben nog geen tekst: ‘A’ en ‘B’.")
