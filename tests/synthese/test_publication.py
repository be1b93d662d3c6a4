"""Publication: an immutable, dated version with the public snapshot; corrections; the PDF.

The public edition never names a dienst next to a finding: no dienst names, no finding texts
and no klankbord comments on the public pages; the PDF names diensten only in its appendix.
"""
import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.pages import main_of
from tests.synthese import factories as f
from visitatie.documenten.models import GegenereerdDocument
from visitatie.publicaties.models import Publicatie
from visitatie.synthese.models import Synthese

COMMENT = "GEHEIM-KLANKBORD Dit hoofdstuk mist nuance."


@pytest.fixture()
def adopted(session, world, synthese, klankbord):
    """An edition with all texts, a processed klankbord comment, adopted by the bestuur."""
    f.write_everything(session, synthese)
    synthese.secties[1].tekst = "Ketensamenwerking: eerste versie van de tekst."
    f.set_state(session, synthese, "vastgesteld", klankbord_ronde=1)
    synthese.vastgesteld_op = date(2026, 2, 1)
    session.commit()
    f.add_comment(session, synthese, synthese.secties[1], klankbord, tekst=COMMENT,
                  verwerking="overgenomen")
    return synthese


def _publish(login, beheerder, synthese):
    response = login(beheerder).post(f"/rode-draden/{synthese.id}/transities/publiceren")
    assert response.status_code == 302, response.text[:2000]


def _versions(session, synthese):
    session.expire_all()
    return list(session.scalars(select(Publicatie).where(
        Publicatie.synthese_id == synthese.id).order_by(Publicatie.versie)))


def _public_texts(client, slug, versie=None):
    base = f"/openbaar/rode-draden/{slug}"
    pages = [client.get("/openbaar/rode-draden/"), client.get(base)]
    if versie:
        pages.append(client.get(f"{base}/v{versie}"))
    assert all(p.status_code == 200 for p in pages)
    return [p.text for p in pages]


def test_publishing_records_version_1_with_the_snapshot(session, login, world, adopted,
                                                        beheerder):
    _publish(login, beheerder, adopted)
    [v1] = _versions(session, adopted)
    assert (v1.soort, v1.versie, v1.titel, v1.identifier) == (
        "rode_draden", 1, "Rode draden test", "rode-draden/rode-draden-test/v1")
    assert v1.correctie_toelichting is None and v1.gepubliceerd_door_id == beheerder.id
    doc = v1.inhoud
    assert (doc["titel"], doc["soort"], doc["ronde"], doc["visitaties"]) == (
        "Rode draden test", "editie", world.ronde.naam, 2)
    assert doc["vastgesteld_op"] == "2026-02-01"
    assert doc["integrale_conclusies"] == "Integraal: samenwerking is de rode draad."
    keten = doc["secties"][1]
    assert (keten["code"], keten["titel"], keten["depth"], keten["of"]) == (
        "4", "Ketensamenwerking", 0, 2)
    assert keten["tekst"] == "Ketensamenwerking: eerste versie van de tekst."
    assert keten["counts"] == {"sterk_punt": 0, "bevinding": 1, "aanbeveling": 1}
    assert keten["diensten_with"] == {"sterk_punt": 0, "bevinding": 1, "aanbeveling": 1,
                                      "*": 1}
    assert doc["secties"][2]["depth"] == 1
    flat = repr(doc)
    for forbidden in (world.dienst.naam, world.other_dienst.naam, COMMENT,
                      *f.FINDING_TEXTS.values()):
        assert forbidden not in flat


def test_the_public_page_never_names_a_dienst_next_to_a_finding(session, login, client, world,
                                                                adopted, beheerder, findings):
    _publish(login, beheerder, adopted)
    client.post("/uitloggen")
    for page in _public_texts(client, adopted.slug, 1):
        for forbidden in (world.dienst.naam, world.other_dienst.naam, COMMENT,
                          *findings.values()):
            assert forbidden not in page
    page = client.get(f"/openbaar/rode-draden/{adopted.slug}").text
    assert "Versie 1, gepubliceerd op" in page
    assert "Ketensamenwerking: eerste versie van de tekst." in page
    assert "<strong>Aanbevelingen:</strong> 1, bij 1 van 2 diensten" in page
    assert "door het bestuur van Omgevingsdienst NL op 1 februari 2026" in page


def test_a_concept_edition_does_not_exist_publicly(session, client, synthese):
    base = f"/openbaar/rode-draden/{synthese.slug}"
    for url in (base, f"{base}/v1", f"{base}/v1/pdf"):
        assert client.get(url).status_code == 404
    assert synthese.titel not in client.get("/openbaar/rode-draden/").text


def test_later_edits_change_nothing_public(session, login, client, adopted, beheerder):
    _publish(login, beheerder, adopted)
    client.post("/uitloggen")
    client.get("/openbaar/rode-draden/")  # shows (and so clears) the flash messages
    before = client.get(f"/openbaar/rode-draden/{adopted.slug}/v1").text
    adopted.secties[1].tekst = "Stilletjes herschreven."
    adopted.inleiding = "Andere inleiding."
    session.commit()
    after = client.get(f"/openbaar/rode-draden/{adopted.slug}/v1").text
    assert main_of(after) == main_of(before) and "Stilletjes herschreven." not in after


