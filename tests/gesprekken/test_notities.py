"""Notes per gesprek: written and read by the committee only, never by the dienst."""
import pytest
from sqlalchemy import select

from tests.gesprekken.factories import make_gesprek, make_notitie, set_state
from visitatie.audit.models import AuditEvent
from visitatie.gesprekken.models import GesprekNotitie

COMMITTEE = ["voorzitter", "commissielid", "secretaris"]
OUTSIDERS = ["directeur", "contactpersoon", "beheerder", "bestuur", "klankbord",
             "directeur_elders"]
SECRET = "Geheime observatie: de directeur ontwijkt vragen"


def _notes_url(world, gesprek, suffix=""):
    return f"/visitaties/{world.visitatie.id}/gesprekken/{gesprek.id}/notities{suffix}"


def _notes(session):
    session.expire_all()
    return list(session.scalars(select(GesprekNotitie).order_by(GesprekNotitie.id)))


@pytest.fixture()
def gesprek(session, world):
    set_state(session, world.visitatie, "bezoek")
    return make_gesprek(session, world.visitatie)


@pytest.fixture()
def note(session, gesprek, voorzitter):
    return make_notitie(session, gesprek, voorzitter, SECRET)


@pytest.mark.parametrize("key", COMMITTEE)
def test_committee_adds_and_reads_notes(login, session, world, gesprek, note, key):
    client = login(world.users[key])
    page = client.get(_notes_url(world, gesprek))
    assert page.status_code == 200 and SECRET in page.text and "Test voorzitter" in page.text
    response = client.post(_notes_url(world, gesprek), data={"tekst": f"  Notitie van {key}  "})
    assert response.status_code == 302
    added = _notes(session)[-1]
    assert added.tekst == f"Notitie van {key}" and added.auteur_id == world.users[key].id
    [event] = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "gespreksnotitie_toegevoegd", AuditEvent.object_id == added.id))
    assert event.actor_id == world.users[key].id
    assert "Notitie van" not in str(event.details) and event.comment is None
    assert f"Notitie van {key}" in client.get(_notes_url(world, gesprek)).text


@pytest.mark.parametrize("key", COMMITTEE)
def test_committee_sees_a_link_to_the_notes(login, world, gesprek, note, key):
    page = login(world.users[key]).get(f"/visitaties/{world.visitatie.id}/gesprekken/").text
    assert "Notities (1)" in page and SECRET not in page


@pytest.mark.parametrize("key", OUTSIDERS)
def test_outsiders_get_403_on_every_notes_url(login, world, gesprek, note, key):
    client = login(world.users[key])
    for method, url, data in [
        ("get", _notes_url(world, gesprek), None),
        ("post", _notes_url(world, gesprek), {"tekst": "Poging"}),
        ("get", _notes_url(world, gesprek, f"/{note.id}/bewerken"), None),
        ("post", _notes_url(world, gesprek, f"/{note.id}/bewerken"),
         {"tekst": "Poging", "version_id": "1"}),
    ]:
        response = getattr(client, method)(url, data=data)
        assert response.status_code == 403, (method, url)
        assert SECRET not in response.text


@pytest.mark.parametrize("key", ["directeur", "contactpersoon", "beheerder"])
@pytest.mark.parametrize("state", ["bezoek", "wederhoor", "gepubliceerd"])
def test_schedule_shown_to_others_never_contains_notes(login, session, world, gesprek, note,
                                                       key, state):
    set_state(session, world.visitatie, state)
    page = login(world.users[key]).get(f"/visitaties/{world.visitatie.id}/gesprekken/").text
    assert "Mevrouw A. Test" in page
    assert SECRET not in page and "Notities" not in page and "notities" not in page


@pytest.mark.parametrize("state", ["gepland", "voorbereiding", "kernstukken_ingediend",
                                   "vastgesteld", "gepubliceerd"])
def test_notes_are_added_only_from_the_visit_until_vastgesteld(login, session, world, gesprek,
                                                               secretaris, state):
    set_state(session, world.visitatie, state)
    client = login(secretaris)
    page = client.get(_notes_url(world, gesprek))
    assert page.status_code == 200 and "Notitie opslaan" not in page.text
    assert "vanaf het bezoek tot het rapport is vastgesteld" in page.text
    assert client.post(_notes_url(world, gesprek), data={"tekst": "Te laat"}).status_code == 403
    assert _notes(session) == []


