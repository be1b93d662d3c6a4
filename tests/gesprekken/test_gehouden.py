"""Only the secretaris records, during the visit, whether a gesprek was held."""
import pytest
from sqlalchemy import select

from tests.gesprekken.factories import make_gesprek, set_state
from visitatie.audit.models import AuditEvent
from visitatie.gesprekken.models import Gesprek
from visitatie.visitaties.facts import gather_facts


def _url(world, gesprek):
    return f"/visitaties/{world.visitatie.id}/gesprekken/{gesprek.id}/gehouden"


def _is_held(session, gesprek_id):
    session.expire_all()
    return session.get(Gesprek, gesprek_id).is_gehouden


def _events(session, gesprek_id):
    return [e.action for e in session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "gesprek", AuditEvent.object_id == gesprek_id)
        .order_by(AuditEvent.id))]


@pytest.fixture()
def intake(session, world):
    set_state(session, world.visitatie, "bezoek")
    return make_gesprek(session, world.visitatie)


def test_secretaris_marks_held_and_back(login, session, world, secretaris, intake):
    client = login(secretaris)
    page = client.get(f"/visitaties/{world.visitatie.id}/gesprekken/").text
    assert "Markeer als gehouden" in page
    response = client.post(_url(world, intake), data={"gehouden": "ja"})
    assert response.status_code == 302 and response.location.endswith(f"#gesprek-{intake.id}")
    assert _is_held(session, intake.id)
    assert "Markeer als niet gehouden" in client.get(
        f"/visitaties/{world.visitatie.id}/gesprekken/").text
    client.post(_url(world, intake), data={"gehouden": "nee"})
    assert not _is_held(session, intake.id)
    assert _events(session, intake.id) == ["gesprek_gehouden", "gesprek_niet_gehouden"]


def test_marking_twice_records_once(login, session, world, secretaris, intake):
    client = login(secretaris)
    client.post(_url(world, intake), data={"gehouden": "ja"})
    client.post(_url(world, intake), data={"gehouden": "ja"})
    assert _events(session, intake.id) == ["gesprek_gehouden"]


def test_marking_feeds_the_bezoek_afronden_guard(login, session, world, secretaris, intake):
    slot = make_gesprek(session, world.visitatie, dag=2, categorie="afsluitende_sessie")
    client = login(secretaris)
    for gesprek in (intake, slot):
        client.post(_url(world, gesprek), data={"gehouden": "ja"})
    facts = gather_facts(session, world.visitatie)
    assert facts.intake_held and facts.afsluitende_sessie_held


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "directeur", "contactpersoon",
                                 "beheerder", "bestuur", "klankbord", "directeur_elders"])
def test_only_the_secretaris_marks_held(login, session, world, intake, key):
    response = login(world.users[key]).post(_url(world, intake), data={"gehouden": "ja"})
    assert response.status_code == 403
    assert not _is_held(session, intake.id) and _events(session, intake.id) == []


@pytest.mark.parametrize("state", ["gepland", "voorbereiding", "kernstukken_ingediend",
                                   "concept_rapport", "wederhoor", "vastgesteld"])
def test_held_is_marked_only_during_the_visit(login, session, world, secretaris, state):
    gesprek = make_gesprek(session, world.visitatie)
    set_state(session, world.visitatie, state)
    client = login(secretaris)
    assert client.post(_url(world, gesprek), data={"gehouden": "ja"}).status_code == 403
    assert not _is_held(session, gesprek.id)
    assert "Markeer als gehouden" not in client.get(
        f"/visitaties/{world.visitatie.id}/gesprekken/").text


def test_held_column_is_shown_from_the_visit_on(login, session, world, directeur):
    make_gesprek(session, world.visitatie)
    client = login(directeur)
    assert "Gehouden</th>" not in client.get(f"/visitaties/{world.visitatie.id}/gesprekken/").text
    set_state(session, world.visitatie, "concept_rapport")
    assert "Gehouden</th>" in client.get(f"/visitaties/{world.visitatie.id}/gesprekken/").text


@pytest.mark.parametrize("value", ["", "misschien"])
def test_bad_value_is_400(login, session, world, secretaris, intake, value):
    response = login(secretaris).post(_url(world, intake), data={"gehouden": value})
    assert response.status_code == 400
    assert not _is_held(session, intake.id)


def test_foreign_gesprek_is_404(login, session, world, secretaris, intake):
    foreign = make_gesprek(session, world.other_visitatie)
    url = f"/visitaties/{world.visitatie.id}/gesprekken/{foreign.id}/gehouden"
    assert login(secretaris).post(url, data={"gehouden": "ja"}).status_code == 404


def test_held_button_carries_a_working_csrf_token(app, login, session, world, secretaris,
                                                  intake):
    import re

    client = login(secretaris)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        page = client.get(f"/visitaties/{world.visitatie.id}/gesprekken/").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        refused = client.post(_url(world, intake), data={"gehouden": "ja"})
        accepted = client.post(_url(world, intake), data={"gehouden": "ja", "csrf_token": token})
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert refused.status_code == 400 and accepted.status_code == 302
    assert _is_held(session, intake.id)
