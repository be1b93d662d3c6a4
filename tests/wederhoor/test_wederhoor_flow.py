"""The dienst reacts to the concept with factual corrections before the deadline."""
import pytest
from sqlalchemy import select

from tests.wederhoor.factories import (
    make_correctie, make_versie, open_wederhoor, pass_deadline, set_vastgesteld, submit,
)
from visitatie.audit.models import AuditEvent
from visitatie.wederhoor.models import WederhoorCorrectie
from visitatie.core.dates import local_today

READERS = ["voorzitter", "commissielid", "secretaris", "beheerder", "directeur",
           "contactpersoon"]
OUTSIDERS = ["bestuur", "klankbord", "directeur_elders"]


def _url(world, suffix=""):
    return f"/visitaties/{world.visitatie.id}/wederhoor/{suffix}"


def _corrections(session, world):
    session.expire_all()
    return list(session.scalars(select(WederhoorCorrectie).where(
        WederhoorCorrectie.visitatie_id == world.visitatie.id)))


def _audit(session, action, obj):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.action == action, AuditEvent.object_type == obj.__tablename__,
        AuditEvent.object_id == obj.id)).all()


@pytest.fixture()
def versie(session, world):
    return open_wederhoor(session, world.visitatie)


@pytest.mark.parametrize("key", ["directeur", "contactpersoon"])
def test_the_dienst_sees_nothing_before_wederhoor(session, login, world, key):
    make_versie(session, world.visitatie)
    world.visitatie.state = "concept_rapport"
    session.commit()
    assert login(world.users[key]).get(_url(world)).status_code == 403


@pytest.mark.parametrize("key", OUTSIDERS)
def test_outsiders_are_refused(login, world, versie, key):
    client = login(world.users[key])
    assert client.get(_url(world)).status_code == 403
    response = client.post(_url(world, f"secties/{versie.secties[0].id}/correcties"),
                           data={f"s{versie.secties[0].id}-tekst": "Poging"})
    assert response.status_code == 403
    assert client.get(_url(world, "indienen")).status_code == 403


def test_anonymous_is_sent_to_login(client, world, versie):
    assert client.get(_url(world)).status_code == 302


def test_unknown_visitatie_is_404(login, world, versie, directeur):
    assert login(directeur).get("/visitaties/999999/wederhoor/").status_code == 404


@pytest.mark.parametrize("key", READERS)
def test_committee_dienst_and_beheerder_read_the_version(login, world, versie, key):
    response = login(world.users[key]).get(_url(world))
    assert response.status_code == 200
    assert "Thema A: Governance" in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "<script>alert(1)" not in response.text
    assert "dagen.\nZij sprak" in response.text  # line breaks kept (CSS pre-line)


def test_the_dienst_sees_the_deadline_prominently(login, world, versie, directeur):
    page = login(directeur).get(_url(world)).text
    assert "Reageer uiterlijk op" in page and "(nog 10 werkdagen)" in page
    assert "Reactie indienen" in page and "Correctie toevoegen" in page


def test_contactpersoon_reads_but_cannot_add(login, world, versie, contactpersoon):
    client = login(contactpersoon)
    assert "Correctie toevoegen" not in client.get(_url(world)).text
    sectie = versie.secties[0]
    assert client.post(_url(world, f"secties/{sectie.id}/correcties"),
                       data={f"s{sectie.id}-tekst": "x"}).status_code == 403


def test_directeur_adds_a_correction(session, login, world, versie, directeur):
    sectie = versie.secties[1]
    response = login(directeur).post(_url(world, f"secties/{sectie.id}/correcties"),
                                     data={f"s{sectie.id}-tekst": "  Het zijn 334 fte.  "})
    assert response.status_code == 302
    [correctie] = _corrections(session, world)
    assert (correctie.tekst, correctie.sectie_id, correctie.auteur_id, correctie.besluit) == (
        "Het zijn 334 fte.", sectie.id, directeur.id, "open")
    [event] = _audit(session, "wederhoor_correctie_toegevoegd", correctie)
    assert event.actor_id == directeur.id and event.details["sectie"] == sectie.titel


