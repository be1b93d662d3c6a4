"""The visited dienst uploads kernstukken per type; every upload is a new version."""
import hashlib

import pytest
from sqlalchemy import select

from tests.kernstukken import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.kernstukken.models import KernstukDocument

MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
}
QUARTER_MB = 256 * 1024
BUILDERS = {"pdf": f.pdf_bytes, "docx": f.docx_bytes, "xlsx": f.xlsx_bytes, "odt": f.odt_bytes}


def _url(world, kernstuk_type):
    return f"/visitaties/{world.visitatie.id}/kernstukken/types/{kernstuk_type.id}/uploaden"


def _post(client, world, kernstuk_type, content, naam):
    return client.post(_url(world, kernstuk_type), data=f.upload_data(content, naam),
                       content_type="multipart/form-data")


def _documents(session, world):
    return session.scalars(select(KernstukDocument).where(
        KernstukDocument.visitatie_id == world.visitatie.id)
        .order_by(KernstukDocument.id)).all()


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx", "odt"])
def test_dienst_uploads_each_allowed_type(login, session, world, checklist, directeur,
                                          upload_folder, kind):
    content = BUILDERS[kind]()
    response = _post(login(directeur), world, checklist.zelfevaluatie, content, f"Stuk.{kind}")
    assert response.status_code == 302
    [document] = _documents(session, world)
    assert (document.versie, document.bestandsnaam, document.mime_type) == (
        1, f"Stuk.{kind}", MIME[kind])
    assert document.sha256 == hashlib.sha256(content).hexdigest()
    assert document.grootte == len(content)
    assert (document.uploaded_by_id, document.beoordeling) == (directeur.id, "open")
    stored = upload_folder / document.opslagnaam
    assert stored.read_bytes() == content
    assert len(document.opslagnaam) == 64 and f"Stuk.{kind}" not in str(stored)


def test_upload_page_shows_the_form_with_limit(login, world, checklist, contactpersoon):
    page = login(contactpersoon).get(_url(world, checklist.jaarverslagen))
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.text and "novalidate" in page.text
    assert "hoogstens 50 MB" in page.text and 'accept=".pdf,.docx,.xlsx,.odt"' in page.text


def test_a_new_upload_is_a_new_version_and_keeps_the_old(login, session, world, checklist,
                                                         directeur, contactpersoon,
                                                         upload_folder):
    _post(login(directeur), world, checklist.zelfevaluatie, f.pdf_bytes("v1"), "Eerste.pdf")
    _post(login(contactpersoon), world, checklist.zelfevaluatie, f.docx_bytes(), "Tweede.docx")
    _post(login(contactpersoon), world, checklist.jaarverslagen, f.pdf_bytes("j"), "Jaar.pdf")
    first, second, other = _documents(session, world)
    assert [(d.versie, d.bestandsnaam) for d in (first, second, other)] == [
        (1, "Eerste.pdf"), (2, "Tweede.docx"), (1, "Jaar.pdf")]
    assert second.uploaded_by_id == contactpersoon.id
    assert (upload_folder / first.opslagnaam).read_bytes() == f.pdf_bytes("v1")
    assert len({d.opslagnaam for d in (first, second, other)}) == 3


def test_upload_is_audited(login, session, world, checklist, directeur):
    content = f.pdf_bytes()
    _post(login(directeur), world, checklist.zelfevaluatie, content, "Zelfevaluatie.pdf")
    [document] = _documents(session, world)
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "kernstuk_geupload")).one()
    assert (event.actor_id, event.object_type, event.object_id) == (
        directeur.id, "kernstuk_document", document.id)
    assert event.details == {
        "visitatie_id": world.visitatie.id, "type": "zelfevaluatie", "versie": 1,
        "bestandsnaam": "Zelfevaluatie.pdf", "sha256": hashlib.sha256(content).hexdigest(),
        "grootte": len(content)}


