"""Evidence per actie: safe uploads, downloads only through a permission-checked view."""
import pytest
from sqlalchemy import select

from tests.kernstukken.factories import EXE, PNG, docx_bytes, xlsx_bytes
from tests.verbeterplannen import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.verbeterplannen.models import ActieBewijs

VIEWERS = ["directeur", "contactpersoon", "beheerder", "bestuur", "voorzitter", "secretaris",
           "commissielid"]
OUTSIDERS = ["klankbord", "directeur_elders"]


@pytest.fixture()
def actie(session, plan, aanbevelingen):
    actie = f.make_actie(session, plan, aanbevelingen)
    f.set_state(session, plan, "in_uitvoering")
    return actie


def _url(plan, actie):
    return f"/verbeterplannen/{plan.id}/acties/{actie.id}/bewijzen"


def _upload(client, plan, actie, content, naam):
    return client.post(_url(plan, actie), data={"bestand": f.upload(content, naam)},
                       content_type="multipart/form-data")


def _bewijzen(session, actie):
    session.expire_all()
    return list(session.scalars(select(ActieBewijs).where(ActieBewijs.actie_id == actie.id)))


@pytest.mark.parametrize("key", ["directeur", "contactpersoon"])
@pytest.mark.parametrize("content,naam,mime", [
    (f.MINIMAL_PDF, "verslag MT.pdf", "application/pdf"),
    (docx_bytes(), "opleidingsplan.docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (xlsx_bytes(), "cijfers.xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
])
def test_dienst_uploads_evidence(session, login, world, plan, actie, upload_folder, key,
                                 content, naam, mime):
    response = _upload(login(world.users[key]), plan, actie, content, naam)
    assert response.status_code == 302
    [bewijs] = _bewijzen(session, actie)
    assert (bewijs.bestandsnaam, bewijs.mime_type, bewijs.grootte) == (naam, mime, len(content))
    assert bewijs.uploaded_by_id == world.users[key].id
    assert (upload_folder / bewijs.opslagnaam).read_bytes() == content
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "actie_bewijs_toegevoegd")).one()
    assert event.details["actie_id"] == actie.id and event.details["sha256"] == bewijs.sha256


@pytest.mark.parametrize("content,naam,message", [
    (EXE, "bewijs.pdf", "Dit bestandstype is niet toegestaan"),
    (PNG, "foto.png", "Dit bestandstype is niet toegestaan"),
    (b"", "leeg.pdf", "Het bestand is leeg."),
    (f.MINIMAL_PDF, "bewijs.docx", "past niet bij de inhoud"),
    (f.MINIMAL_PDF, "../../etc/bewijs.pdf", "mag geen mappen bevatten"),
])
def test_bad_evidence_is_refused(session, login, plan, actie, directeur, upload_folder,
                                 content, naam, message):
    response = _upload(login(directeur), plan, actie, content, naam)
    assert response.status_code == 400
    assert message in response.text
    assert _bewijzen(session, actie) == []
    assert not upload_folder.exists() or list(upload_folder.iterdir()) == []


def test_too_large_evidence_is_refused(app, session, login, plan, actie, directeur,
                                       monkeypatch):
    monkeypatch.setitem(app.config, "MAX_UPLOAD_MB", 0.0001)
    response = _upload(login(directeur), plan, actie, f.MINIMAL_PDF * 3, "groot.pdf")
    assert response.status_code == 400
    assert "Het bestand is groter dan" in response.text
    assert _bewijzen(session, actie) == []


def test_missing_file_is_refused(session, login, plan, actie, directeur):
    response = login(directeur).post(_url(plan, actie), data={})
    assert response.status_code == 400
    assert "Kies een bestand om te uploaden." in response.text


@pytest.mark.parametrize("key", ["beheerder", "bestuur", "voorzitter", "secretaris",
                                 "commissielid", "klankbord", "directeur_elders"])
def test_others_may_not_upload(session, login, world, plan, actie, key):
    assert _upload(login(world.users[key]), plan, actie, f.MINIMAL_PDF,
                   "x.pdf").status_code == 403
    assert _bewijzen(session, actie) == []


@pytest.mark.parametrize("state", ["concept", "ingediend", "geaccepteerd", "vastgesteld",
                                   "afgerond"])
def test_upload_only_while_carried_out(session, login, plan, actie, directeur, state):
    f.set_state(session, plan, state)
    response = _upload(login(directeur), plan, actie, f.MINIMAL_PDF, "x.pdf")
    assert response.status_code == 409
    assert _bewijzen(session, actie) == []


@pytest.mark.parametrize("key", VIEWERS)
def test_viewers_download_as_attachment(session, login, world, plan, actie, key):
    bewijs = f.make_bewijs(session, actie, docx_bytes(), "Verslag één.docx")
    client = login(world.users[key])
    page = client.get(f"/verbeterplannen/{plan.id}/acties/{actie.id}").text
    assert "Verslag één.docx" in page
    response = client.get(f"{_url(plan, actie)}/{bewijs.id}")
    assert response.status_code == 200
    assert response.data == docx_bytes()
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert "filename*=UTF-8''Verslag%20%C3%A9%C3%A9n.docx" in response.headers[
        "Content-Disposition"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "private" in response.headers["Cache-Control"]
    response.close()


@pytest.mark.parametrize("key", OUTSIDERS)
def test_outsiders_may_not_download(session, login, world, plan, actie, key):
    bewijs = f.make_bewijs(session, actie)
    assert login(world.users[key]).get(f"{_url(plan, actie)}/{bewijs.id}").status_code == 403


def test_anonymous_is_sent_to_login(client, session, plan, actie):
    bewijs = f.make_bewijs(session, actie)
    response = client.get(f"{_url(plan, actie)}/{bewijs.id}")
    assert response.status_code == 302 and "/inloggen" in response.location


def test_evidence_of_another_actie_is_404(session, login, plan, actie, aanbevelingen,
                                          beheerder):
    other = f.make_actie(session, plan, aanbevelingen[:1], titel="Andere actie")
    bewijs = f.make_bewijs(session, other)
    client = login(beheerder)
    assert client.get(f"{_url(plan, actie)}/{bewijs.id}").status_code == 404
    assert client.get(f"{_url(plan, actie)}/999999").status_code == 404


def test_missing_file_on_disk_is_404(session, login, plan, actie, directeur, upload_folder):
    bewijs = f.make_bewijs(session, actie)
    (upload_folder / bewijs.opslagnaam).unlink()
    assert login(directeur).get(f"{_url(plan, actie)}/{bewijs.id}").status_code == 404


def test_decision_document_download(session, login, world, plan, aanbevelingen, directeur,
                                    bestuur, upload_folder):
    from visitatie.verbeterplannen.operations import store_upload
    import io

    assert login(directeur).get(f"/verbeterplannen/{plan.id}/besluit").status_code == 404
    stored = store_upload(session, io.BytesIO(f.MINIMAL_PDF), "besluit.pdf")
    plan.besluit_bestandsnaam, plan.besluit_opslagnaam = "besluit.pdf", stored.opslagnaam
    plan.besluit_sha256, plan.besluit_grootte = stored.sha256, stored.grootte
    plan.besluit_mime_type = stored.mime_type
    f.set_state(session, plan, "vastgesteld")
    response = login(bestuur).get(f"/verbeterplannen/{plan.id}/besluit")
    assert response.status_code == 200 and response.data == f.MINIMAL_PDF
    assert response.headers["Content-Disposition"].startswith("attachment;")
    response.close()
