"""Who may see and change the interview schedule, in which states."""
import pytest
from sqlalchemy import select

from tests.gesprekken.factories import gesprek_form, make_gesprek, set_state
from visitatie.gesprekken.models import Gesprek

VIEWERS = ["voorzitter", "commissielid", "secretaris", "directeur", "contactpersoon",
           "beheerder"]
NON_VIEWERS = ["bestuur", "klankbord", "directeur_elders"]
EDITORS = ["secretaris", "directeur", "contactpersoon"]
NON_EDITORS = ["voorzitter", "commissielid", "beheerder", "bestuur", "klankbord",
               "directeur_elders"]
EDITABLE = ["gepland", "voorbereiding", "kernstukken_ingediend", "bezoek"]
CLOSED = ["concept_rapport", "wederhoor", "vastgesteld", "gepubliceerd"]


def _url(world, suffix=""):
    return f"/visitaties/{world.visitatie.id}/gesprekken/{suffix}"


@pytest.fixture()
def gesprek(session, world):
    return make_gesprek(session, world.visitatie, onderwerp="Onderwerp van het gesprek")


@pytest.mark.parametrize("key", VIEWERS)
def test_viewers_see_the_schedule(login, world, gesprek, key):
    response = login(world.users[key]).get(_url(world))
    assert response.status_code == 200
    assert "Onderwerp van het gesprek" in response.text and "Mevrouw A. Test" in response.text


@pytest.mark.parametrize("key", NON_VIEWERS)
def test_others_may_not_see_the_schedule(login, world, gesprek, key):
    response = login(world.users[key]).get(_url(world))
    assert response.status_code == 403
    assert "Mevrouw A. Test" not in response.text


def test_anonymous_is_sent_to_login(client, world, gesprek):
    for suffix in ("", "nieuw", f"{gesprek.id}/bewerken", f"{gesprek.id}/notities"):
        response = client.get(_url(world, suffix))
        assert response.status_code == 302 and "/inloggen" in response.location


def _edit_requests(world, gesprek):
    version = str(gesprek.version_id)
    return [
        ("get", _url(world, "nieuw"), None),
        ("post", _url(world, "nieuw"), gesprek_form()),
        ("get", _url(world, f"{gesprek.id}/bewerken"), None),
        ("post", _url(world, f"{gesprek.id}/bewerken"), gesprek_form(version_id=version)),
        ("get", _url(world, f"{gesprek.id}/verwijderen"), None),
        ("post", _url(world, f"{gesprek.id}/verwijderen"), {}),
    ]


@pytest.mark.parametrize("key", NON_EDITORS)
def test_others_may_not_change_the_schedule(login, world, gesprek, key):
    client = login(world.users[key])
    for method, url, data in _edit_requests(world, gesprek):
        assert getattr(client, method)(url, data=data).status_code == 403, (method, url)


@pytest.mark.parametrize("key", EDITORS)
@pytest.mark.parametrize("state", EDITABLE)
def test_editors_may_change_the_schedule_until_the_visit_ends(login, session, world, gesprek,
                                                              key, state):
    set_state(session, world.visitatie, state)
    client = login(world.users[key])
    page = client.get(_url(world)).text
    assert "Gesprek toevoegen" in page and "Wijzigen" in page
    assert client.get(_url(world, f"{gesprek.id}/bewerken")).status_code == 200
    assert client.post(_url(world, "nieuw"), data=gesprek_form()).status_code == 302


@pytest.mark.parametrize("key", EDITORS)
@pytest.mark.parametrize("state", CLOSED)
def test_schedule_is_frozen_after_the_visit(login, session, world, gesprek, key, state):
    set_state(session, world.visitatie, state)
    client = login(world.users[key])
    page = client.get(_url(world))
    assert page.status_code == 200 and "Gesprek toevoegen" not in page.text
    for method, url, data in _edit_requests(world, gesprek):
        assert getattr(client, method)(url, data=data).status_code == 403, (method, url)


@pytest.mark.parametrize("key", ["voorzitter", "beheerder", "directeur"])
def test_viewers_without_edit_rights_see_no_edit_links(login, session, world, gesprek, key):
    set_state(session, world.visitatie, "concept_rapport")
    page = login(world.users[key]).get(_url(world)).text
    assert "Gesprek toevoegen" not in page and "bewerken" not in page
    assert "verwijderen" not in page


def test_editor_of_another_dienst_may_not_touch_this_schedule(login, session, world):
    other_gesprek = make_gesprek(session, world.other_visitatie)
    client = login(world.users["directeur"])
    base = f"/visitaties/{world.other_visitatie.id}/gesprekken/"
    assert client.get(base).status_code == 403
    assert client.post(base + "nieuw", data=gesprek_form()).status_code == 403
    assert client.post(base + f"{other_gesprek.id}/verwijderen").status_code == 403


def test_post_without_csrf_token_is_refused(app, login, session, world, gesprek, secretaris):
    client = login(secretaris)  # the login form itself is posted with CSRF off
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = client.post(_url(world, "nieuw"), data=gesprek_form())
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert response.status_code == 400
    assert len(session.scalars(
        select(Gesprek).where(Gesprek.visitatie_id == world.visitatie.id)).all()) == 1