def test_upload_works_again_in_voorbereiding(login, session, world, checklist, directeur):
    f.set_state(session, world.visitatie, "voorbereiding")
    response = _post(login(directeur), world, checklist.begroting, f.pdf_bytes(), "B.pdf")
    assert response.status_code == 302 and len(_documents(session, world)) == 1


REFUSALS = [
    (f.PNG, "plaatje.png", "Dit bestandstype is niet toegestaan"),
    (f.PNG, "plaatje.pdf", "Dit bestandstype is niet toegestaan"),
    (f.EXE, "programma.pdf", "Dit bestandstype is niet toegestaan"),
    (f.plain_zip_bytes(), "archief.docx", "Dit bestandstype is niet toegestaan"),
    (f.pdf_bytes(), "stuk.docx", "De extensie van het bestand (.docx) past niet bij de inhoud: "
                                 "het is een PDF-bestand. Geef het de extensie .pdf."),
    (f.docx_bytes(), "stuk.pdf", "het is een DOCX-bestand. Geef het de extensie .docx."),
    (f.xlsx_bytes(), "stuk.exe", "De extensie van het bestand (.exe) past niet"),
    (f.odt_bytes(), "stuk", "De extensie van het bestand (geen) past niet"),
    (b"", "leeg.pdf", "Het bestand is leeg."),
    (f.docx_bytes()[:100], "kapot.docx", "Het bestand is beschadigd"),
    (f.pdf_bytes(), "../stuk.pdf", "De bestandsnaam mag geen mappen bevatten"),
    (f.pdf_bytes(), "map/stuk.pdf", "De bestandsnaam mag geen mappen bevatten"),
    (f.pdf_bytes(), "stuk\x01.pdf", "De bestandsnaam bevat onzichtbare stuurtekens"),
]


@pytest.mark.parametrize("content, naam, message", REFUSALS)
def test_refused_uploads_say_why_and_store_nothing(login, session, world, checklist,
                                                   directeur, upload_folder, content, naam,
                                                   message):
    response = _post(login(directeur), world, checklist.zelfevaluatie, content, naam)
    assert response.status_code == 400
    assert message in response.text and "Er is een probleem" in response.text
    assert _documents(session, world) == []
    assert not upload_folder.exists() or list(upload_folder.iterdir()) == []
    assert not session.scalars(select(AuditEvent).where(
        AuditEvent.action == "kernstuk_geupload")).first()


def test_missing_file_is_refused(login, session, world, checklist, directeur):
    response = login(directeur).post(_url(world, checklist.zelfevaluatie), data={},
                                     content_type="multipart/form-data")
    assert response.status_code == 400
    assert "Kies een bestand om te uploaden." in response.text
    assert _documents(session, world) == []


def test_file_over_the_limit_is_refused(app, monkeypatch, login, session, world, checklist,
                                        directeur, upload_folder):
    # Small limits keep the request under the size at which the test client spools to disk.
    monkeypatch.setitem(app.config, "MAX_UPLOAD_MB", 0.25)
    content = f.pdf_bytes().ljust(QUARTER_MB + 1, b"0")
    response = _post(login(directeur), world, checklist.zelfevaluatie, content, "groot.pdf")
    assert response.status_code == 400
    assert "Het bestand is groter dan 0,25 MB en is daarom niet opgeslagen." in response.text
    assert _documents(session, world) == [] and list(upload_folder.iterdir()) == []


def test_file_exactly_at_the_limit_is_accepted(app, monkeypatch, login, session, world,
                                               checklist, directeur):
    monkeypatch.setitem(app.config, "MAX_UPLOAD_MB", 0.25)
    content = f.pdf_bytes().ljust(QUARTER_MB, b"0")
    response = _post(login(directeur), world, checklist.zelfevaluatie, content, "precies.pdf")
    assert response.status_code == 302
    assert _documents(session, world)[0].grootte == QUARTER_MB


