"""One visitatie from gepland to gepubliceerd in Chromium, as four people make it.

The beheerder plans it and invites the dienst's directeur; the secretaris, directeur and
voorzitter take it through every phase with real uploads. At each step the test checks
what each of them sees, and what the directeur may not see.
"""
import re

from playwright.sync_api import expect

from tests.browser.test_journeys import assert_accessible, log_in
from tests.clock import visit_days
from visitatie.kernstukken.demo import minimal_pdf
from visitatie.core.dates import local_today
from visitatie.reference.demo import DEMO_PASSWORD

DIRECTEUR_EMAIL = "directeur.groningen@test.nl"
DIRECTEUR_PASSWORD = "groningen-visitatie-2027"


def log_in_as(page, email, password):
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/werkruimte")


def log_out(page):
    page.get_by_role("button", name="Uitloggen").click()


def press(page, step):
    page.get_by_role("button", name=step).click()
    assert page.get_by_role("status").first.inner_text().startswith("Fase gewijzigd")


def state_of(page) -> str:
    return page.locator(".facts .badge").first.inner_text()


def test_a_visitatie_from_gepland_to_gepubliceerd(page, screenshot, console_links):
    url = plan_visitatie(page, screenshot)
    invite_directeur(page, console_links)
    start_voorbereiding(page, url)
    deliver_kernstukken(page, url, screenshot)
    run_the_visit(page, url, screenshot)
    approve_and_open_wederhoor(page, url, screenshot)
    answer_in_wederhoor(page, url, screenshot)
    process_and_adopt(page, url)
    record_treatment_and_publish(page, url, screenshot)


def plan_visitatie(page, screenshot) -> str:
    log_in(page, "beheerder")
    page.goto("/visitaties/nieuw?ronde=2")
    page.get_by_label("Omgevingsdienst").select_option(label="Omgevingsdienst Groningen")
    first, second = visit_days(weeks=12)
    page.get_by_label("Eerste bezoekdag (optioneel)").fill(first.isoformat())
    page.get_by_label("Tweede bezoekdag (optioneel)").fill(second.isoformat())
    page.get_by_role("button", name="Visitatie aanmaken").click()
    page.get_by_role("link", name="Commissie samenstellen").click()
    for person, rol in (("Demo Voorzitter", "voorzitter"), ("Demo Secretaris", "secretaris"),
                        ("Demo Commissielid", "commissielid")):
        person_option = page.locator("#user_id option", has_text=person).first
        page.get_by_label("Persoon").select_option(person_option.get_attribute("value"))
        page.get_by_label("Rol in de commissie").select_option(rol)
        page.get_by_role("button", name="Toevoegen aan de commissie").click()
        assert page.get_by_role("cell", name=person).count() + \
            page.get_by_role("rowheader", name=person).count() >= 1
    assert_accessible(page)
    screenshot("e2e-01-commissie")
    page.get_by_role("link", name="Omgevingsdienst Groningen, Ronde 2 (vanaf 2025)").first.click()
    assert state_of(page) == "Gepland"
    return re.sub(r"^https?://[^/]+", "", page.url)


def invite_directeur(page, console_links):
    page.goto("/beheer/gebruikers/nieuw")
    page.get_by_label("Naam").fill("Directeur Groningen")
    page.get_by_label("E-mailadres").fill(DIRECTEUR_EMAIL)
    page.get_by_label("Werkzaam bij").select_option(label="Omgevingsdienst Groningen")
    page.get_by_role("button", name="Gebruiker aanmaken").click()
    page.get_by_label("Rol", exact=True).select_option("directeur")
    page.get_by_label("Dienst (voor directeur en contactpersoon)").select_option(
        label="Omgevingsdienst Groningen")
    page.get_by_role("button", name="Rol toekennen").click()
    page.goto("/beheer/e-mail/")
    page.get_by_role("rowheader", name="Uw account voor Visitaties").first.get_by_role(
        "link").click()
    expect(page.locator("pre")).to_contain_text("[link alleen zichtbaar voor de ontvanger]")
    link = console_links.last_for(DIRECTEUR_EMAIL)  # the outbox never shows it
    log_out(page)
    page.goto(link)
    page.get_by_label("Nieuw wachtwoord", exact=True).fill(DIRECTEUR_PASSWORD)
    page.get_by_label("Herhaal het nieuwe wachtwoord").fill(DIRECTEUR_PASSWORD)
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    page.wait_for_url("**/inloggen")


def start_voorbereiding(page, url):
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(url)
    assert state_of(page) == "Gepland"
    expect(page.get_by_role("button", name="Voorbereiding starten")).to_have_count(0)
    log_out(page)
    log_in(page, "secretaris")
    page.goto(url)
    press(page, "Voorbereiding starten")
    assert state_of(page) == "Voorbereiding"
    log_out(page)


def deliver_kernstukken(page, url, screenshot):
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(url)
    assert "nog niet mogelijk" in page.locator(".panel").inner_text()
    page.goto(url + "/kernstukken/")
    uploads = page.get_by_role("link", name=re.compile(r"^Uploaden"))
    for index in range(uploads.count()):
        page.get_by_role("link", name=re.compile(r"^Uploaden")).first.click()
        page.get_by_label("Bestand").set_input_files(files=[{
            "name": f"kernstuk-{index + 1}.pdf", "mimeType": "application/pdf",
            "buffer": minimal_pdf([f"Kernstuk {index + 1} (e2e)"])}])
        page.get_by_role("button", name="Uploaden").click()
    assert "alle verplichte kernstukken zijn aanwezig" in page.content()
    assert_accessible(page)
    screenshot("e2e-02-kernstukken")
    page.goto(url)
    press(page, "Kernstukken indienen")
    assert state_of(page) == "Kernstukken ingediend"
    log_out(page)


