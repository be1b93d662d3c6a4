"""The beheerder creates a visitatie: one per dienst per ronde, in state gepland."""
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.factories import make_dienst, make_ronde
from visitatie.audit.models import AuditEvent
from visitatie.core.domain import DomainError
from visitatie.visitaties import operations_planning as ops
from visitatie.visitaties.models import Visitatie

FORBIDDEN = ["bestuur", "voorzitter", "secretaris", "commissielid", "directeur",
             "contactpersoon", "klankbord", "directeur_elders"]


def _post(client, world, dienst_id, eerste="", tweede="", ronde_id=None):
    return client.post("/visitaties/nieuw", data={
        "ronde_id": str(ronde_id or world.ronde.id), "dienst_id": str(dienst_id),
        "eerste_bezoekdag": eerste, "tweede_bezoekdag": tweede})


def _count(session, ronde_id):
    return session.scalar(select(func.count(Visitatie.id)).where(Visitatie.ronde_id == ronde_id))


def test_form_lists_only_diensten_without_a_visitatie_in_the_ronde(login, session, world,
                                                                  beheerder):
    nieuw = make_dienst(session, "Omgevingsdienst Nog Niet Bezocht")
    session.commit()
    page = login(beheerder).get(f"/visitaties/nieuw?ronde={world.ronde.id}").text
    assert nieuw.naam in page
    assert "Omgevingsdienst Bezocht<" not in page
    assert world.ronde.naam in page


def test_beheerder_creates_a_visitatie_with_visit_dates(login, session, world, beheerder):
    dienst = make_dienst(session)
    session.commit()
    response = _post(login(beheerder), world, dienst.id, "2026-09-08", "2026-09-09")
    visitatie = session.scalars(select(Visitatie).where(Visitatie.dienst_id == dienst.id)).one()
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/visitaties/{visitatie.id}")
    assert visitatie.state == "gepland" and visitatie.ronde_id == world.ronde.id
    assert visitatie.state_changed_at is not None
    assert (visitatie.eerste_bezoekdag, visitatie.tweede_bezoekdag) == (
        date(2026, 9, 8), date(2026, 9, 9))
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "visitatie_aangemaakt", AuditEvent.object_id == visitatie.id)).one()
    assert event.to_state == "gepland" and event.actor_id == beheerder.id
    assert event.details == {"bezoekdagen": ["2026-09-08", "2026-09-09"]}


def test_visit_dates_are_optional_on_creation(login, session, world, beheerder):
    dienst = make_dienst(session)
    session.commit()
    assert _post(login(beheerder), world, dienst.id).status_code == 302
    visitatie = session.scalars(select(Visitatie).where(Visitatie.dienst_id == dienst.id)).one()
    assert visitatie.eerste_bezoekdag is None and visitatie.tweede_bezoekdag is None


def test_second_visitatie_of_a_dienst_in_a_ronde_is_refused(login, session, world, beheerder):
    response = _post(login(beheerder), world, world.dienst.id)
    assert response.status_code == 400
    assert "Voor Omgevingsdienst Bezocht bestaat in" in response.text
    assert "al een visitatie" in response.text
    assert _count(session, world.ronde.id) == 2


def test_same_dienst_may_be_visited_in_another_ronde(login, session, world, beheerder):
    ronde = make_ronde(session)
    session.commit()
    assert _post(login(beheerder), world, world.dienst.id, ronde_id=ronde.id).status_code == 302
    assert _count(session, ronde.id) == 1


@pytest.mark.parametrize("eerste,tweede,message", [
    ("2026-09-09", "2026-09-08", "De tweede bezoekdag moet na de eerste bezoekdag liggen."),
    ("2026-09-09", "2026-09-09", "De tweede bezoekdag moet na de eerste bezoekdag liggen."),
    ("2026-09-09", "", "Vul de tweede bezoekdag in."),
    ("", "2026-09-09", "Vul de eerste bezoekdag in."),
    ("31-02-2026", "", "Ongeldige datum"),
])
def test_invalid_visit_dates_are_refused_and_input_kept(login, session, world, beheerder,
                                                        eerste, tweede, message):
    dienst = make_dienst(session)
    session.commit()
    response = _post(login(beheerder), world, dienst.id, eerste, tweede)
    assert response.status_code == 400
    assert message in response.text
    assert f'value="{eerste or tweede}"' in response.text
    assert _count(session, world.ronde.id) == 2


def test_dienst_outside_the_ronde_period_is_refused(login, session, world, beheerder):
    opgeheven = make_dienst(session, "Omgevingsdienst Opgeheven")
    opgeheven.geldig_tot = date(2024, 12, 31)  # the world's ronde starts 1 January 2025
    session.commit()
    client = login(beheerder)
    assert "Omgevingsdienst Opgeheven" not in client.get("/visitaties/nieuw").text
    response = _post(client, world, opgeheven.id)
    assert response.status_code == 400
    assert "Omgevingsdienst Opgeheven bestaat niet in de periode van" in response.text


def test_dienst_gone_on_the_first_visit_day_is_refused(login, session, world, beheerder):
    dienst = make_dienst(session)
    dienst.geldig_tot = date(2025, 12, 31)
    session.commit()
    response = _post(login(beheerder), world, dienst.id, "2026-02-02", "2026-02-03")
    assert response.status_code == 400
    assert "bestaat niet meer (of nog niet) op de eerste bezoekdag" in response.text


def test_missing_or_unknown_dienst_is_explained(login, world, beheerder):
    client = login(beheerder)
    assert "Kies de omgevingsdienst." in _post(client, world, "").text
    response = _post(client, world, 987654)
    assert response.status_code == 400 and "Kies de omgevingsdienst." in response.text


def test_unknown_ronde_is_a_bad_request(login, world, beheerder):
    assert _post(login(beheerder), world, world.dienst.id, ronde_id=987654).status_code == 400


@pytest.mark.parametrize("key", FORBIDDEN)
def test_only_the_beheerder_creates_visitaties(login, session, world, key):
    dienst = make_dienst(session)
    session.commit()
    client = login(world.users[key])
    assert client.get("/visitaties/nieuw").status_code == 403
    assert _post(client, world, dienst.id).status_code == 403
    assert _count(session, world.ronde.id) == 2


def test_anonymous_is_sent_to_login(client, world):
    assert client.get("/visitaties/nieuw").status_code == 302


def test_a_concurrent_duplicate_is_refused_by_the_constraint(session, world, beheerder,
                                                              monkeypatch, in_request):
    monkeypatch.setattr(ops, "_refuse_second_visitatie", lambda *args: None)
    with pytest.raises(DomainError, match="al een visitatie"):
        ops.create_visitatie(session, beheerder, ronde=world.ronde, dienst=world.dienst)
    assert _count(session, world.ronde.id) == 2  # the session is still usable
