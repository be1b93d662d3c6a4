"""The public overview, dienst and ronde pages, downloads, sitemap and robots.txt."""
import re
from datetime import date, datetime, timezone

import pytest

from tests.factories import make_dienst, make_ronde, make_visitatie
from tests.public.factories import (
    add_progress_report, publications, publish_plan_via_web, publish_report_via_web,
    ready_to_publish,
)
from tests.query_counter import count_queries
from visitatie.core.dates import local_today
from visitatie.db import utcnow
from visitatie.diensten.models import Dienst
from visitatie.documenten.models import GegenereerdDocument
from visitatie.extensions import db
from visitatie.publicaties.operations import record_publication
from visitatie.synthese.models import Synthese


@pytest.fixture()
def published(session, login, world):
    """The world's report and plan published (acties loopt, gepland, gestopt, one report)."""
    _versie, aanbevelingen = ready_to_publish(session, world.visitatie)
    browser = login(world.users["directeur"])
    publish_report_via_web(browser, world.visitatie)
    plan = publish_plan_via_web(session, browser, world.visitatie, aanbevelingen,
                                ("loopt", "gepland", "gestopt"))
    add_progress_report(session, plan, datetime(2026, 9, 1, 10, tzinfo=timezone.utc))
    session.commit()
    browser.post("/uitloggen")
    return plan


def _row_of(html: str, naam: str) -> str:
    """Return the table body (tbody) of one dienst on the overview."""
    return next(body for body in html.split("<tbody")[1:] if naam in body)


def test_overview_lists_diensten_with_rondes_and_dates(client, world):
    html = client.get("/").text
    row = _row_of(html, "Omgevingsdienst Bezocht")
    assert "Ronde 501" in row or f"Ronde {world.ronde.nummer}" in row
    assert "3 maart en 4 maart 2026" in row
    assert "Nog niet gepubliceerd" in row
    assert '<th scope="col"' in html and "<caption" in html


def test_overview_shows_publications_and_follow_up(client, world, published):
    row = _row_of(client.get("/openbaar").text, "Omgevingsdienst Bezocht")
    [rapport, plan] = publications(db.session)
    assert f'href="/openbaar/documenten/{rapport.identifier}.pdf"' in row
    assert f'href="/openbaar/documenten/{plan.identifier}.pdf"' in row
    assert "3 acties" in row
    assert re.search(r"loopt</span> 1 <span class=\"muted\">\(33%\)", row)
    assert re.search(r"gestopt</span> 1 <span class=\"muted\">\(33%\)", row)
    assert "Laatste voortgangsrapportage:" in row and "1 september 2026" in row
    assert "Verbeterplan gepubliceerd" in row


def test_follow_up_is_live_after_publication(client, session, world, published):
    published.acties[1].status = "gerealiseerd"
    session.commit()
    row = _row_of(client.get("/openbaar").text, "Omgevingsdienst Bezocht")
    assert re.search(r"gerealiseerd</span> 1 <span class=\"muted\">\(33%\)", row)


def test_search_by_name_keeps_the_value(client, world):
    html = client.get("/openbaar?q=bezocht").text
    assert 'value="bezocht"' in html
    assert "Omgevingsdienst Bezocht" in html and world.other_dienst.naam not in html


def test_filter_by_province(client, session, world):
    make_dienst(session, "Omgevingsdienst Zeeland Test", provincie="Zeeland")
    html = client.get("/openbaar?provincie=Zeeland").text
    assert "Omgevingsdienst Zeeland Test" in html and "Omgevingsdienst Bezocht" not in html
    assert '<option selected value="Zeeland">' in html


def test_filter_by_stand_and_ronde(client, session, world, published):
    html = client.get("/openbaar?stand=verbeterplan_gepubliceerd").text
    assert "Omgevingsdienst Bezocht" in html and world.other_dienst.naam not in html
    other_ronde = make_ronde(session)
    make_visitatie(session, other_ronde, world.other_dienst, first_day=date(2099, 1, 5))
    session.commit()
    html = client.get(f"/openbaar?ronde={other_ronde.nummer}&stand=bezoek_gepland").text
    assert world.other_dienst.naam in html and "Omgevingsdienst Bezocht" not in html


def test_unknown_filter_values_are_ignored(client, world):
    response = client.get("/openbaar?stand=geheim&provincie=Atlantis&ronde=x")
    assert response.status_code == 200 and "Omgevingsdienst Bezocht" in response.text


def test_overview_runs_a_constant_number_of_statements(app, client, session, world, published):
    def statements() -> int:
        with count_queries(db.engine) as seen:
            assert client.get("/openbaar").status_code == 200
        # The test session's SAVEPOINTs are not the page's statements.
        return len([s for s in seen if not s.startswith(("SAVEPOINT", "RELEASE"))])

    before = statements()
    for n in range(5):
        dienst = make_dienst(session, f"Extra dienst {n}")
        make_visitatie(session, world.ronde, dienst)
    session.commit()
    assert statements() == before <= 15


def test_dienst_page_shows_history_and_versions(client, world, published):
    html = client.get(f"/openbaar/diensten/{world.dienst.slug}").text
    assert "<h1" in html and "Omgevingsdienst Bezocht" in html
    assert html.count("Versie 1, gepubliceerd op") == 2
    assert "Kenmerk:" in html and "3 acties" in html