def run_the_visit(page, url, screenshot):
    log_in(page, "secretaris")
    page.goto(url)
    press(page, "Kernstukken accepteren")
    for day, start, end, kind in (("1", "09:00", "10:00", "intake"),
                                  ("2", "15:00", "16:00", "afsluitende_sessie")):
        page.goto(url + "/gesprekken/nieuw")
        page.get_by_label("Bezoekdag").select_option(day)
        page.get_by_label("Begintijd").fill(start)
        page.get_by_label("Eindtijd").fill(end)
        page.get_by_label("Soort gesprek").select_option(kind)
        page.get_by_label("Niveau").select_option("directie")
        page.get_by_label("Deelnemers").fill("mevrouw A. Jansen; directeur; OD Groningen")
        page.get_by_role("button", name="Opslaan").click()
    mark_held = page.get_by_role("button", name="Markeer als gehouden")
    for still_to_mark in reversed(range(mark_held.count())):
        mark_held.first.click()
        expect(mark_held).to_have_count(still_to_mark)  # the page after the POST
    screenshot("e2e-03-gesprekken")
    page.get_by_role("link", name=re.compile(r"^Notities")).first.click()
    page.get_by_role("textbox", name="Notitie").fill("Vertrouwelijke indruk uit de intake (e2e).")
    page.get_by_role("button", name="Notitie opslaan").click()
    expect(page.get_by_text("Vertrouwelijke indruk uit de intake (e2e).")).to_have_count(1)
    notes_url = re.sub(r"^https?://[^/]+", "", page.url)
    page.goto(url + "/bevindingen/nieuw")
    page.get_by_label("Soort").select_option("aanbeveling")
    page.get_by_label("Tekst").fill("Maak spelregels over eigenaarsrol en opdrachtgeversrol.")
    page.get_by_label("2 Bestuurlijk-ambtelijk samenspel").check()
    page.get_by_role("button", name="Opslaan").click()
    page.goto(url)
    press(page, "Bezoek afronden")
    page.get_by_role("button", name="Conceptrapport maken uit de bevindingen").click()
    page.get_by_role("button", name="Ter review aanbieden").click()
    assert page.get_by_text("Bestuurlijk-ambtelijk samenspel").count() >= 1
    screenshot("e2e-04-concept")
    log_out(page)
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    assert page.goto(notes_url).status == 403
    assert "Vertrouwelijke indruk" not in page.goto(url + "/gesprekken/").text()
    assert page.goto(url + "/rapporten/versies/1").status == 403
    assert page.goto(url + "/bevindingen/").status == 403
    page.goto(url)
    assert "Maak spelregels" not in page.content()
    log_out(page)


def approve_and_open_wederhoor(page, url, screenshot):
    log_in(page, "voorzitter")
    page.goto(url + "/rapporten/versies/1")
    page.get_by_role("button", name="Goedkeuren").click()
    page.goto(url)
    press(page, "Concept naar hoor en wederhoor")
    assert state_of(page) == "Hoor en wederhoor"
    screenshot("e2e-05-wederhoor-voorzitter")
    log_out(page)


def answer_in_wederhoor(page, url, screenshot):
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(url)
    page.get_by_role("link", name="Concept bekijken en reageren").click()
    assert page.get_by_text("Maak spelregels").count() >= 1
    page.get_by_label("Feitelijke correctie").first.fill(
        "De gemeenschappelijke regeling is in 2023 gewijzigd, niet in 2022.")
    page.get_by_role("button", name="Correctie toevoegen").first.click()
    expect(page.get_by_text("Correctie toegevoegd.")).to_be_visible()
    assert_accessible(page)
    screenshot("e2e-06-wederhoor-directeur")
    page.get_by_role("link", name="Reactie indienen").first.click()
    page.get_by_role("button", name="Ja, reactie definitief indienen").click()
    log_out(page)


def process_and_adopt(page, url):
    log_in(page, "secretaris")
    page.goto(url + "/wederhoor/")
    page.get_by_label("Overgenomen", exact=True).first.check()
    page.get_by_role("button", name="Besluit opslaan").first.click()
    log_out(page)
    log_in(page, "voorzitter")
    page.goto(url)
    press(page, "Rapport vaststellen")
    assert state_of(page) == "Vastgesteld"
    log_out(page)


def record_treatment_and_publish(page, url, screenshot):
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(url)
    assert "nog niet mogelijk" in page.locator(".panel").inner_text()
    page.get_by_role("link", name="Bestuurlijke behandeling vastleggen").click()
    page.get_by_label("Behandeld in het Dagelijks Bestuur op").fill(local_today().isoformat())
    page.get_by_label("Behandeld in het Algemeen Bestuur op").fill(local_today().isoformat())
    page.get_by_role("button", name="Opslaan").click()
    page.goto(url)
    press(page, "Rapport publiceren")
    assert state_of(page) == "Gepubliceerd"
    assert page.goto(url + "/rapporten/versies/1").status == 200
    assert_accessible(page)
    screenshot("e2e-07-gepubliceerd")