def test_zip_bomb_is_refused(app, monkeypatch, login, session, world, checklist, directeur,
                             upload_folder):
    monkeypatch.setitem(app.config, "MAX_UPLOAD_MB", 0.25)
    content = f.zip_bomb_bytes(10 * QUARTER_MB + 1)
    response = _post(login(directeur), world, checklist.zelfevaluatie, content, "bom.docx")
    assert response.status_code == 400
    assert "Het bestand is geweigerd omdat het verdacht is" in response.text
    assert _documents(session, world) == [] and list(upload_folder.iterdir()) == []


def test_request_over_max_content_length_gets_the_413_page(app, monkeypatch, login, world,
                                                           checklist, directeur):
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 1000)
    response = _post(login(directeur), world, checklist.zelfevaluatie, b"%PDF-" + b"0" * 2000,
                     "groot.pdf")
    assert response.status_code == 413 and "Bestand te groot" in response.text


@pytest.mark.parametrize("state", ["kernstukken_ingediend", "bezoek", "concept_rapport"])
def test_upload_is_refused_outside_gepland_and_voorbereiding(login, session, world,
                                                             checklist, directeur, state):
    f.set_state(session, world.visitatie, state)
    client = login(directeur)
    for response in (client.get(_url(world, checklist.zelfevaluatie)),
                     _post(client, world, checklist.zelfevaluatie, f.pdf_bytes(), "a.pdf")):
        assert response.status_code == 409
        assert "Kernstukken kunnen alleen worden geüpload zolang de visitatie gepland is" in (
            response.text)
    assert _documents(session, world) == []


@pytest.mark.parametrize("key", ["beheerder", "bestuur", "voorzitter", "commissielid",
                                 "secretaris", "klankbord", "directeur_elders"])
def test_only_the_visited_dienst_may_upload(login, session, world, checklist, key):
    client = login(world.users[key])
    assert client.get(_url(world, checklist.zelfevaluatie)).status_code == 403
    response = _post(client, world, checklist.zelfevaluatie, f.pdf_bytes(), "a.pdf")
    assert response.status_code == 403
    assert _documents(session, world) == []


def test_upload_without_csrf_token_is_refused(app, monkeypatch, login, session, world,
                                              checklist, directeur):
    client = login(directeur)
    monkeypatch.setitem(app.config, "WTF_CSRF_ENABLED", True)
    response = _post(client, world, checklist.zelfevaluatie, f.pdf_bytes(), "a.pdf")
    assert response.status_code == 400 and "Formulier verlopen" in response.text
    assert _documents(session, world) == []


def test_anonymous_upload_is_sent_to_login(client, world, checklist):
    response = _post(client, world, checklist.zelfevaluatie, f.pdf_bytes(), "a.pdf")
    assert response.status_code == 302 and "/inloggen" in response.location


def test_type_of_another_ronde_is_404(login, session, world, checklist, directeur):
    from tests.factories import make_ronde

    foreign = f.make_kernstuk_type(session, make_ronde(session), "organogram", "Organogram")
    session.commit()
    assert login(directeur).get(_url(world, foreign)).status_code == 404


def test_unknown_visitatie_is_404(login, world, checklist, directeur):
    url = f"/visitaties/999999/kernstukken/types/{checklist.zelfevaluatie.id}/uploaden"
    assert login(directeur).get(url).status_code == 404


def test_other_dienst_cannot_upload_into_its_own_visitatie_with_our_type(
        login, session, world, checklist, directeur_elders):
    # The other dienst's visitatie is in the same ronde: its own upload works.
    url = (f"/visitaties/{world.other_visitatie.id}/kernstukken/types/"
           f"{checklist.zelfevaluatie.id}/uploaden")
    response = login(directeur_elders).post(url, data=f.upload_data(f.pdf_bytes(), "a.pdf"),
                                            content_type="multipart/form-data")
    assert response.status_code == 302
    assert _documents(session, world) == []
