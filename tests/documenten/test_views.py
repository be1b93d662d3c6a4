"""The pages: ask for a PDF, follow its progress, download it; failed renders for the beheerder."""
from datetime import timedelta

import pytest
from flask import render_template
from sqlalchemy import func, select

from tests.documenten.factories import vastgesteld_report
from visitatie.audit.models import AuditEvent
from visitatie.core.transaction import commit
from visitatie.db import utcnow
from visitatie.documenten import content, queries
from visitatie.documenten import operations as ops
from visitatie.documenten.models import GegenereerdDocument

CONCEPT_READERS = ["voorzitter", "commissielid", "secretaris", "beheerder"]
NOT_CONCEPT_READERS = ["directeur", "contactpersoon", "bestuur", "klankbord",
                       "directeur_elders"]
FAILED_FORBIDDEN = ["bestuur", "voorzitter", "secretaris", "directeur", "klankbord"]


def _count(session) -> int:
    return session.scalar(select(func.count(GegenereerdDocument.id)))


def _queued(session, versie, status="wachtrij", **fields) -> GegenereerdDocument:
    document = GegenereerdDocument(soort=ops.soort_for(versie), object_type="rapport_versie",
                                   object_id=versie.id, content_hash=f"{versie.id:064d}",
                                   status=status, **fields)
    session.add(document)
    session.commit()
    return document


@pytest.mark.parametrize("role", CONCEPT_READERS)
def test_a_reader_asks_for_the_pdf_and_downloads_it(login, session, world, concept, role):
    client = login(world.users[role])
    response = client.post(f"/documenten/visitatierapport/{concept.id}")
    document = session.scalars(select(GegenereerdDocument)).one()
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/documenten/{document.id}")
    page = client.get(f"/documenten/{document.id}")
    assert page.status_code == 200 and "De PDF is klaar." in page.text
    assert "Refresh" not in page.headers and 'http-equiv="refresh"' not in page.text
    download = client.get(f"/documenten/{document.id}/download")
    assert download.status_code == 200 and download.mimetype == "application/pdf"
    assert download.data.startswith(b"%PDF") and len(download.data) == document.grootte
    download.close()
    disposition = download.headers["Content-Disposition"]
    assert disposition.startswith("attachment") and (
        f"conceptrapport-{world.dienst.slug}-ronde-{world.ronde.nummer}-versie-1.pdf"
        in disposition)
    assert download.cache_control.private and download.cache_control.no_store


@pytest.mark.parametrize("role", NOT_CONCEPT_READERS)
def test_others_may_not_ask_for_a_concept_pdf(login, session, world, concept, role):
    response = login(world.users[role]).post(f"/documenten/visitatierapport/{concept.id}")
    assert response.status_code == 403 and _count(session) == 0


@pytest.mark.parametrize("role", NOT_CONCEPT_READERS)
def test_others_may_not_follow_or_download_a_concept_pdf(login, session, world, concept, role):
    document = _queued(session, concept, status="mislukt", error="x")
    client = login(world.users[role])
    assert client.get(f"/documenten/{document.id}").status_code == 403
    assert client.get(f"/documenten/{document.id}/download").status_code == 403
    assert client.post(f"/documenten/{document.id}/opnieuw").status_code == 403
    assert session.get(GegenereerdDocument, document.id).status == "mislukt"


@pytest.mark.parametrize("role, status", [("directeur", 302), ("contactpersoon", 302),
                                          ("directeur_elders", 403), ("klankbord", 403)])
def test_the_dienst_may_have_its_final_report_another_dienst_not(login, session, world,
                                                                 role, status):
    versie = vastgesteld_report(session, world.visitatie)
    response = login(world.users[role]).post(f"/documenten/visitatierapport/{versie.id}")
    assert response.status_code == status


@pytest.mark.parametrize("role, status", [("directeur", 302), ("beheerder", 302),
                                          ("directeur_elders", 403), ("klankbord", 403)])
def test_plan_pdf_follows_who_may_see_the_plan(login, session, world, plan, role, status):
    client = login(world.users[role])
    response = client.post(f"/documenten/verbeterplan/{plan.id}")
    assert response.status_code == status
    if status == 302:
        document = session.scalars(select(GegenereerdDocument)).one()
        assert (document.soort, document.status) == ("verbeterplan", "klaar")
        download = client.get(f"/documenten/{document.id}/download")
        download.close()
        assert f"verbeterplan-{world.dienst.slug}-ronde-{world.ronde.nummer}.pdf" in \
            download.headers["Content-Disposition"]


def test_unknown_objects_and_unfinished_downloads_are_404(login, session, world, concept,
                                                         secretaris):
    client = login(secretaris)
    assert client.post("/documenten/visitatierapport/999999").status_code == 404
    assert client.post("/documenten/verbeterplan/999999").status_code == 404
    assert client.get("/documenten/999999").status_code == 404
    document = _queued(session, concept)
    assert client.get(f"/documenten/{document.id}/download").status_code == 404


def test_the_status_page_refreshes_while_the_pdf_is_made(login, session, world, concept,
                                                         secretaris):
    document = _queued(session, concept)
    client = login(secretaris)
    page = client.get(f"/documenten/{document.id}")
    assert page.status_code == 200 and page.headers["Refresh"] == "2"
    assert 'aria-current="step" class="document-steps__current">In de wachtrij' in page.text
    assert "<progress" in page.text
    assert "Deze pagina ververst zichzelf elke 2 seconden." in page.text
    assert "<script" not in page.text
    quiet = client.get(f"/documenten/{document.id}?verversen=uit")
    assert "Refresh" not in quiet.headers and "Stand opnieuw bekijken" in quiet.text