def test_empty_correction_is_refused(session, login, world, versie, directeur):
    sectie = versie.secties[0]
    response = login(directeur).post(_url(world, f"secties/{sectie.id}/correcties"),
                                     data={f"s{sectie.id}-tekst": "   "})
    assert response.status_code == 400
    assert "Vul de correctie in." in response.text
    assert _corrections(session, world) == []


def test_section_of_another_version_or_visitatie_is_404(session, login, world, versie,
                                                        directeur):
    old = make_versie(session, world.visitatie, nummer=2, status="werkversie")
    foreign = make_versie(session, world.other_visitatie)
    session.commit()
    client = login(directeur)
    for sectie in (old.secties[0], foreign.secties[0]):
        response = client.post(_url(world, f"secties/{sectie.id}/correcties"),
                               data={f"s{sectie.id}-tekst": "x"})
        assert response.status_code == 404


def test_after_the_deadline_nothing_can_be_added(session, login, world, versie, directeur):
    pass_deadline(session, world.visitatie)
    client = login(directeur)
    page = client.get(_url(world)).text
    assert "De termijn voor hoor en wederhoor is verstreken op" in page
    assert "Correctie toevoegen" not in page
    sectie = versie.secties[0]
    response = client.post(_url(world, f"secties/{sectie.id}/correcties"),
                           data={f"s{sectie.id}-tekst": "Te laat"})
    assert response.status_code == 409
    assert "is verstreken op" in response.text and "Reageren kan niet meer" in response.text
    assert _corrections(session, world) == []


def test_directeur_edits_and_deletes_own_correction(session, login, world, versie, directeur):
    correctie = make_correctie(session, world.visitatie, versie.secties[0], directeur)
    client = login(directeur)
    assert client.get(_url(world, f"correcties/{correctie.id}")).status_code == 200
    response = client.post(_url(world, f"correcties/{correctie.id}"), data={"tekst": "Beter"})
    assert response.status_code == 302
    assert _corrections(session, world)[0].tekst == "Beter"
    assert _audit(session, "wederhoor_correctie_gewijzigd", correctie)
    response = client.post(_url(world, f"correcties/{correctie.id}/verwijderen"))
    assert response.status_code == 302
    assert _corrections(session, world) == []
    [event] = _audit(session, "wederhoor_correctie_verwijderd", correctie)
    assert event.details["tekst"] == "Beter"


def test_editing_with_empty_text_keeps_the_correction(session, login, world, versie,
                                                      directeur):
    correctie = make_correctie(session, world.visitatie, versie.secties[0], directeur)
    response = login(directeur).post(_url(world, f"correcties/{correctie.id}"),
                                     data={"tekst": ""})
    assert response.status_code == 400 and "Vul de correctie in." in response.text
    assert _corrections(session, world)[0].tekst == "Het zijn 334 fte."


@pytest.mark.parametrize("key", ["contactpersoon", "secretaris", "beheerder"])
def test_others_cannot_edit_or_delete_a_correction(session, login, world, versie, directeur,
                                                   key):
    correctie = make_correctie(session, world.visitatie, versie.secties[0], directeur)
    client = login(world.users[key])
    assert client.post(_url(world, f"correcties/{correctie.id}"),
                       data={"tekst": "x"}).status_code == 403
    assert client.post(_url(world, f"correcties/{correctie.id}/verwijderen")).status_code == 403
    assert len(_corrections(session, world)) == 1


def test_correction_of_another_visitatie_is_404(session, login, world, directeur_elders,
                                                directeur, versie):
    other = open_wederhoor(session, world.other_visitatie)
    foreign = make_correctie(session, world.other_visitatie, other.secties[0], directeur_elders)
    client = login(directeur)
    assert client.get(_url(world, f"correcties/{foreign.id}")).status_code == 404
    assert client.post(_url(world, f"correcties/{foreign.id}/verwijderen")).status_code == 404


def test_the_reaction_is_submitted_once(session, login, world, versie, directeur):
    correctie = make_correctie(session, world.visitatie, versie.secties[0], directeur)
    client = login(directeur)
    confirm = client.get(_url(world, "indienen"))
    assert confirm.status_code == 200 and "U dient 1 feitelijke correctie in." in confirm.text
    assert client.post(_url(world, "indienen")).status_code == 302
    session.expire_all()
    assert world.visitatie.wederhoor_ingediend_at is not None
    [event] = _audit(session, "wederhoor_ingediend", world.visitatie)
    assert event.details == {"correcties": 1}
    assert client.post(_url(world, "indienen")).status_code == 403
    assert client.post(_url(world, f"correcties/{correctie.id}"),
                       data={"tekst": "later"}).status_code == 403
    sectie = versie.secties[1]
    assert client.post(_url(world, f"secties/{sectie.id}/correcties"),
                       data={f"s{sectie.id}-tekst": "later"}).status_code == 403
    assert "ingediend op" in client.get(_url(world)).text