@pytest.mark.parametrize("state", ["bezoek", "concept_rapport", "wederhoor"])
def test_notes_are_open_during_visit_and_report(login, session, world, gesprek, commissielid,
                                                 state):
    set_state(session, world.visitatie, state)
    response = login(commissielid).post(_notes_url(world, gesprek), data={"tekst": "Nog iets"})
    assert response.status_code == 302 and len(_notes(session)) == 1


def test_empty_note_is_refused(login, session, world, gesprek, secretaris):
    response = login(secretaris).post(_notes_url(world, gesprek), data={"tekst": "   "})
    assert response.status_code == 400 and "Schrijf de notitie." in response.text
    assert _notes(session) == []


def test_author_edits_own_note(login, session, world, gesprek, note, voorzitter):
    url = _notes_url(world, gesprek, f"/{note.id}/bewerken")
    client = login(voorzitter)
    form = client.get(url)
    assert form.status_code == 200 and SECRET in form.text
    response = client.post(url, data={"tekst": "Bijgestelde notitie", "version_id": "1"})
    assert response.status_code == 302
    [saved] = _notes(session)
    assert saved.tekst == "Bijgestelde notitie" and saved.updated_at is not None
    assert saved.version_id == 2
    assert session.scalars(select(AuditEvent).where(
        AuditEvent.action == "gespreksnotitie_gewijzigd", AuditEvent.object_id == note.id)).one()
    page = client.get(_notes_url(world, gesprek)).text
    assert "gewijzigd" in page and "Notitie wijzigen" in page


@pytest.mark.parametrize("key", ["secretaris", "commissielid"])
def test_committee_cannot_edit_someone_elses_note(login, session, world, gesprek, note, key):
    client = login(world.users[key])
    assert "Notitie wijzigen" not in client.get(_notes_url(world, gesprek)).text
    response = client.post(_notes_url(world, gesprek, f"/{note.id}/bewerken"),
                           data={"tekst": "Overschreven", "version_id": "1"})
    assert response.status_code == 403
    assert _notes(session)[0].tekst == SECRET


@pytest.mark.parametrize("state", ["vastgesteld", "gepubliceerd"])
def test_own_note_is_locked_once_vastgesteld(login, session, world, gesprek, note, voorzitter,
                                             state):
    set_state(session, world.visitatie, state)
    client = login(voorzitter)
    page = client.get(_notes_url(world, gesprek))
    assert SECRET in page.text and "Notitie wijzigen" not in page.text
    response = client.post(_notes_url(world, gesprek, f"/{note.id}/bewerken"),
                           data={"tekst": "Later", "version_id": "1"})
    assert response.status_code == 403
    assert _notes(session)[0].tekst == SECRET


def test_stale_note_edit_is_refused_and_text_kept(login, session, world, gesprek, note,
                                                  voorzitter):
    client = login(voorzitter)
    note.tekst = "In een ander venster opgeslagen"
    session.commit()
    response = client.post(_notes_url(world, gesprek, f"/{note.id}/bewerken"),
                           data={"tekst": "Mijn nieuwe tekst", "version_id": "1"})
    assert response.status_code == 400
    assert "Deze notitie is intussen door iemand anders gewijzigd" in response.text
    assert "Mijn nieuwe tekst" in response.text
    assert _notes(session)[0].tekst == "In een ander venster opgeslagen"


def test_note_of_another_gesprek_is_404(login, session, world, gesprek, note, voorzitter):
    other = make_gesprek(session, world.visitatie, categorie="mt", niveau="management")
    url = _notes_url(world, other, f"/{note.id}/bewerken")
    assert login(voorzitter).get(url).status_code == 404


def test_committee_of_another_visitatie_gets_403(login, session, world, gesprek, note):
    from tests.factories import make_user
    from visitatie.auth import operations as auth_ops
    from visitatie.auth.roles import Rol

    stranger = make_user(session, naam="Secretaris elders")
    auth_ops.assign_role(session, None, stranger, Rol.SECRETARIS, visitatie=world.other_visitatie)
    session.commit()
    client = login(stranger)
    assert client.get(_notes_url(world, gesprek)).status_code == 403
    assert client.get(f"/visitaties/{world.visitatie.id}/gesprekken/").status_code == 403