def test_the_error_text_is_for_the_beheerder(login, session, world, concept, secretaris,
                                             beheerder):
    document = _queued(session, concept, status="mislukt", error="OSError: schijf vol")
    page = login(secretaris).get(f"/documenten/{document.id}")
    assert "Het maken van de PDF is mislukt." in page.text and "schijf vol" not in page.text
    assert "Opnieuw proberen" in page.text
    assert "schijf vol" in login(beheerder).get(f"/documenten/{document.id}").text


def test_beheerder_sees_failed_and_stalled_renders_and_retries_one(login, session, world,
                                                                   concept, beheerder):
    failed = _queued(session, concept, status="mislukt", error="RuntimeError: kapot")
    stalled = GegenereerdDocument(soort="visitatierapport_concept", object_type="rapport_versie",
                                  object_id=concept.id, content_hash="1" * 64, status="bezig",
                                  started_at=utcnow() - timedelta(minutes=30))
    running = GegenereerdDocument(soort="visitatierapport_concept", object_type="rapport_versie",
                                  object_id=concept.id, content_hash="2" * 64, status="bezig",
                                  started_at=utcnow())
    session.add_all([stalled, running])
    session.commit()
    client = login(beheerder)
    page = client.get("/documenten/mislukt")
    assert page.status_code == 200 and "RuntimeError: kapot" in page.text
    assert page.text.count("Opnieuw proberen</") == 0  # the button names its document
    assert page.text.count('type="submit" class="button button--secondary"') == 2
    assert "blijven hangen" in page.text
    response = client.post(f"/documenten/{failed.id}/opnieuw", data={"terug": "mislukt"})
    assert response.status_code == 302 and response.headers["Location"].endswith(
        "/documenten/mislukt")
    session.refresh(failed)
    assert failed.status == "klaar" and failed.attempts == 1
    assert session.scalars(select(AuditEvent.action).where(
        AuditEvent.object_id == failed.id,
        AuditEvent.object_type == "gegenereerd_document")).all() == [
        "document_opnieuw_aangevraagd"]


def test_retrying_a_running_render_changes_nothing(login, session, world, concept, beheerder):
    running = _queued(session, concept, status="bezig", started_at=utcnow())
    response = login(beheerder).post(f"/documenten/{running.id}/opnieuw")
    assert response.status_code == 302
    assert session.get(GegenereerdDocument, running.id).status == "bezig"


@pytest.mark.parametrize("role", FAILED_FORBIDDEN)
def test_only_the_beheerder_sees_the_failed_renders(login, world, role):
    assert login(world.users[role]).get("/documenten/mislukt").status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, session, concept):
    document = _queued(session, concept)
    for response in (client.get(f"/documenten/{document.id}"),
                     client.post(f"/documenten/visitatierapport/{concept.id}")):
        assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


def test_asking_without_csrf_token_is_refused(request, login, session, world, concept,
                                              secretaris):
    client = login(secretaris)
    request.getfixturevalue("csrf_enabled")  # after logging in, which posts without a token
    response = client.post(f"/documenten/visitatierapport/{concept.id}")
    assert response.status_code == 400 and _count(session) == 0


def test_the_final_report_is_rendered_once_on_vaststellen_and_kept(app, session, world,
                                                                  voorzitter, monkeypatch):
    versie = vastgesteld_report(session, world.visitatie)
    with app.test_request_context():
        document = ops.render_final_report(session, voorzitter, world.visitatie)
        commit()
    session.refresh(document)
    assert (document.soort, document.object_id, document.status) == (
        "visitatierapport", versie.id, "klaar")
    monkeypatch.setattr(content, "TEMPLATE_EDITION", content.TEMPLATE_EDITION + 1)
    with app.test_request_context():
        again = ops.render_final_report(session, voorzitter, world.visitatie)
        commit()
    assert again.id == document.id and _count(session) == 1


def test_no_final_pdf_without_a_definitive_version(app, session, world, concept, voorzitter):
    with app.test_request_context():
        assert ops.render_final_report(session, voorzitter, world.visitatie) is None


def test_buttons_offer_to_make_a_pdf_then_its_download(app, login, session, world, concept,
                                                      secretaris, directeur_elders):
    def buttons(user):
        with app.test_request_context():
            context = queries.documenten_context(session, user, "visitatierapport", concept)
            return context, render_template("documenten/_report_buttons.html", **context)

    context, html = buttons(secretaris)
    assert context["documenten_visible"] and context["documenten_ready"] is None
    assert f'action="/documenten/visitatierapport/{concept.id}"' in html
    assert 'name="csrf_token"' in html and "PDF maken" in html
    login(secretaris).post(f"/documenten/visitatierapport/{concept.id}")
    context, html = buttons(secretaris)
    document = context["documenten_ready"]
    assert document.status == "klaar" and context["documenten_pending"] is None
    assert f"/documenten/{document.id}/download" in html and "Nieuwe PDF maken" in html
    context, html = buttons(directeur_elders)
    assert context == {**context, "documenten_visible": False} and html.strip() == ""
