"""The secretaris makes the concept report from the bevindingen and edits its sections."""
import pytest
from sqlalchemy import select

from tests.bevindingen.factories import set_state
from tests.rapporten.factories import make_version, next_version
from visitatie.audit.models import AuditEvent
from visitatie.rapporten.models import RapportSectie, RapportVersie


def _base(obj):
    """The report URL of a visitatie, or of the visitatie of a version."""
    return f"/visitaties/{getattr(obj, 'visitatie_id', obj.id)}/rapporten"


def _versions(session, visitatie):
    session.expire_all()
    return session.scalars(select(RapportVersie).where(
        RapportVersie.visitatie_id == visitatie.id).order_by(RapportVersie.nummer)).all()


def _section(versie, sleutel):
    return next(s for s in versie.secties if s.sleutel == sleutel)


def test_secretaris_creates_version_1_from_the_bevindingen(login, session, world, concept,
                                                            themas, secretaris):
    response = login(secretaris).post(f"{_base(concept)}/aanmaken")
    assert response.status_code == 302 and response.location.endswith("/versies/1")
    [versie] = _versions(session, concept)
    assert versie.nummer == 1 and versie.status == "werkversie"
    assert versie.created_by_id == secretaris.id
    assert [s.sleutel for s in versie.secties] == ["inleiding", "thema-2", "thema-4",
                                                  "conclusie"]
    assert [s.titel for s in versie.secties] == [
        "Inleiding", "Bestuurlijk-ambtelijk samenspel", "Ketensamenwerking", "Conclusie"]
    assert _section(versie, "thema-4").thema_id == themas["4"].id
    assert _section(versie, "thema-2").tekst == (
        "Sterke punten\n- Trotse medewerkers.\n\n"
        "Bevindingen\n- Rolverdeling onhelder.\n\n"
        "Aanbevelingen\n1. Maak spelregels.")
    # Placed by its first theme (4.1, under 4), although it is also coded 7.5.
    assert "2. Maak afspraken met het OM." in _section(versie, "thema-4").tekst
    assert "Het OM koppelt niet terug." in _section(versie, "thema-4").tekst
    assert "Alles overziend: op koers." in _section(versie, "conclusie").tekst
    assert _section(versie, "inleiding").tekst.startswith(
        "De visitatiecommissie bezocht Omgevingsdienst Bezocht op 3 maart 2026 en 4 maart 2026.")
    assert session.scalars(select(AuditEvent).where(
        AuditEvent.action == "rapportversie_aangemaakt", AuditEvent.object_id == versie.id)).one()


def test_without_bevindingen_only_inleiding_and_conclusie(login, session, world, themas,
                                                          secretaris):
    set_state(session, world.visitatie, "concept_rapport")
    login(secretaris).post(f"{_base(world.visitatie)}/aanmaken")
    [versie] = _versions(session, world.visitatie)
    assert [s.sleutel for s in versie.secties] == ["inleiding", "conclusie"]


def test_second_first_version_is_refused(login, session, world, concept, secretaris):
    make_version(session, concept, secretaris)
    response = login(secretaris).post(f"{_base(concept)}/aanmaken")
    assert response.status_code == 409
    assert "Er is al een versie van het rapport." in response.text
    assert len(_versions(session, concept)) == 1


@pytest.mark.parametrize("state", ["bezoek", "wederhoor"])
def test_report_is_made_only_in_concept_rapport(login, session, world, themas, secretaris,
                                                state):
    set_state(session, world.visitatie, state)
    response = login(secretaris).post(f"{_base(world.visitatie)}/aanmaken")
    assert response.status_code == 409
    assert "pas worden gemaakt in de fase conceptrapport" in response.text
    assert _versions(session, world.visitatie) == []


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "beheerder", "directeur",
                                 "directeur_elders", "bestuur", "klankbord"])
def test_only_the_secretaris_creates_the_report(login, session, world, concept, key):
    assert login(world.users[key]).post(f"{_base(concept)}/aanmaken").status_code == 403
    assert _versions(session, concept) == []


def _edit_url(versie, sectie):
    return f"{_base(versie)}/versies/{versie.nummer}/secties/{sectie.id}"