def test_a_correction_is_a_new_dated_version_and_v1_stays(session, login, client, adopted,
                                                          beheerder, bestuur):
    _publish(login, beheerder, adopted)
    [v1] = _versions(session, adopted)
    v1_inhoud = dict(v1.inhoud)
    browser = login(beheerder)
    assert browser.post(f"/rode-draden/{adopted.id}/transities/corrigeren",
                        data={"opmerking": ""}).status_code == 409  # a remark is required
    assert browser.post(f"/rode-draden/{adopted.id}/transities/corrigeren", data={
        "opmerking": "Telling in hoofdstuk 4 hersteld."}).status_code == 302
    session.expire_all()
    synthese = session.get(Synthese, adopted.id)
    assert (synthese.state, synthese.vastgesteld_op) == ("concept", None)
    synthese.secties[1].tekst = "Ketensamenwerking: gecorrigeerde tekst."
    session.commit()
    assert login(bestuur).post(f"/rode-draden/{adopted.id}/vaststellen", data={
        "vastgesteld_op": "2026-03-01"}).status_code == 302
    _publish(login, beheerder, synthese)
    v1, v2 = _versions(session, adopted)
    assert v1.inhoud == v1_inhoud
    assert (v2.versie, v2.correctie_toelichting) == (2, "Telling in hoofdstuk 4 hersteld.")
    client.post("/uitloggen")
    latest = client.get(f"/openbaar/rode-draden/{adopted.slug}").text
    assert "Versie 2, gepubliceerd op" in latest and "gecorrigeerde tekst" in latest
    assert "Telling in hoofdstuk 4 hersteld." in latest
    assert f'href="/openbaar/rode-draden/{adopted.slug}/v1"' in latest
    old = client.get(f"/openbaar/rode-draden/{adopted.slug}/v1").text
    assert "Versie 1, gepubliceerd op" in old and "eerste versie van de tekst" in old
    assert "gecorrigeerde tekst" not in old and "Er is een nieuwere versie" in old
    assert client.get(f"/openbaar/rode-draden/{adopted.slug}/v3").status_code == 404
    index = client.get("/openbaar/rode-draden/").text
    assert index.count(f'href="/openbaar/rode-draden/{adopted.slug}"') == 1
    assert "versie 2, gepubliceerd op" in index


def test_the_pdf_of_a_version(session, login, client, world, adopted, beheerder, findings):
    _publish(login, beheerder, adopted)
    [v1] = _versions(session, adopted)
    document = session.scalars(select(GegenereerdDocument).where(
        GegenereerdDocument.object_type == "publicatie",
        GegenereerdDocument.object_id == v1.id)).one()
    assert (document.soort, document.status) == ("rode_draden", "klaar")
    page = client.get(f"/openbaar/rode-draden/{adopted.slug}").text
    assert f'href="/openbaar/rode-draden/{adopted.slug}/v1/pdf"' in page
    response = client.get(f"/openbaar/rode-draden/{adopted.slug}/v1/pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    data = response.data
    response.close()
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    text = "\n".join(pages)
    assert "Rode draden rapportage" in pages[0] and "Versie 1" in pages[0]
    assert "Inhoud" in pages[1] and "Ketensamenwerking" in pages[1]
    assert "Ketensamenwerking: eerste versie van de tekst." in text
    appendix = pages[-1]
    assert "Bijlage 1" in appendix
    assert world.dienst.naam in appendix and world.other_dienst.naam in appendix
    assert all(world.dienst.naam not in p for p in pages[:-1])  # only in the appendix
    for forbidden in (COMMENT, *findings.values()):
        assert forbidden not in text


def test_a_failed_render_is_listed_and_retried_by_the_beheerder(session, login, adopted,
                                                                beheerder):
    _publish(login, beheerder, adopted)
    [v1] = _versions(session, adopted)
    document = session.scalars(select(GegenereerdDocument).where(
        GegenereerdDocument.object_type == "publicatie",
        GegenereerdDocument.object_id == v1.id)).one()
    document.status, document.error, document.opslagnaam, document.sha256 = (
        "mislukt", "RuntimeError: kapot", None, None)
    session.commit()
    browser = login(beheerder)
    assert "Rode draden rapportage ‘Rode draden test’, versie 1" in browser.get(
        "/documenten/mislukt").text
    status = browser.get(f"/documenten/{document.id}")
    assert status.status_code == 200 and "Rode draden rapportage" in status.text
    assert browser.post(f"/documenten/{document.id}/opnieuw").status_code == 302
    session.expire_all()
    assert session.get(GegenereerdDocument, document.id).status == "klaar"
    download = browser.get(f"/documenten/{document.id}/download")
    assert download.status_code == 200
    assert "rode-draden-rode-draden-test-versie-1.pdf" in download.headers[
        "Content-Disposition"]
    download.close()


def test_the_public_snapshot_leaves_out_empty_sub_theme_chapters(session, world, findings):
    from visitatie.synthese.snapshot import public_snapshot

    synthese = f.make_synthese(session, world)
    for sectie in synthese.secties:
        sectie.tekst = None if sectie.thema.parent_id else f"Over {sectie.titel}."
    synthese.secties[2].tekst = "Over de strafrechtketen."   # one sub-theme is written
    session.commit()
    titles = [s["titel"] for s in public_snapshot(session, synthese)["secties"]]
    assert titles == ["Bestuurlijk-ambtelijk samenspel", "Ketensamenwerking", "Strafrechtketen",
                      "Sturing en informatie"]
