"""Nothing confidential reaches a public page or the open data, whatever its state; publishing
makes exactly the published version appear, and a correction is a new, dated version."""
import hashlib

import pytest

from tests.public import confidential
from tests.public.crawl import crawl
from tests.public.factories import publications
from visitatie.core.transaction import commit
from visitatie.documenten.operations import request_document
from visitatie.publicaties.models import PublicatieIsImmutable
from visitatie.publicaties.operations import record_publication
from visitatie.rapporten.models import RapportSectie, RapportVersie


@pytest.fixture()
def secrets(session, world):
    return confidential.build(session, world)


def _leaks(pages, published: bool = False) -> list[str]:
    """Markers found on public pages; once published, the report's aanbeveling is public."""
    public = confidential.marker("bevinding", confidential.PUBLISHED_STATE)
    allowed = {public} if published else set()
    return [f"{marker} in {url}" for url, page in pages.items()
            for marker in confidential.all_markers()
            if marker in page.text and marker not in allowed]


def _publish(session, login, world, secrets):
    visitatie = secrets[confidential.PUBLISHED_STATE]
    visitatie.db_behandeld_op = visitatie.ab_behandeld_op = visitatie.vastgesteld_at.date()
    session.commit()
    browser = login(world.users["directeur"])
    response = browser.post(f"/visitaties/{visitatie.id}/transities/publiceren")
    assert response.status_code == 302, response.text[:500]
    browser.post("/uitloggen")
    return visitatie


def test_the_crawl_reaches_every_kind_of_public_page(client, secrets, world):
    pages = crawl(client)
    assert f"/openbaar/diensten/{world.dienst.slug}" in pages
    assert f"/openbaar/rondes/{world.ronde.nummer}" in pages
    assert {"/openbaar/data/overzicht.json", "/openbaar/data/overzicht.csv",
            "/openbaar/data/publicaties.atom", "/sitemap.xml"} <= pages.keys()
    assert len([u for u in pages if u.startswith("/openbaar/diensten/")]) >= 9


def test_nothing_confidential_is_public_in_any_state(client, secrets):
    pages = crawl(client)
    assert _leaks(pages) == []
    assert not any(url.endswith(".pdf") for url in pages)  # nothing published yet
    assert "Rode draden" in pages["/openbaar"].text
    assert confidential.marker("titel", "synthese") not in pages["/openbaar"].text


def test_no_workflow_state_is_public(client, secrets):
    """The public stand comes from publications and dates, never from the workflow state."""
    index = client.get("/openbaar").text
    for internal in ("Hoor en wederhoor", "Conceptrapport", "Kernstukken ingediend"):
        assert internal not in index


def test_publishing_shows_exactly_the_published_version(client, login, session, world, secrets):
    _publish(session, login, world, secrets)
    pages = crawl(client)
    assert _leaks(pages, published=True) == []
    [publicatie] = publications(session)
    assert (publicatie.soort, publicatie.versie) == ("rapport", 1)
    pdf_url = f"/openbaar/documenten/{publicatie.identifier}.pdf"
    assert pdf_url in pages, "the crawl finds the published PDF"
    assert confidential.PUBLIC_TEXT in pages[pdf_url].text
    dienst_page = pages[f"/openbaar/diensten/{world.dienst.slug}"].text
    assert dienst_page.count("Versie 1, gepubliceerd op") == 1
    assert "gecorrigeerd" not in dienst_page
    assert publicatie.identifier in pages["/openbaar/data/overzicht.json"].text
    assert confidential.PUBLIC_TEXT not in pages["/openbaar"].text  # report text only in the PDF


def test_a_correction_is_a_new_dated_version_and_v1_stays(client, login, session, world,
                                                          secrets):
    visitatie = _publish(session, login, world, secrets)
    [v1] = publications(session)
    v1_url = f"/openbaar/documenten/{v1.identifier}.pdf"
    v1_bytes = _download(client, v1_url)
    _publish_correction(session, world, visitatie)
    v2 = publications(session)[-1]
    assert (v2.identifier, v2.versie) == (v1.identifier.replace("/v1", "/v2"), 2)

    pages = crawl(client)
    assert _leaks(pages, published=True) == []
    dienst_page = pages[f"/openbaar/diensten/{world.dienst.slug}"].text
    assert "Versie 1, gepubliceerd op" in dienst_page
    assert "Versie 2, gecorrigeerd op" in dienst_page and "Tabel 2 hersteld." in dienst_page
    assert confidential.CORRECTED_TEXT in pages[f"/openbaar/documenten/{v2.identifier}.pdf"].text
    assert hashlib.sha256(_download(client, v1_url)).digest() == hashlib.sha256(v1_bytes).digest()
    feed = pages["/openbaar/data/publicaties.atom"].text
    assert feed.count("<entry>") == 2 and f":visitaties/{v2.identifier}</id>" in feed


def test_a_published_version_cannot_be_changed(session, login, world, secrets):
    _publish(session, login, world, secrets)
    [publicatie] = publications(session)
    publicatie.titel = "Anders"
    with pytest.raises(PublicatieIsImmutable):
        session.flush()
    session.rollback()


def _download(client, url: str) -> bytes:
    response = client.get(url)
    data = response.data
    response.close()
    return data


def _publish_correction(session, world, visitatie) -> None:
    versie = RapportVersie(visitatie_id=visitatie.id, nummer=3, status="definitief",
                           goedgekeurd_at=visitatie.vastgesteld_at)
    versie.secties = [RapportSectie(sleutel="inleiding", titel="Inleiding", volgorde=1,
                                    tekst=f"Gecorrigeerd. {confidential.CORRECTED_TEXT}")]
    session.add(versie)
    session.flush()
    beheerder = world.users["beheerder"]
    document = request_document(session, beheerder, "visitatierapport", versie)
    record_publication(session, beheerder, "rapport", visitatie=visitatie,
                       titel=f"Visitatierapport {visitatie.dienst.naam}", document=document,
                       correctie_toelichting="Tabel 2 hersteld.")
    commit()   # the view's commit: renders the PDF after it
