"""The secretaris and voorzitter rate each earlier aanbeveling, with optimistic locking."""
import pytest
from sqlalchemy import select

from tests.bevindingen.factories import set_state
from tests.factories import make_user
from tests.opvolging.factories import (
    add_aanbevelingen, earlier_ronde, make_earlier_visitatie, make_oordeel,
)
from visitatie.audit.models import AuditEvent
from visitatie.auth import operations as auth_ops
from visitatie.auth.roles import Rol
from visitatie.verbeterplannen.models import OpvolgingsOordeel

OPEN = ["bezoek", "concept_rapport", "wederhoor"]
CLOSED = ["gepland", "voorbereiding", "kernstukken_ingediend", "vastgesteld", "gepubliceerd"]
RATERS = ["secretaris", "voorzitter"]
NOT_RATERS = ["commissielid", "beheerder", "bestuur", "directeur", "contactpersoon",
              "klankbord", "directeur_elders"]


@pytest.fixture()
def in_bezoek(session, world, earlier):
    set_state(session, world.visitatie, "bezoek")
    return world.visitatie


def _url(visitatie, bevinding):
    return f"/visitaties/{visitatie.id}/opvolging/{bevinding.id}"


def _post(client, visitatie, bevinding, oordeel="opgevolgd", toelichting="", version_id=""):
    return client.post(_url(visitatie, bevinding), data={
        "oordeel": oordeel, "toelichting": toelichting, "version_id": version_id})


def _rows(session, visitatie):
    session.expire_all()
    return session.scalars(select(OpvolgingsOordeel).where(
        OpvolgingsOordeel.visitatie_id == visitatie.id).order_by(OpvolgingsOordeel.id)).all()


def _events(session, action):
    return session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                           .order_by(AuditEvent.id)).all()


@pytest.mark.parametrize("key", RATERS)
def test_rater_gives_a_rating(login, session, world, earlier, in_bezoek, key):
    user, bevinding = world.users[key], earlier.aanbevelingen[1]
    client = login(user)
    assert client.get(_url(in_bezoek, bevinding)).status_code == 200
    response = _post(client, in_bezoek, bevinding, "deels_opgevolgd", "  Deels gedaan. ")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/opvolging/#aanbeveling-{bevinding.id}")
    [row] = _rows(session, in_bezoek)
    assert (row.bevinding_id, row.oordeel, row.toelichting, row.by_id) == (
        bevinding.id, "deels_opgevolgd", "Deels gedaan.", user.id)
    [event] = _events(session, "opvolgingsoordeel_gegeven")
    assert event.actor_id == user.id and event.object_id == row.id
    assert event.details == {"visitatie_id": in_bezoek.id, "vorige_visitatie_id":
                             earlier.visitatie.id, "bevinding_id": bevinding.id, "nummer": 2,
                             "oordeel": "deels_opgevolgd", "was": None}
    assert "Oordeel over aanbeveling 2 opgeslagen." in client.get(
        response.headers["Location"]).text


def test_opgevolgd_needs_no_remark(login, session, world, earlier, in_bezoek, secretaris):
    assert _post(login(secretaris), in_bezoek, earlier.aanbevelingen[0]).status_code == 302
    [row] = _rows(session, in_bezoek)
    assert row.oordeel == "opgevolgd" and row.toelichting is None


@pytest.mark.parametrize("oordeel, position", [("deels_opgevolgd", 1), ("niet_opgevolgd", 2)])
def test_deels_and_niet_need_a_remark(login, session, world, earlier, in_bezoek, secretaris,
                                      oordeel, position):
    response = _post(login(secretaris), in_bezoek, earlier.aanbevelingen[0], oordeel, "   ")
    assert response.status_code == 400
    assert "Licht toe waarom de aanbeveling niet of maar deels is opgevolgd." in response.text
    assert f'checked id="oordeel-{position}"' in response.text  # the choice stays
    assert _rows(session, in_bezoek) == []
    assert _events(session, "opvolgingsoordeel_gegeven") == []


