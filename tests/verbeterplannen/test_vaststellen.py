"""Vaststellen: the directeur records date, body and decision document; the plan moves on."""
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.kernstukken.factories import EXE, docx_bytes, odt_bytes, xlsx_bytes
from tests.verbeterplannen import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.verbeterplannen.models import Verbeterplan
from visitatie.core.dates import local_today


@pytest.fixture()
def accepted(session, plan, aanbevelingen):
    f.cover_all(session, plan, aanbevelingen)
    f.set_state(session, plan, "geaccepteerd")
    return plan


def _url(plan):
    return f"/verbeterplannen/{plan.id}/vaststellen"


def _post(client, plan, content=f.MINIMAL_PDF, naam="besluit AB.pdf", **fields):
    data = {"vastgesteld_op": "2026-03-12", "vastgesteld_door": "AB",
            "opmerking": "Besloten in de AB-vergadering.", "version_id": str(plan.version_id),
            "bestand": f.upload(content, naam)} | fields
    return client.post(_url(plan), data=data, content_type="multipart/form-data")


def _plan(session, plan):
    session.expire_all()
    return session.get(Verbeterplan, plan.id)


def test_directeur_adopts_the_plan(session, login, world, accepted, directeur, upload_folder):
    response = _post(login(directeur), accepted)
    assert response.status_code == 302, response.text[:3000]
    plan = _plan(session, accepted)
    assert plan.state == "vastgesteld"
    assert (plan.vastgesteld_op, plan.vastgesteld_door) == (date(2026, 3, 12), "AB")
    assert plan.besluit_bestandsnaam == "besluit AB.pdf"
    assert plan.besluit_mime_type == "application/pdf"
    assert plan.besluit_grootte == len(f.MINIMAL_PDF)
    assert (upload_folder / plan.besluit_opslagnaam).read_bytes() == f.MINIMAL_PDF
    actions = [e.action for e in session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "verbeterplan", AuditEvent.object_id == plan.id))]
    assert actions == ["plan_besluit_vastgelegd", "plan_fase_gewijzigd"]
    page = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    assert "op 12 maart 2026 door het Algemeen Bestuur" in page
    assert "besluit AB.pdf" in page


@pytest.mark.parametrize("content,naam", [(docx_bytes(), "besluit.docx"),
                                          (odt_bytes(), "besluit.odt")])
def test_docx_and_odt_are_accepted(session, login, accepted, directeur, content, naam):
    assert _post(login(directeur), accepted, content, naam,
                 vastgesteld_door="DB").status_code == 302
    assert _plan(session, accepted).vastgesteld_door == "DB"


def test_the_form_page(session, login, accepted, directeur):
    page = login(directeur).get(_url(accepted))
    assert page.status_code == 200
    assert "Dagelijks Bestuur" in page.text and "Algemeen Bestuur" in page.text
    assert f'name="version_id" type="hidden" value="{accepted.version_id}"' in page.text


@pytest.mark.parametrize("fields,message", [
    ({"vastgesteld_op": ""}, "Vul de datum van vaststelling in."),
    ({"vastgesteld_op": "12-13-2026"}, "Vul een geldige datum in"),
    ({"vastgesteld_op": (local_today() + timedelta(days=1)).isoformat()},
     "De datum van vaststelling ligt in de toekomst."),
    ({"vastgesteld_door": ""}, "Kies of het Dagelijks Bestuur of het Algemeen Bestuur"),
    ({"vastgesteld_door": "OR"}, "Kies of het Dagelijks Bestuur of het Algemeen Bestuur"),
])
def test_refusals_keep_the_plan_geaccepteerd(session, login, accepted, directeur, upload_folder,
                                             fields, message):
    response = _post(login(directeur), accepted, **fields)
    assert response.status_code == 400
    assert message in response.text
    plan = _plan(session, accepted)
    assert plan.state == "geaccepteerd" and plan.besluit_opslagnaam is None
    assert not upload_folder.exists() or list(upload_folder.iterdir()) == []


@pytest.mark.parametrize("content,naam,message", [
    (xlsx_bytes(), "besluit.xlsx", "Het besluit moet een PDF, DOCX of ODT zijn."),
    (EXE, "besluit.pdf", "Dit bestandstype is niet toegestaan"),
    (b"", "besluit.pdf", "Het bestand is leeg."),
    (f.MINIMAL_PDF, "besluit.docx", "past niet bij de inhoud"),
])
def test_bad_decision_documents_are_refused(session, login, accepted, directeur, upload_folder,
                                            content, naam, message):
    response = _post(login(directeur), accepted, content, naam)
    assert response.status_code == 400
    assert message in response.text
    assert _plan(session, accepted).state == "geaccepteerd"
    assert not upload_folder.exists() or list(upload_folder.iterdir()) == []


def test_missing_file_is_refused(session, login, accepted, directeur):
    client = login(directeur)
    response = client.post(_url(accepted), data={"vastgesteld_op": "2026-03-12",
                                                 "vastgesteld_door": "AB"})
    assert response.status_code == 400
    assert "Kies het besluit om te uploaden." in response.text


def test_stale_form_is_refused(session, login, accepted, directeur):
    response = _post(login(directeur), accepted, version_id=str(accepted.version_id + 1))
    assert response.status_code == 400
    assert "intussen gewijzigd" in response.text
    assert _plan(session, accepted).state == "geaccepteerd"


@pytest.mark.parametrize("key", ["contactpersoon", "beheerder", "voorzitter", "secretaris",
                                 "bestuur", "directeur_elders"])
def test_only_the_directeur_records_the_vaststelling(session, login, world, accepted, key):
    client = login(world.users[key])
    assert client.get(_url(accepted)).status_code == 403
    assert _post(client, accepted).status_code == 403
    assert _plan(session, accepted).state == "geaccepteerd"


@pytest.mark.parametrize("state", ["concept", "ingediend", "vastgesteld", "gepubliceerd"])
def test_vaststellen_only_after_acceptance(session, login, plan, aanbevelingen, directeur,
                                           state):
    f.cover_all(session, plan, aanbevelingen)
    f.set_state(session, plan, state)
    client = login(directeur)
    assert client.get(_url(plan)).status_code == 409
    assert _post(client, plan).status_code == 409
    assert _plan(session, plan).state == state

