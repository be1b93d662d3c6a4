"""Actie statuses while the plan is carried out: history, gestopt with reason, closed is final."""
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.verbeterplannen import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.verbeterplannen.models import Actie
from visitatie.core.dates import local_today


@pytest.fixture()
def actie(session, plan, aanbevelingen):
    actie = f.make_actie(session, plan, aanbevelingen)
    f.set_state(session, plan, "in_uitvoering")
    return actie


def _post(client, plan, actie, status, toelichting="", version_id=None):
    return client.post(f"/verbeterplannen/{plan.id}/acties/{actie.id}/status", data={
        "status": status, "toelichting": toelichting,
        "version_id": str(version_id if version_id is not None else actie.version_id)})


def _actie(session, actie):
    session.expire_all()
    return session.get(Actie, actie.id)


@pytest.mark.parametrize("key", ["directeur", "contactpersoon"])
@pytest.mark.parametrize("state", ["gepubliceerd", "in_uitvoering"])
def test_dienst_changes_the_status(session, login, world, plan, actie, key, state):
    f.set_state(session, plan, state)
    response = _post(login(world.users[key]), plan, actie, "loopt", "Gestart in maart.")
    assert response.status_code == 302
    changed = _actie(session, actie)
    assert changed.status == "loopt"
    last = changed.historie[-1]
    assert (last.van, last.naar, last.toelichting, last.by_id) == (
        "gepland", "loopt", "Gestart in maart.", world.users[key].id)
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "actie_status_gewijzigd")).one()
    assert (event.object_type, event.object_id, event.from_state, event.to_state) == (
        "actie", actie.id, "gepland", "loopt")


def test_history_accumulates_and_is_shown(session, login, plan, actie, directeur):
    client = login(directeur)
    for status, text in [("loopt", "Begonnen."), ("vertraagd", "Ziekte."),
                         ("loopt", "Weer op schema."), ("gerealiseerd", "Klaar.")]:
        assert _post(client, plan, _actie(session, actie), status, text).status_code == 302
    changed = _actie(session, actie)
    assert [(h.van, h.naar) for h in changed.historie] == [
        (None, "gepland"), ("gepland", "loopt"), ("loopt", "vertraagd"),
        ("vertraagd", "loopt"), ("loopt", "gerealiseerd")]
    page = client.get(f"/verbeterplannen/{plan.id}/acties/{actie.id}").text
    assert "Statusgeschiedenis" in page
    for text in ("Begonnen.", "Ziekte.", "Weer op schema.", "Klaar."):
        assert text in page
    assert page.index("Klaar.") < page.index("Begonnen.")  # newest first
    assert "Deze actie is afgesloten; de status verandert niet meer." in page
    assert "Status opslaan" not in page


def test_gestopt_requires_a_reason(session, login, plan, actie, directeur):
    response = _post(login(directeur), plan, actie, "gestopt", "  ")
    assert response.status_code == 400
    assert "Geef de reden waarom de actie is gestopt." in response.text
    assert _actie(session, actie).status == "gepland"


def test_gestopt_with_a_reason_records_it(session, login, plan, actie, directeur):
    response = _post(login(directeur), plan, actie, "gestopt", "Taak naar de provincie.")
    assert response.status_code == 302
    changed = _actie(session, actie)
    assert (changed.status, changed.stop_reden) == ("gestopt", "Taak naar de provincie.")
    page = login(directeur).get(f"/verbeterplannen/{plan.id}/acties/{actie.id}").text
    assert "Reden van stoppen" in page and "Taak naar de provincie." in page


@pytest.mark.parametrize("closed", ["gerealiseerd", "gestopt"])
@pytest.mark.parametrize("new", ["gepland", "loopt", "vertraagd", "gerealiseerd", "gestopt"])
def test_closed_statuses_are_final(session, login, plan, aanbevelingen, directeur, closed, new):
    actie = f.make_actie(session, plan, aanbevelingen, status=closed)
    f.set_state(session, plan, "in_uitvoering")
    response = _post(login(directeur), plan, actie, new, "Toch weer open.")
    assert response.status_code == 400
    assert "een afgesloten actie verandert niet meer van status" in response.text
    assert _actie(session, actie).status == closed
    assert len(_actie(session, actie).historie) == 1


def test_same_status_is_refused(session, login, plan, actie, directeur):
    response = _post(login(directeur), plan, actie, "gepland")
    assert response.status_code == 400
    assert "De actie heeft deze status al." in response.text


@pytest.mark.parametrize("status", ["", "klaar"])
def test_unknown_status_is_refused(session, login, plan, actie, directeur, status):
    response = _post(login(directeur), plan, actie, status)
    assert response.status_code == 400
    assert "Kies de nieuwe status." in response.text
    assert _actie(session, actie).status == "gepland"


def test_stale_status_change_is_refused(session, login, plan, actie, directeur, contactpersoon):
    seen = actie.version_id
    assert _post(login(contactpersoon), plan, actie, "loopt", version_id=seen).status_code == 302
    response = _post(login(directeur), plan, actie, "vertraagd", "Mijn uitleg", version_id=seen)
    assert response.status_code == 400
    assert "Deze actie is intussen door iemand anders gewijzigd." in response.text
    assert "Mijn uitleg" in response.text
    assert _actie(session, actie).status == "loopt"


@pytest.mark.parametrize("state", ["concept", "ingediend", "teruggestuurd", "geaccepteerd",
                                   "vastgesteld", "afgerond"])
def test_status_changes_only_while_carried_out(session, login, plan, actie, directeur, state):
    f.set_state(session, plan, state)
    response = _post(login(directeur), plan, actie, "loopt")
    assert response.status_code == 409
    assert "nadat het verbeterplan is gepubliceerd" in response.text
    assert _actie(session, actie).status == "gepland"
    page = login(directeur).get(f"/verbeterplannen/{plan.id}/acties/{actie.id}").text
    assert "Status opslaan" not in page


@pytest.mark.parametrize("key", ["beheerder", "bestuur", "voorzitter", "secretaris",
                                 "commissielid", "klankbord", "directeur_elders"])
def test_others_may_not_change_the_status(session, login, world, plan, actie, key):
    assert _post(login(world.users[key]), plan, actie, "loopt").status_code == 403
    assert _actie(session, actie).status == "gepland"


def test_overdue_is_flagged_on_plan_and_actie_pages(session, login, plan, aanbevelingen,
                                                    directeur):
    late = f.make_actie(session, plan, aanbevelingen[:1], titel="Te late actie",
                        planned_on=local_today() - timedelta(days=3), status="loopt")
    f.make_actie(session, plan, aanbevelingen[1:2], titel="Klaar op tijd",
                 planned_on=local_today() - timedelta(days=3), status="gerealiseerd")
    f.set_state(session, plan, "in_uitvoering")
    client = login(directeur)
    page = client.get(f"/verbeterplannen/{plan.id}").text
    per_aanbeveling = page.split('id="aanbevelingen-kop"')[1].split('id="voortgang-kop"')[0]
    table = page.split('id="acties-kop"')[1]
    assert per_aanbeveling.count("te laat</strong>") == 1
    assert table.count("te laat</strong>") == 1
    assert page.count('<tr class="is-overdue">') == 1
    assert "te laat" in client.get(f"/verbeterplannen/{plan.id}/acties/{late.id}").text