def test_submitting_without_corrections_is_allowed(session, login, world, versie, directeur):
    client = login(directeur)
    assert "geen correcties ingevoerd" in client.get(_url(world, "indienen")).text
    assert client.post(_url(world, "indienen")).status_code == 302


@pytest.mark.parametrize("key", ["contactpersoon", "secretaris", "voorzitter", "beheerder"])
def test_only_the_directeur_submits(session, login, world, versie, key):
    assert login(world.users[key]).post(_url(world, "indienen")).status_code == 403
    session.expire_all()
    assert world.visitatie.wederhoor_ingediend_at is None


def test_submitting_after_the_deadline_is_refused(session, login, world, versie, directeur):
    pass_deadline(session, world.visitatie)
    response = login(directeur).post(_url(world, "indienen"))
    assert response.status_code == 409 and "is verstreken op" in response.text
    session.expire_all()
    assert world.visitatie.wederhoor_ingediend_at is None


def test_the_committee_sees_corrections_once_submitted(session, login, world, versie,
                                                       directeur, secretaris):
    make_correctie(session, world.visitatie, versie.secties[0], directeur, "Geheim concept")
    client = login(secretaris)
    page = client.get(_url(world)).text
    assert "Geheim concept" not in page and "De dienst werkt aan 1 correctie" in page
    submit(session, world.visitatie)
    page = client.get(_url(world)).text
    assert "Geheim concept" in page and "Besluit opslaan" in page


def test_after_wederhoor_the_dienst_is_refused_and_the_committee_reads(
        session, login, world, versie, directeur, voorzitter, beheerder):
    make_correctie(session, world.visitatie, versie.secties[0], directeur, "Verwerkt")
    set_vastgesteld(session, world.visitatie)
    assert login(directeur).get(_url(world)).status_code == 403
    for user in (voorzitter, beheerder):
        page = login(user).get(_url(world))
        assert page.status_code == 200 and "Verwerkt" in page.text
        assert "Besluit opslaan" not in page.text


def _token(html, form_action):
    import re

    form = html[html.index(f'action="{form_action}"'):]
    return re.search(r'name="[^"]*csrf_token" type="hidden" value="([^"]+)"', form).group(1)


def test_the_forms_carry_a_csrf_token(request, session, login, world, versie, directeur):
    client = login(directeur)
    request.getfixturevalue("csrf_enabled")  # after logging in, which posts without a token
    sectie = versie.secties[2]
    action = _url(world, f"secties/{sectie.id}/correcties")
    assert client.post(action, data={f"s{sectie.id}-tekst": "Zonder token"}).status_code == 400
    token = _token(client.get(_url(world)).text, action)
    response = client.post(action, data={f"s{sectie.id}-tekst": "Met token",
                                         f"s{sectie.id}-csrf_token": token})
    assert response.status_code == 302
    assert [c.tekst for c in _corrections(session, world)] == ["Met token"]


def test_the_last_day_still_counts(session, login, world, versie, directeur):
    from datetime import date

    world.visitatie.wederhoor_deadline = local_today()
    session.commit()
    client = login(directeur)
    assert "(vandaag is de laatste dag)" in client.get(_url(world)).text
    sectie = versie.secties[0]
    assert client.post(_url(world, f"secties/{sectie.id}/correcties"),
                       data={f"s{sectie.id}-tekst": "Net op tijd"}).status_code == 302


def test_deleting_after_the_deadline_is_refused(session, login, world, versie, directeur):
    correctie = make_correctie(session, world.visitatie, versie.secties[0], directeur)
    pass_deadline(session, world.visitatie)
    response = login(directeur).post(_url(world, f"correcties/{correctie.id}/verwijderen"))
    assert response.status_code == 409 and "is verstreken op" in response.text
    assert len(_corrections(session, world)) == 1