def test_secretaris_edits_a_section_of_the_werkversie(login, session, world, concept,
                                                      secretaris):
    versie = make_version(session, concept, secretaris)
    sectie = _section(versie, "conclusie")
    client = login(secretaris)
    form = client.get(_edit_url(versie, sectie)).text
    assert f'name="version_id" type="hidden" value="{sectie.version_id}"' in form
    response = client.post(_edit_url(versie, sectie), data={
        "tekst": "Regel één\r\n\r\nRegel <b>twee</b>", "version_id": sectie.version_id})
    assert response.status_code == 302 and response.location.endswith("#sectie-conclusie")
    session.expire_all()
    saved = session.get(RapportSectie, sectie.id)
    assert saved.tekst == "Regel één\n\nRegel <b>twee</b>"
    assert saved.updated_by_id == secretaris.id and saved.updated_at is not None
    assert session.scalars(select(AuditEvent).where(
        AuditEvent.action == "rapportsectie_gewijzigd", AuditEvent.object_id == sectie.id)).one()
    page = client.get(f"{_base(versie)}/versies/1").text
    assert "Regel één\n\nRegel &lt;b&gt;twee&lt;/b&gt;" in page and "<b>twee" not in page


def test_second_save_of_the_same_section_is_refused_and_nothing_lost(login, session, world,
                                                                     concept, secretaris):
    versie = make_version(session, concept, secretaris)
    sectie = _section(versie, "inleiding")
    loaded_version = sectie.version_id
    sectie.tekst = "Tekst van de eerste die opsloeg"  # someone else saves first
    session.commit()
    client = login(secretaris)
    response = client.post(_edit_url(versie, sectie), data={
        "tekst": "Mijn eigen tekst", "version_id": loaded_version})
    assert response.status_code == 400
    assert "Deze sectie is intussen door iemand anders gewijzigd." in response.text
    assert "Mijn eigen tekst</textarea>" in response.text
    assert "Tekst van de eerste die opsloeg" in response.text
    session.expire_all()
    assert session.get(RapportSectie, sectie.id).tekst == "Tekst van de eerste die opsloeg"
    # The form now carries the current version: saving again deliberately overwrites.
    current = session.get(RapportSectie, sectie.id).version_id
    assert f'name="version_id" type="hidden" value="{current}"' in response.text
    assert client.post(_edit_url(versie, sectie), data={
        "tekst": "Mijn eigen tekst", "version_id": current}).status_code == 302


def test_frozen_version_cannot_be_edited(login, session, world, concept, secretaris):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    sectie = _section(versie, "inleiding")
    client = login(secretaris)
    assert "kan niet meer worden bewerkt" in client.get(_edit_url(versie, sectie)).text
    response = client.post(_edit_url(versie, sectie), data={
        "tekst": "Te laat", "version_id": sectie.version_id})
    assert response.status_code == 400
    assert "alleen een werkversie kan worden bewerkt" in response.text
    assert "Te laat</textarea>" in response.text
    session.expire_all()
    assert session.get(RapportSectie, sectie.id).tekst != "Te laat"


def test_werkversie_is_editable_in_wederhoor(login, session, world, concept, secretaris):
    versie = make_version(session, concept, secretaris)
    set_state(session, concept, "wederhoor", wederhoor_versie=1)
    sectie = _section(versie, "conclusie")
    assert login(secretaris).post(_edit_url(versie, sectie), data={
        "tekst": "Correctie verwerkt", "version_id": sectie.version_id}).status_code == 302


@pytest.mark.parametrize("state", ["vastgesteld", "gepubliceerd"])
def test_nothing_is_edited_after_vaststelling(login, session, world, concept, secretaris,
                                              state):
    versie = make_version(session, concept, secretaris)
    set_state(session, concept, state, wederhoor_versie=1)
    sectie = _section(versie, "conclusie")
    response = login(secretaris).post(_edit_url(versie, sectie), data={
        "tekst": "Na vaststelling", "version_id": sectie.version_id})
    assert response.status_code == 400
    assert "kan het rapport niet meer veranderen" in response.text


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "beheerder"])
def test_only_the_secretaris_edits_sections(login, session, world, concept, secretaris, key):
    versie = make_version(session, concept, secretaris)
    sectie = _section(versie, "conclusie")
    client = login(world.users[key])
    assert client.get(_edit_url(versie, sectie)).status_code == 403
    assert client.post(_edit_url(versie, sectie), data={
        "tekst": "Niet van mij", "version_id": sectie.version_id}).status_code == 403


def test_section_of_another_version_is_404(login, session, world, concept, secretaris):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    tweede = next_version(session, secretaris, concept, versie)
    client = login(secretaris)
    sectie_van_1 = _section(versie, "conclusie")
    assert client.get(f"{_base(concept)}/versies/2/secties/{sectie_van_1.id}").status_code == 404
    assert client.get(f"{_base(concept)}/versies/9").status_code == 404
    assert client.get(f"/visitaties/{world.other_visitatie.id}/rapporten/versies/2"
                      ).status_code == 404
    assert tweede.nummer == 2