@pytest.mark.parametrize("oordeel", ["", "goed_genoeg"])
def test_unknown_or_missing_rating_is_refused(login, session, world, earlier, in_bezoek,
                                              secretaris, oordeel):
    response = _post(login(secretaris), in_bezoek, earlier.aanbevelingen[0], oordeel, "Tekst")
    assert response.status_code == 400
    assert "Kies opgevolgd, deels opgevolgd of niet opgevolgd." in response.text
    assert "Tekst" in response.text  # what was typed stays
    assert _rows(session, in_bezoek) == []


def test_too_long_remark_is_refused(login, session, world, earlier, in_bezoek, secretaris):
    response = _post(login(secretaris), in_bezoek, earlier.aanbevelingen[0], "niet_opgevolgd",
                     "x" * 4001)
    assert response.status_code == 400 and "Houd de toelichting onder 4000 tekens." in \
        response.text
    assert _rows(session, in_bezoek) == []


def test_voorzitter_changes_the_secretaris_rating(login, session, world, earlier, in_bezoek,
                                                  secretaris, voorzitter):
    bevinding = earlier.aanbevelingen[0]
    _post(login(secretaris), in_bezoek, bevinding, "opgevolgd")
    [row] = _rows(session, in_bezoek)
    client = login(voorzitter)
    form = client.get(_url(in_bezoek, bevinding)).text
    assert f'name="version_id" type="hidden" value="{row.version_id}"' in form
    response = _post(client, in_bezoek, bevinding, "niet_opgevolgd", "Toch niet.",
                     row.version_id)
    assert response.status_code == 302
    [row] = _rows(session, in_bezoek)
    assert (row.oordeel, row.toelichting, row.by_id, row.version_id) == (
        "niet_opgevolgd", "Toch niet.", voorzitter.id, 2)
    [event] = _events(session, "opvolgingsoordeel_gewijzigd")
    assert event.actor_id == voorzitter.id
    assert (event.details["oordeel"], event.details["was"]) == ("niet_opgevolgd", "opgevolgd")


def test_stale_change_is_refused_and_nothing_is_lost(login, session, world, earlier, in_bezoek,
                                                     secretaris, voorzitter):
    bevinding = earlier.aanbevelingen[0]
    row = make_oordeel(session, in_bezoek, bevinding, "opgevolgd", "Eerste oordeel.",
                       by=secretaris)
    session.commit()
    seen = row.version_id
    _post(login(secretaris), in_bezoek, bevinding, "deels_opgevolgd", "Tweede oordeel.", seen)
    response = _post(login(voorzitter), in_bezoek, bevinding, "niet_opgevolgd",
                     "Mijn oordeel.", seen)
    assert response.status_code == 400
    assert "is intussen door iemand anders gewijzigd" in response.text
    assert "Mijn oordeel." in response.text  # the voorzitter's own text stays in the form
    assert "Tweede oordeel." in response.text  # and the saved one is shown
    [row] = _rows(session, in_bezoek)
    assert (row.oordeel, row.toelichting) == ("deels_opgevolgd", "Tweede oordeel.")
    assert f'name="version_id" type="hidden" value="{row.version_id}"' in response.text
    # Saving again, knowingly, replaces it.
    again = _post(login(voorzitter), in_bezoek, bevinding, "niet_opgevolgd", "Mijn oordeel.",
                  row.version_id)
    assert again.status_code == 302
    assert _rows(session, in_bezoek)[0].toelichting == "Mijn oordeel."


def test_a_rating_made_meanwhile_is_not_overwritten(login, session, world, earlier, in_bezoek,
                                                    secretaris, voorzitter):
    bevinding = earlier.aanbevelingen[0]
    client = login(voorzitter)
    assert 'name="version_id" type="hidden" value=""' in client.get(
        _url(in_bezoek, bevinding)).text
    make_oordeel(session, in_bezoek, bevinding, "opgevolgd", "Van de secretaris.", by=secretaris)
    session.commit()
    response = _post(client, in_bezoek, bevinding, "niet_opgevolgd", "Van de voorzitter.", "")
    assert response.status_code == 400
    assert "is intussen door iemand anders gewijzigd" in response.text
    [row] = _rows(session, in_bezoek)
    assert row.toelichting == "Van de secretaris."


