"""The beheerder and the visitatie's secretaris set the two visit days."""
from datetime import date

import pytest
from sqlalchemy import select

from tests.visitaties.factories import put_in_state
from visitatie.audit.models import AuditEvent
from visitatie.visitaties.models import Visitatie

FORBIDDEN = ["bestuur", "voorzitter", "commissielid", "directeur", "contactpersoon",
             "klankbord", "directeur_elders"]


def _url(visitatie):
    return f"/visitaties/{visitatie.id}/bezoekdata"


def _post(client, visitatie, eerste, tweede, version_id=None):
    return client.post(_url(visitatie), data={
        "eerste_bezoekdag": eerste, "tweede_bezoekdag": tweede,
        "version_id": str(version_id if version_id is not None else visitatie.version_id)})


def _events(session, visitatie):
    return list(session.scalars(select(AuditEvent).where(
        AuditEvent.action == "bezoekdata_gewijzigd", AuditEvent.object_id == visitatie.id)))


@pytest.mark.parametrize("key", ["secretaris", "beheerder"])
def test_dates_are_changed_with_audit(login, session, world, key):
    client = login(world.users[key])
    assert client.get(_url(world.visitatie)).status_code == 200
    old_version = world.visitatie.version_id
    response = _post(client, world.visitatie, "2026-04-14", "2026-04-15")
    assert response.status_code == 302
    session.expire_all()
    visitatie = session.get(Visitatie, world.visitatie.id)
    assert (visitatie.eerste_bezoekdag, visitatie.tweede_bezoekdag) == (
        date(2026, 4, 14), date(2026, 4, 15))
    assert visitatie.version_id > old_version
    [event] = _events(session, visitatie)
    assert event.actor_id == world.users[key].id
    assert event.details == {"oud": ["2026-03-03", "2026-03-04"],
                             "nieuw": ["2026-04-14", "2026-04-15"]}


def test_non_consecutive_days_are_allowed(login, session, world, secretaris):
    response = _post(login(secretaris), world.visitatie, "2026-04-14", "2026-04-21")
    assert response.status_code == 302


def test_unchanged_dates_write_no_audit_event(login, session, world, secretaris):
    assert _post(login(secretaris), world.visitatie, "2026-03-03", "2026-03-04"
                 ).status_code == 302
    assert _events(session, world.visitatie) == []


@pytest.mark.parametrize("eerste,tweede,message", [
    ("2026-04-15", "2026-04-14", "De tweede bezoekdag moet na de eerste bezoekdag liggen."),
    ("", "2026-04-14", "Vul de eerste bezoekdag in."),
    ("2026-04-14", "", "Vul de tweede bezoekdag in."),
])
def test_invalid_dates_are_refused(login, session, world, secretaris, eerste, tweede, message):
    response = _post(login(secretaris), world.visitatie, eerste, tweede)
    assert response.status_code == 400
    assert message in response.text
    session.expire_all()
    assert session.get(Visitatie, world.visitatie.id).eerste_bezoekdag == date(2026, 3, 3)


def test_stale_edit_is_refused_and_nothing_is_lost(login, session, world, secretaris):
    client = login(secretaris)
    old_version = world.visitatie.version_id
    world.visitatie.eerste_bezoekdag, world.visitatie.tweede_bezoekdag = (
        date(2026, 5, 11), date(2026, 5, 12))
    session.commit()
    response = _post(client, world.visitatie, "2026-04-14", "2026-04-15",
                     version_id=old_version)
    assert response.status_code == 400
    assert "intussen door iemand anders gewijzigd" in response.text
    assert 'value="2026-04-14"' in response.text and 'value="2026-04-15"' in response.text
    assert "11 mei" in response.text  # what is saved now is shown
    session.expire_all()
    assert session.get(Visitatie, world.visitatie.id).eerste_bezoekdag == date(2026, 5, 11)
    assert _events(session, world.visitatie) == []


def test_saving_again_after_a_stale_refusal_succeeds(login, session, world, secretaris):
    client = login(secretaris)
    old_version = world.visitatie.version_id
    world.visitatie.eerste_bezoekdag, world.visitatie.tweede_bezoekdag = (
        date(2026, 5, 11), date(2026, 5, 12))
    session.commit()
    _post(client, world.visitatie, "2026-04-14", "2026-04-15", version_id=old_version)
    session.expire_all()
    current = session.get(Visitatie, world.visitatie.id).version_id
    assert _post(client, world.visitatie, "2026-04-14", "2026-04-15",
                 version_id=current).status_code == 302


def test_dates_may_move_in_voorbereiding(login, session, world, secretaris):
    put_in_state(session, world.visitatie, "voorbereiding")
    assert _post(login(secretaris), world.visitatie, "2026-04-14", "2026-04-15"
                 ).status_code == 302


@pytest.mark.parametrize("state", ["kernstukken_ingediend", "bezoek", "wederhoor"])
def test_dates_are_fixed_after_voorbereiding(login, session, world, beheerder, state):
    put_in_state(session, world.visitatie, state)
    client = login(beheerder)
    page = client.get(_url(world.visitatie))
    assert page.status_code == 200 and "liggen vast" in page.text
    assert "Bezoekdagen opslaan" not in page.text
    response = _post(client, world.visitatie, "2026-04-14", "2026-04-15")
    assert response.status_code == 400 and "liggen vast" in response.text
    session.expire_all()
    assert session.get(Visitatie, world.visitatie.id).eerste_bezoekdag == date(2026, 3, 3)


@pytest.mark.parametrize("key", FORBIDDEN)
def test_others_may_not_change_the_dates(login, session, world, key):
    client = login(world.users[key])
    assert client.get(_url(world.visitatie)).status_code == 403
    assert _post(client, world.visitatie, "2026-04-14", "2026-04-15").status_code == 403
    session.expire_all()
    assert session.get(Visitatie, world.visitatie.id).eerste_bezoekdag == date(2026, 3, 3)


def test_secretaris_of_another_visitatie_may_not(login, world, secretaris):
    client = login(secretaris)
    assert client.get(_url(world.other_visitatie)).status_code == 403
    assert _post(client, world.other_visitatie, "2026-06-01", "2026-06-02").status_code == 403


def test_unknown_visitatie_is_404(login, world, beheerder):
    assert login(beheerder).get("/visitaties/987654/bezoekdata").status_code == 404


def test_anonymous_is_sent_to_login(client, world):
    assert client.get(_url(world.visitatie)).status_code == 302
