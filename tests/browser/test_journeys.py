"""Journeys as a person makes them, in Chromium, with axe-core on every page."""
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from visitatie.reference.demo import DEMO_PASSWORD, email_for

AXE = Axe()
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SERIOUS = ("serious", "critical")


def assert_accessible(page):
    results = run_axe_on_loaded_page(page)
    problems = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    assert problems == [], results.generate_report()


def run_axe_on_loaded_page(page, attempts=3):
    """axe-core on the page once it has loaded. A click on a link returns before the next page
    arrives; if that navigation replaces the document while axe runs, run it again on the new one."""
    for attempt in range(1, attempts + 1):
        page.wait_for_load_state("load")
        try:
            return AXE.run(page, options={"runOnly": WCAG_21_AA})
        except PlaywrightError as error:
            if attempt == attempts or not navigated_away(error):
                raise


def navigated_away(error):
    message = str(error)
    return "Execution context was destroyed" in message or "documentElement" in message


def log_in(page, key):
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(email_for(key))
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/werkruimte")


def test_public_start_page(page, screenshot):
    page.goto("/")
    assert page.get_by_role("heading", level=1).inner_text() == \
        "Visitaties van de omgevingsdiensten"
    expect(page.get_by_text("Omgevingsdienst Groningen")).to_have_count(1)
    assert_accessible(page)
    screenshot("openbaar")


def test_skip_link_is_the_first_tab_stop_and_moves_focus(page):
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Direct naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


EXPECTED_ON_START = {
    "beheerder": "Visitatierondes",
    "bestuur": "Visitatierondes",
    "voorzitter": "Mijn visitaties",
    "commissielid": "Mijn visitaties",
    "secretaris": "Mijn visitaties",
    "directeur": "Omgevingsdienst Twente",
    "contactpersoon": "Omgevingsdienst Twente",
    "klankbord": "Klankbordgroep",
}


@pytest.mark.parametrize("key,heading", EXPECTED_ON_START.items())
def test_each_role_logs_in_to_a_start_page_of_its_own(page, screenshot, key, heading):
    log_in(page, key)
    assert page.get_by_role("heading", name=heading).count() >= 1
    assert_accessible(page)
    screenshot(f"werkruimte-{key}")


def test_refused_login_shows_the_error_summary(page, screenshot):
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(email_for("directeur"))
    page.get_by_label("Wachtwoord").fill("verkeerd")
    page.get_by_role("button", name="Inloggen").click()
    assert page.get_by_role("alert").inner_text().startswith("Er is een probleem")
    assert page.get_by_label("E-mailadres").input_value() == email_for("directeur")
    assert_accessible(page)
    screenshot("inloggen-geweigerd")


def test_secretaris_opens_a_visitatie_with_committee_and_timeline(page, screenshot):
    log_in(page, "secretaris")
    page.get_by_role("link", name="Omgevingsdienst Twente").first.click()
    expect(page.get_by_role("heading", name="Visitatiecommissie")).to_be_visible()
    expect(page.get_by_role("rowheader", name="Demo Voorzitter")).to_have_count(1)
    expect(page.get_by_role("heading", name="Tijdlijn")).to_be_visible()
    assert_accessible(page)
    screenshot("visitatie-secretaris")


def test_beheerder_creates_a_user_and_gives_a_committee_role(page, screenshot):
    log_in(page, "beheerder")
    page.get_by_role("link", name="Gebruikers").click()
    expect(page.get_by_role("heading", name="Gebruikers", level=1)).to_be_visible()
    assert_accessible(page)
    screenshot("gebruikers")
    page.get_by_role("link", name="Nieuwe gebruiker").click()
    page.get_by_role("button", name="Gebruiker aanmaken").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)
    screenshot("gebruiker-nieuw-fouten")
    page.get_by_label("Naam").fill("Browser Visitator")
    page.get_by_label("E-mailadres").fill("browser.visitator@test.nl")
    page.get_by_label("Werkzaam bij").select_option(label="Omgevingsdienst Haaglanden")
    page.get_by_role("button", name="Gebruiker aanmaken").click()
    assert page.get_by_role("status").first.inner_text().startswith("Account aangemaakt")
    page.get_by_label("Rol", exact=True).select_option("commissielid")
    page.get_by_label("Visitatie (voor voorzitter").select_option(label="Omgevingsdienst Twente")
    page.get_by_role("button", name="Rol toekennen").click()
    expect(page.get_by_text("Rol toegekend.")).to_be_visible()
    expect(page.get_by_role("row", name="Commissielid Omgevingsdienst Twente")).to_have_count(1)
    assert_accessible(page)
    screenshot("gebruiker-rollen")


def test_beheerder_reads_the_invitation_in_the_outbox(page):
    log_in(page, "beheerder")
    page.get_by_role("link", name="E-mail").click()
    expect(page.get_by_role("heading", name="Uitgaande e-mail")).to_be_visible()
    assert_accessible(page)