@pytest.mark.parametrize("state", OPEN)
def test_rating_is_open_during_visit_concept_and_wederhoor(login, session, world, earlier,
                                                           secretaris, state):
    set_state(session, world.visitatie, state)
    response = _post(login(secretaris), world.visitatie, earlier.aanbevelingen[0])
    assert response.status_code == 302 and len(_rows(session, world.visitatie)) == 1


@pytest.mark.parametrize("state", CLOSED)
def test_rating_is_closed_in_other_states(login, session, world, earlier, secretaris, state):
    set_state(session, world.visitatie, state)
    client = login(secretaris)
    assert client.get(_url(world.visitatie, earlier.aanbevelingen[0])).status_code == 409
    response = _post(client, world.visitatie, earlier.aanbevelingen[0])
    assert response.status_code == 409 and "Beoordelen kan nu niet" in response.text
    assert _rows(session, world.visitatie) == []


def test_rating_cannot_change_after_vastgesteld(login, session, world, earlier, secretaris):
    row = make_oordeel(session, world.visitatie, earlier.aanbevelingen[0], "opgevolgd")
    set_state(session, world.visitatie, "vastgesteld")
    response = _post(login(secretaris), world.visitatie, earlier.aanbevelingen[0],
                     "niet_opgevolgd", "Te laat.", row.version_id)
    assert response.status_code == 409
    assert _rows(session, world.visitatie)[0].oordeel == "opgevolgd"


@pytest.mark.parametrize("key", NOT_RATERS)
def test_others_may_not_rate(login, session, world, earlier, in_bezoek, key):
    client = login(world.users[key])
    assert client.get(_url(in_bezoek, earlier.aanbevelingen[0])).status_code == 403
    assert _post(client, in_bezoek, earlier.aanbevelingen[0]).status_code == 403
    assert _rows(session, in_bezoek) == []


def test_anonymous_may_not_rate(client, session, world, earlier, in_bezoek):
    response = _post(client, in_bezoek, earlier.aanbevelingen[0])
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]
    assert _rows(session, in_bezoek) == []


def test_secretaris_of_another_visitatie_may_not_rate(login, session, world, earlier,
                                                      in_bezoek):
    other = make_user(session, naam="Andere secretaris")
    auth_ops.assign_role(session, None, other, Rol.SECRETARIS, visitatie=world.other_visitatie)
    session.commit()
    assert _post(login(other), in_bezoek, earlier.aanbevelingen[0]).status_code == 403


def test_only_earlier_aanbevelingen_can_be_rated(login, session, world, earlier, in_bezoek,
                                                 secretaris):
    own = add_aanbevelingen(session, in_bezoek, 1, "Eigen")[0]
    elsewhere = make_earlier_visitatie(session, earlier.ronde, world.other_dienst)
    foreign = add_aanbevelingen(session, elsewhere, 1, "Elders")[0]
    older = make_earlier_visitatie(session, earlier_ronde(session, world, 2), world.dienst)
    too_old = add_aanbevelingen(session, older, 1, "Ouder")[0]
    session.commit()
    client = login(secretaris)
    for bevinding in (own, foreign, too_old):
        assert _post(client, in_bezoek, bevinding).status_code == 404
    assert client.post(f"/visitaties/{in_bezoek.id}/opvolging/999999",
                       data={"oordeel": "opgevolgd"}).status_code == 404
    assert _rows(session, in_bezoek) == []


def test_rating_needs_a_csrf_token(request, login, session, world, earlier, in_bezoek,
                                   secretaris):
    client = login(secretaris)
    request.getfixturevalue("csrf_enabled")  # after logging in, which posts without a token
    response = _post(client, in_bezoek, earlier.aanbevelingen[0])
    assert response.status_code == 400 and "Formulier verlopen" in response.text
    assert _rows(session, in_bezoek) == []