def test_merged_dienst_history_and_successor(client, session, world):
    successor = make_dienst(session, "Omgevingsdienst Samen")
    successor.geldig_van = date(2026, 1, 1)
    predecessor = session.get(Dienst, world.dienst.id)
    predecessor.geldig_tot, predecessor.opgevolgd_door_id = date(2025, 12, 31), successor.id
    session.commit()
    merged = client.get(f"/openbaar/diensten/{successor.slug}").text
    assert "ontstaan uit een fusie" in merged and "Omgevingsdienst Bezocht" in merged
    assert f"{world.ronde.naam} — als Omgevingsdienst Bezocht" in merged
    old = client.get(f"/openbaar/diensten/{world.dienst.slug}").text
    assert "opgegaan in" in old and f'href="/openbaar/diensten/{successor.slug}"' in old


def test_unknown_dienst_and_ronde_are_404(client, world):
    assert client.get("/openbaar/diensten/bestaat-niet").status_code == 404
    assert client.get("/openbaar/rondes/987654").status_code == 404


def test_ronde_page_lists_its_visitaties(client, world, published):
    html = client.get(f"/openbaar/rondes/{world.ronde.nummer}").text
    assert world.ronde.naam in html
    assert "Omgevingsdienst Bezocht" in html and world.other_dienst.naam in html
    assert "Verbeterplan gepubliceerd" in html


def test_every_page_has_its_own_title_description_and_canonical(client, world):
    urls = ["/openbaar", f"/openbaar/diensten/{world.dienst.slug}",
            f"/openbaar/diensten/{world.other_dienst.slug}",
            f"/openbaar/rondes/{world.ronde.nummer}", "/openbaar/data"]
    heads = [_head(client.get(url).text) for url in urls]
    assert len({h["title"] for h in heads}) == len(urls)
    assert len({h["description"] for h in heads}) == len(urls)
    assert [h["canonical"] for h in heads] == [f"http://visitatie.test{u}" for u in urls]


def _head(html: str) -> dict:
    return {"title": re.search(r"<title>(.*?)</title>", html, re.S).group(1),
            "description": re.search(r'<meta name="description" content="([^"]*)"', html).group(1),
            "canonical": re.search(r'<link rel="canonical" href="([^"]*)"', html).group(1)}


def test_pdf_download_serves_only_finished_published_documents(client, session, world,
                                                               published):
    [rapport, plan] = publications(db.session)
    response = client.get(f"/openbaar/documenten/{rapport.identifier}.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF") and "public" in response.headers["Cache-Control"]
    response.close()
    assert client.get("/openbaar/documenten/rapport/x/ronde-1/v1.pdf").status_code == 404
    document = session.get(GegenereerdDocument, plan.document_id)
    document.status, document.opslagnaam, document.sha256 = "bezig", None, None
    session.commit()
    assert client.get(f"/openbaar/documenten/{plan.identifier}.pdf").status_code == 404
    assert "PDF wordt gemaakt" in client.get("/openbaar").text


def test_sitemap_and_robots(client, world):
    sitemap = client.get("/sitemap.xml")
    assert sitemap.mimetype == "application/xml"
    for path in ("/openbaar", f"/openbaar/diensten/{world.dienst.slug}",
                 f"/openbaar/rondes/{world.ronde.nummer}", "/openbaar/data"):
        assert f"<loc>http://visitatie.test{path}</loc>" in sitemap.text
    robots = client.get("/robots.txt")
    assert robots.mimetype == "text/plain"
    assert "Sitemap: http://visitatie.test/sitemap.xml" in robots.text


def test_a_logged_in_user_can_read_the_public_overview(login, world):
    browser = login(world.users["directeur"])
    assert browser.get("/").status_code == 302
    assert "Omgevingsdienst Bezocht" in browser.get("/openbaar").text


def test_visit_stand_follows_the_date(client, session, world):
    future = make_dienst(session, "Omgevingsdienst Later")
    make_visitatie(session, world.ronde, future, first_day=date(local_today().year + 2, 1, 6))
    session.commit()
    row = _row_of(client.get("/openbaar").text, "Omgevingsdienst Later")
    assert "Bezoek gepland" in row
    assert "Bezocht, rapport nog niet gepubliceerd" in _row_of(
        client.get("/openbaar").text, world.other_dienst.naam)


def test_published_rode_draden_edition_is_listed_and_a_concept_is_not(client, session, world):
    published = Synthese(ronde_id=world.ronde.id, titel="Rode draden van de testronde",
                         slug="rode-draden-testronde", state="gepubliceerd",
                         vastgesteld_at=utcnow())
    concept = Synthese(ronde_id=world.ronde.id, titel="Concepteditie niet tonen",
                       slug="concept-editie")
    session.add_all([published, concept])
    session.flush()
    record_publication(session, world.users["beheerder"], "rode_draden", synthese=published,
                       titel=published.titel, inhoud={"titel": published.titel})
    session.commit()
    page = f'href="/openbaar/rode-draden/{published.slug}"'
    for url in ("/openbaar", f"/openbaar/rondes/{world.ronde.nummer}"):
        html = client.get(url).text
        assert "Rode draden van de testronde" in html and page in html
        assert "Concepteditie niet tonen" not in html
    sitemap = client.get("/sitemap.xml").text
    assert f"<loc>http://visitatie.test/openbaar/rode-draden/{published.slug}</loc>" in sitemap
    assert "concept-editie" not in sitemap
    feed = client.get("/openbaar/data/publicaties.atom").text
    assert f"visitaties/rode-draden/{published.slug}/v1</id>" in feed
