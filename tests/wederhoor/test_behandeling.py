"""After vaststellen, the directeur (or beheerder) records the DB and AB treatment dates."""
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.wederhoor.factories import open_wederhoor, set_vastgesteld
from visitatie.audit.models import AuditEvent
from visitatie.visitaties.models import Visitatie
from visitatie.core.dates import local_today


@pytest.fixture()
def vastgesteld(session, world):
    open_wederhoor(session, world.visitatie)
    set_vastgesteld(session, world.visitatie)
    return world.visitatie


def _url(visitatie):
    return f"/visitaties/{visitatie.id}/wederhoor/behandeling"


def _post(client, visitatie, db_op, ab_op, version_id=None):
    return client.post(_url(visitatie), data={
        "db_behandeld_op": db_op, "ab_behandeld_op": ab_op,
        "version_id": str(visitatie.version_id if version_id is None else version_id)})


def _reload(session, visitatie):
    session.expire_all()
    return session.get(Visitatie, visitatie.id)


@pytest.mark.parametrize("key", ["directeur", "beheerder"])
def test_recording_both_dates(session, login, world, vastgesteld, key):
    client = login(world.users[key])
    page = client.get(_url(vastgesteld))
    assert page.status_code == 200 and "Behandeld in het Dagelijks Bestuur op" in page.text
    response = _post(client, vastgesteld, "2026-01-12", "2026-02-02")
    assert response.status_code == 302
    saved = _reload(session, vastgesteld)
    assert (saved.db_behandeld_op, saved.ab_behandeld_op) == (date(2026, 1, 12),
                                                              date(2026, 2, 2))
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "bestuurlijke_behandeling_vastgelegd",
        AuditEvent.object_id == vastgesteld.id)).one()
    assert event.actor_id == world.users[key].id
    assert event.details == {"db_behandeld_op": "2026-01-12", "ab_behandeld_op": "2026-02-02"}


def test_ab_may_come_before_db_and_one_date_may_wait(session, login, world, vastgesteld,
                                                     directeur):
    client = login(directeur)
    assert _post(client, vastgesteld, "2026-02-02", "2026-01-12").status_code == 302
    vastgesteld = _reload(session, vastgesteld)
    assert _post(client, vastgesteld, "", "2026-01-12").status_code == 302
    assert _reload(session, vastgesteld).db_behandeld_op is None


def test_a_future_date_is_refused(session, login, world, vastgesteld, directeur):
    tomorrow = (local_today() + timedelta(days=1)).isoformat()
    response = _post(login(directeur), vastgesteld, "2026-01-12", tomorrow)
    assert response.status_code == 400
    assert "De datum van behandeling in het Algemeen Bestuur ligt in de toekomst." in response.text
    assert f'value="{tomorrow}"' in response.text
    saved = _reload(session, vastgesteld)
    assert saved.db_behandeld_op is None and saved.ab_behandeld_op is None


def test_today_is_not_the_future(session, login, world, vastgesteld, directeur):
    today = local_today().isoformat()
    assert _post(login(directeur), vastgesteld, today, today).status_code == 302


def test_a_malformed_date_is_refused_in_dutch(session, login, world, vastgesteld, directeur):
    response = _post(login(directeur), vastgesteld, "12 januari", "")
    assert response.status_code == 400
    assert "Vul een geldige datum in, bijvoorbeeld 2026-03-14." in response.text


def test_a_stale_form_is_refused(session, login, world, vastgesteld, directeur):
    response = _post(login(directeur), vastgesteld, "2026-01-12", "", version_id=0)
    assert response.status_code == 400
    assert "intussen door iemand anders gewijzigd" in response.text
    assert 'value="2026-01-12"' in response.text
    assert _reload(session, vastgesteld).db_behandeld_op is None


@pytest.mark.parametrize("key", ["contactpersoon", "secretaris", "voorzitter", "commissielid",
                                 "bestuur", "klankbord", "directeur_elders"])
def test_others_may_not_record(session, login, world, vastgesteld, key):
    client = login(world.users[key])
    assert client.get(_url(vastgesteld)).status_code == 403
    assert _post(client, vastgesteld, "2026-01-12", "2026-01-13").status_code == 403
    assert _reload(session, vastgesteld).db_behandeld_op is None


@pytest.mark.parametrize("state", ["wederhoor", "gepubliceerd"])
def test_only_while_vastgesteld(session, login, world, directeur, state):
    open_wederhoor(session, world.visitatie)
    if state == "gepubliceerd":
        set_vastgesteld(session, world.visitatie)
        world.visitatie.db_behandeld_op = world.visitatie.ab_behandeld_op = date(2026, 1, 5)
        world.visitatie.state = "gepubliceerd"
        world.visitatie.gepubliceerd_at = world.visitatie.vastgesteld_at
        session.commit()
    assert login(directeur).get(_url(world.visitatie)).status_code == 403


def test_unknown_visitatie_is_404(login, world, directeur):
    assert login(directeur).get("/visitaties/999999/wederhoor/behandeling").status_code == 404
