"""The public pages as a visitor without an account sees them, at desktop and mobile width."""
from playwright.sync_api import expect

from tests.browser.test_journeys import assert_accessible

DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}
PUBLISHED_DIENST = "odnzkg"   # the demo's published visitatie, with its plan in uitvoering


def _both_widths(page, screenshot, url: str, name: str) -> None:
    for label, size in (("desktop", DESKTOP), ("mobiel", MOBILE)):
        page.set_viewport_size(size)
        page.goto(url)
        assert_accessible(page)
        screenshot(f"{name}-{label}")


def test_public_index_at_desktop_and_mobile_width(page, screenshot):
    _both_widths(page, screenshot, "/openbaar", "openbaar-index")
    table = page.get_by_role("table", name="Per dienst en ronde")
    expect(table.get_by_role("link", name="Omgevingsdienst Noordzeekanaalgebied")).to_have_count(1)
    assert page.get_by_role("link", name="Visitatierapport versie 1 (PDF)").count() >= 1


def test_dienst_page_at_desktop_and_mobile_width(page, screenshot):
    _both_widths(page, screenshot, f"/openbaar/diensten/{PUBLISHED_DIENST}", "openbaar-dienst")
    assert page.get_by_role("heading", level=1).inner_text().startswith(
        "Omgevingsdienst Noordzeekanaalgebied")
    expect(page.get_by_text("Versie 1, gepubliceerd op")).to_have_count(2)   # report and plan
    expect(page.get_by_text("Laatste voortgangsrapportage:")).to_have_count(1)


def test_search_and_filters_keep_their_values(page):
    page.goto("/openbaar")
    page.get_by_label("Naam van de dienst").fill("twente")
    page.get_by_label("Provincie").select_option("Overijssel")
    page.get_by_role("button", name="Zoeken").click()
    assert page.get_by_label("Naam van de dienst").input_value() == "twente"
    assert page.get_by_label("Provincie").input_value() == "Overijssel"
    names = page.locator("th.public-overzicht__naam a").all_inner_texts()
    assert names == ["Omgevingsdienst Twente"]
    assert_accessible(page)


def test_merged_dienst_links_to_its_successor(page):
    page.goto("/openbaar/diensten/odru")
    page.get_by_role("link", name="Omgevingsdienst Utrecht").first.click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Omgevingsdienst Utrecht")
    expect(page.get_by_text("Deze dienst is ontstaan uit een fusie van:")).to_be_visible()


def test_published_pdf_downloads_without_login(page):
    page.goto(f"/openbaar/diensten/{PUBLISHED_DIENST}")
    href = page.get_by_role("link", name="Visitatierapport versie 1 (PDF)").get_attribute("href")
    response = page.request.get(href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")
