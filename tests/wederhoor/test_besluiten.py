"""The secretaris marks each correction overgenomen or niet overgenomen."""
import pytest
from sqlalchemy import select

from tests.wederhoor.factories import (
    make_correctie, open_wederhoor, pass_deadline, set_vastgesteld, submit,
)
from visitatie.audit.models import AuditEvent
from visitatie.wederhoor.models import WederhoorCorrectie
from visitatie.wederhoor.operations import decision_stamp


@pytest.fixture()
def correctie(session, world, directeur):
    versie = open_wederhoor(session, world.visitatie)
    return make_correctie(session, world.visitatie, versie.secties[0], directeur)


def _decide(client, world, correctie, besluit, reden="", seen=None):
    prefix = f"c{correctie.id}"
    return client.post(
        f"/visitaties/{world.visitatie.id}/wederhoor/correcties/{correctie.id}/besluit",
        data={f"{prefix}-besluit": besluit, f"{prefix}-reden": reden,
              f"{prefix}-seen": decision_stamp(correctie) if seen is None else seen})


def _reload(session, correctie):
    session.expire_all()
    return session.get(WederhoorCorrectie, correctie.id)


def _events(session, correctie):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.action == "wederhoor_correctie_besloten",
        AuditEvent.object_id == correctie.id).order_by(AuditEvent.id)).all()


def test_secretaris_accepts_a_correction(session, login, world, correctie, secretaris):
    submit(session, world.visitatie)
    response = _decide(login(secretaris), world, correctie, "overgenomen")
    assert response.status_code == 302
    saved = _reload(session, correctie)
    assert (saved.besluit, saved.besluit_by_id, saved.besluit_reden) == (
        "overgenomen", secretaris.id, None)
    assert saved.besluit_at is not None
    [event] = _events(session, correctie)
    assert (event.from_state, event.to_state, event.actor_id) == (
        "open", "overgenomen", secretaris.id)


def test_declining_needs_a_reason(session, login, world, correctie, secretaris):
    submit(session, world.visitatie)
    response = _decide(login(secretaris), world, correctie, "niet_overgenomen", "  ")
    assert response.status_code == 400
    assert "Geef aan waarom de correctie niet is overgenomen." in response.text
    assert _reload(session, correctie).besluit == "open"
    assert _events(session, correctie) == []


def test_declining_with_a_reason(session, login, world, correctie, secretaris, directeur):
    submit(session, world.visitatie)
    response = _decide(login(secretaris), world, correctie, "niet_overgenomen",
                       "Het getal komt uit het jaarverslag.")
    assert response.status_code == 302
    saved = _reload(session, correctie)
    assert (saved.besluit, saved.besluit_reden) == (
        "niet_overgenomen", "Het getal komt uit het jaarverslag.")
    assert _events(session, correctie)[0].comment == "Het getal komt uit het jaarverslag."
    page = login(directeur).get(f"/visitaties/{world.visitatie.id}/wederhoor/").text
    assert "Niet overgenomen" in page and "Het getal komt uit het jaarverslag." in page


def test_a_decision_must_be_chosen(session, login, world, correctie, secretaris):
    submit(session, world.visitatie)
    response = _decide(login(secretaris), world, correctie, "misschien")
    assert response.status_code == 400
    assert "Kies of de correctie is overgenomen." in response.text


def test_the_secretaris_can_change_a_decision(session, login, world, correctie, secretaris):
    submit(session, world.visitatie)
    client = login(secretaris)
    assert _decide(client, world, correctie, "overgenomen").status_code == 302
    correctie = _reload(session, correctie)
    assert _decide(client, world, correctie, "niet_overgenomen", "Bij nader inzien niet."
                   ).status_code == 302
    assert _reload(session, correctie).besluit == "niet_overgenomen"
    assert [e.to_state for e in _events(session, correctie)] == [
        "overgenomen", "niet_overgenomen"]


def test_a_stale_decision_is_refused_and_kept(session, login, world, correctie, secretaris):
    submit(session, world.visitatie)
    client = login(secretaris)
    assert _decide(client, world, correctie, "overgenomen").status_code == 302
    response = _decide(client, world, correctie, "niet_overgenomen", "Mijn reden", seen="")
    assert response.status_code == 400
    assert "intussen door iemand anders gewijzigd" in response.text
    assert "Mijn reden" in response.text
    assert _reload(session, correctie).besluit == "overgenomen"


def test_no_decisions_before_the_dienst_has_reacted(session, login, world, correctie,
                                                    secretaris):
    response = _decide(login(secretaris), world, correctie, "overgenomen")
    assert response.status_code == 409
    assert "pas over de correcties besluiten" in response.text
    assert _reload(session, correctie).besluit == "open"


def test_decisions_after_the_deadline_without_submission(session, login, world, correctie,
                                                         secretaris):
    pass_deadline(session, world.visitatie)
    assert _decide(login(secretaris), world, correctie, "overgenomen").status_code == 302


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "directeur", "contactpersoon",
                                 "beheerder", "bestuur", "klankbord", "directeur_elders"])
def test_only_the_secretaris_decides(session, login, world, correctie, key):
    submit(session, world.visitatie)
    assert _decide(login(world.users[key]), world, correctie, "overgenomen").status_code == 403
    assert _reload(session, correctie).besluit == "open"


def test_no_decisions_once_vastgesteld(session, login, world, correctie, secretaris):
    submit(session, world.visitatie)
    set_vastgesteld(session, world.visitatie)
    assert _decide(login(secretaris), world, correctie, "overgenomen").status_code == 403


def test_correction_of_another_visitatie_is_404(session, login, world, correctie, secretaris,
                                                directeur_elders):
    other = open_wederhoor(session, world.other_visitatie)
    foreign = make_correctie(session, world.other_visitatie, other.secties[0],
                             directeur_elders)
    submit(session, world.visitatie)
    assert _decide(login(secretaris), world, foreign, "overgenomen").status_code == 404
