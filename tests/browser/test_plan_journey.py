"""One verbeterplan from concept to afgerond in Chromium, as the people who make it.

A visitatie of Omgevingsdienst IJsselland is taken to a vastgesteld report with three
aanbevelingen (the steps of test_lifecycle_journey, for a dienst of its own, so that both
journeys can share one live database). Then the dienst's directeur writes the plan, the
beheerder sends it back, the voorzitter accepts it, the directeur records the bestuur's
adoption, publishes it, reports progress (one actie stopped with its reason), closes the
last actie and finishes the plan. At each step the test checks what that person sees, and at
the end that the directeur of another dienst gets 403 on every page and file of the plan.
"""
import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from babel.dates import format_date

from tests.browser.test_journeys import assert_accessible, log_in
from tests.clock import month_day, visit_days
from tests.browser.test_lifecycle_journey import log_in_as, log_out, press, state_of
from visitatie.kernstukken.demo import minimal_pdf
from visitatie.verbeterplannen.voortgang_periods import add_months
from visitatie.core.dates import local_today

DIENST = "Omgevingsdienst IJsselland"
DIRECTEUR_EMAIL = "directeur.ijsselland@test.nl"
DIRECTEUR_PASSWORD = "ijsselland-verbeterplan-2027"
AANBEVELINGEN = (
    "Leg de spelregels tussen eigenaarsrol en opdrachtgeversrol vast (plan-e2e).",
    "Rapporteer elk kwartaal aan het Algemeen Bestuur over de uitvoering (plan-e2e).",
    "Richt een eigen juridische afdeling op (plan-e2e).",
)
SPELREGELS = "Spelregels eigenaar en opdrachtgever vastleggen"
KWARTAAL = "Kwartaalrapportage aan het AB invoeren"
TERUG = "Aanbeveling 2: geef bij de kwartaalrapportage aan waaraan u ziet dat die werkt."
STOP_REDEN = "Het AB besloot tot één jaarrapportage; de kwartaalrapportage vervalt."


def test_a_verbeterplan_from_concept_to_afgerond(page, screenshot, live_app, console_links):
    visitatie_url = vastgesteld_report(page, console_links)
    plan_url = write_and_submit(page, visitatie_url, screenshot)
    send_back_and_revise(page, visitatie_url, plan_url, screenshot)
    accept_and_adopt(page, plan_url, screenshot)
    publish_and_start(page, plan_url, screenshot)
    report_url = report_progress(page, plan_url, screenshot)
    six_months_pass(live_app, plan_url)
    report_progress_again(page, plan_url, screenshot)
    files = close_acties_and_finish(page, plan_url, screenshot)
    another_directeur_is_refused(page, plan_url, report_url, *files)


# --- the visitatie, up to a vastgesteld report ----------------------------------------------

def vastgesteld_report(page, console_links) -> str:
    url = plan_visitatie(page)
    invite_directeur(page, console_links)
    log_in(page, "secretaris")
    page.goto(url)
    press(page, "Voorbereiding starten")
    log_out(page)
    deliver_kernstukken(page, url)
    hold_the_visit(page, url)
    log_in(page, "voorzitter")
    page.goto(url + "/rapporten/versies/1")
    page.get_by_role("button", name="Goedkeuren").click()
    page.goto(url)
    press(page, "Concept naar hoor en wederhoor")
    log_out(page)
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(url)
    page.get_by_role("link", name="Concept bekijken en reageren").click()
    page.get_by_role("link", name="Reactie indienen").first.click()
    page.get_by_role("button", name="Ja, reactie definitief indienen").click()
    log_out(page)
    log_in(page, "voorzitter")
    page.goto(url)
    press(page, "Rapport vaststellen")
    assert state_of(page) == "Vastgesteld"
    log_out(page)
    return url


def plan_visitatie(page) -> str:
    log_in(page, "beheerder")
    page.goto("/visitaties/nieuw?ronde=2")
    page.get_by_label("Omgevingsdienst").select_option(label=DIENST)
    first, second = visit_days(weeks=16)
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
    page.get_by_role("link", name=f"{DIENST}, Ronde 2 (vanaf 2025)").first.click()
    assert state_of(page) == "Gepland"
    return path_of(page)


def invite_directeur(page, console_links):
    page.goto("/beheer/gebruikers/nieuw")
    page.get_by_label("Naam").fill("Directeur IJsselland")
    page.get_by_label("E-mailadres").fill(DIRECTEUR_EMAIL)
    page.get_by_label("Werkzaam bij").select_option(label=DIENST)
    page.get_by_role("button", name="Gebruiker aanmaken").click()
    page.get_by_label("Rol", exact=True).select_option("directeur")
    page.get_by_label("Dienst (voor directeur en contactpersoon)").select_option(label=DIENST)
    page.get_by_role("button", name="Rol toekennen").click()
    page.goto("/beheer/e-mail/")
    page.get_by_role("row").filter(has_text=DIRECTEUR_EMAIL).filter(
        has_text="Uw account voor Visitaties").first.get_by_role("link").click()
    expect(page.locator("pre")).to_contain_text("[link alleen zichtbaar voor de ontvanger]")
    link = console_links.last_for(DIRECTEUR_EMAIL)  # the outbox never shows it
    log_out(page)
    page.goto(link)
    page.get_by_label("Nieuw wachtwoord", exact=True).fill(DIRECTEUR_PASSWORD)
    page.get_by_label("Herhaal het nieuwe wachtwoord").fill(DIRECTEUR_PASSWORD)
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    page.wait_for_url("**/inloggen")


def deliver_kernstukken(page, url):
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(url + "/kernstukken/")
    uploads = page.get_by_role("link", name=re.compile(r"^Uploaden"))
    for index in range(uploads.count()):
        page.get_by_role("link", name=re.compile(r"^Uploaden")).first.click()
        page.get_by_label("Bestand").set_input_files(files=[pdf(f"kernstuk-{index + 1}.pdf")])
        page.get_by_role("button", name="Uploaden").click()
    page.goto(url)
    press(page, "Kernstukken indienen")
    log_out(page)


def hold_the_visit(page, url):
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
        page.get_by_label("Deelnemers").fill("de heer B. de Vries; directeur; OD IJsselland")
        page.get_by_role("button", name="Opslaan").click()
    while page.get_by_role("button", name="Markeer als gehouden").count():
        page.get_by_role("button", name="Markeer als gehouden").first.click()
    for tekst in AANBEVELINGEN:
        page.goto(url + "/bevindingen/nieuw")
        page.get_by_label("Soort").select_option("aanbeveling")
        page.get_by_label("Tekst").fill(tekst)
        page.get_by_label("2 Bestuurlijk-ambtelijk samenspel").check()
        page.get_by_role("button", name="Opslaan").click()
    page.goto(url)
    press(page, "Bezoek afronden")
    page.get_by_role("button", name="Conceptrapport maken uit de bevindingen").click()
    page.get_by_role("button", name="Ter review aanbieden").click()
    log_out(page)


# --- the verbeterplan ----------------------------------------------------------------------

def write_and_submit(page, visitatie_url, screenshot) -> str:
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(visitatie_url)
    section = page.get_by_role("region", name="Verbeterplan")
    assert "Stel het verbeterplan op" in section.inner_text()
    section.get_by_role("button", name="Verbeterplan opstellen").click()
    assert flash(page).startswith("Het verbeterplan is aangemaakt.")
    assert state_of(page) == "Concept"
    plan_url = path_of(page)
    expect(next_step(page).get_by_role("button")).to_have_count(0)
    assert "Verbeterplan indienen — nog niet mogelijk: Aanbeveling 1, 2 en 3 hebben nog geen " \
           "actie en ook geen motivering" in next_step(page).inner_text()
    expect(page.get_by_text("nog zonder actie of motivering")).to_have_count(3)
    assert_accessible(page)
    screenshot("plan-01-concept")

    page.get_by_role("link", name="Actie toevoegen bij aanbeveling 1").click()
    page.get_by_role("button", name="Opslaan").click()  # nothing filled in
    assert "Vul de titel van de actie in." in page.get_by_role("alert").inner_text()
    assert page.get_by_label(re.compile(r"^1\. Leg de spelregels")).is_checked()
    assert_accessible(page)
    screenshot("plan-02-actie-fouten")
    fill_actie(page, SPELREGELS, "Mevrouw C. Bakker", "Bestuurssecretaris",
               month_day(7, 28).isoformat())
    assert flash(page) == f"Actie ‘{SPELREGELS}’ toegevoegd."
    assert "nog niet mogelijk: Aanbeveling 2 en 3 hebben nog geen actie" in \
        next_step(page).inner_text()

    page.get_by_role("link", name=re.compile(r"Niet overnemen.*aanbeveling 3")).click()
    page.get_by_label("Motivering").fill(
        "Juridische capaciteit delen we met de provincie Overijssel; een eigen afdeling is "
        "voor een dienst van onze omvang niet doelmatig.")
    page.get_by_role("button", name="Opslaan").click()
    assert flash(page) == "Aanbeveling 3 staat op ‘niet overgenomen’."
    assert "nog niet mogelijk: Aanbeveling 2 heeft nog geen actie en ook geen motivering " \
           "waarom die niet wordt overgenomen." in next_step(page).inner_text()

    page.get_by_role("link", name="Actie toevoegen bij aanbeveling 2").click()
    fill_actie(page, KWARTAAL, "De heer D. Smit", "Controller", month_day(4, 28).isoformat())
    expect(page.get_by_text("nog zonder actie of motivering")).to_have_count(0)
    assert "nog niet mogelijk" not in next_step(page).inner_text()
    press(page, "Verbeterplan indienen")
    assert state_of(page) == "Ingediend"
    expect(next_step(page)).to_have_count(0)  # the reviewers' turn
    expect(page.get_by_role("link", name=re.compile("^Actie toevoegen"))).to_have_count(0)
    screenshot("plan-03-ingediend")
    log_out(page)
    return plan_url


def send_back_and_revise(page, visitatie_url, plan_url, screenshot):
    log_in(page, "beheerder")
    page.goto(visitatie_url)
    expect(page.get_by_role("region", name="Verbeterplan").get_by_role(
        "link", name="Verbeterplan bekijken")).to_have_count(1)
    follow_notification(page, "Het verbeterplan is ingediend ter beoordeling")
    assert path_of(page) == plan_url
    assert state_of(page) == "Ingediend"
    expect(next_step(page).get_by_role("button", name="Verbeterplan accepteren")).to_have_count(1)
    press_refused(page, "Terugsturen naar de dienst",
                  "Schrijf in de opmerking wat de dienst moet aanpassen.")
    assert state_of(page) == "Ingediend"
    assert_accessible(page)
    screenshot("plan-04-terugsturen-geweigerd")
    next_step(page).get_by_label("Opmerking bij ‘Terugsturen naar de dienst’").fill(TERUG)
    press(page, "Terugsturen naar de dienst")
    assert state_of(page) == "Teruggestuurd"
    log_out(page)

    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    follow_notification(page, "Het verbeterplan is teruggestuurd")
    assert state_of(page) == "Teruggestuurd"
    assert TERUG in page.get_by_role("region", name="Tijdlijn").inner_text()
    page.get_by_role("region", name="Alle acties").get_by_role("link", name=KWARTAAL).click()
    page.get_by_role("link", name="Actie bewerken").click()
    page.get_by_label("Indicator of beoogd resultaat").fill(
        "Elk kwartaal staat de rapportage op de agenda van het AB.")
    page.get_by_role("button", name="Opslaan").click()
    assert flash(page) == "Wijziging opgeslagen."
    expect(page.get_by_text("Elk kwartaal staat de rapportage op de agenda")).to_be_visible()
    page.goto(plan_url)
    press(page, "Verbeterplan indienen")
    assert state_of(page) == "Ingediend"
    log_out(page)


def accept_and_adopt(page, plan_url, screenshot):
    log_in(page, "voorzitter")
    page.goto(plan_url)
    press(page, "Verbeterplan accepteren")
    assert state_of(page) == "Geaccepteerd"
    expect(next_step(page)).to_have_count(0)  # adoption is the dienst's step
    log_out(page)

    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(plan_url)
    assert "Leg de datum van vaststelling door het bestuur vast" in next_step(page).inner_text()
    next_step(page).get_by_role("link", name="Vaststelling vastleggen").click()
    page.get_by_role("button", name="Verbeterplan vaststellen").click()  # nothing filled in
    problems = page.get_by_role("alert").inner_text()
    assert "Vul de datum van vaststelling in." in problems
    assert "Kies het besluit om te uploaden." in problems
    assert_accessible(page)
    screenshot("plan-05-vaststellen-fouten")
    fill_adoption(page, local_today() + timedelta(days=7))
    assert "De datum van vaststelling ligt in de toekomst." in \
        page.get_by_role("alert").inner_text()
    fill_adoption(page, local_today() - timedelta(days=1))
    assert flash(page) == "Het verbeterplan is vastgesteld."
    assert state_of(page) == "Vastgesteld"
    assert "door het Algemeen Bestuur" in page.locator(".facts").first.inner_text()
    besluit = page.get_by_role("link", name="besluit-ab.pdf")
    response = page.request.get(besluit.get_attribute("href"))
    assert response.status == 200
    assert response.body().startswith(b"%PDF")
    assert "attachment" in response.headers["content-disposition"]
    log_out(page)


def publish_and_start(page, plan_url, screenshot):
    log_in_as(page, DIRECTEUR_EMAIL, DIRECTEUR_PASSWORD)
    page.goto(plan_url)
    press(page, "Verbeterplan publiceren")
    assert state_of(page) == "Gepubliceerd"
    progress = page.get_by_role("region", name="Voortgangsrapportages").inner_text()
    assert f"Periode 1, uiterlijk {long_date(add_months(local_today(), 6))}" in progress
    assert "nog geen rapportage ingediend" in progress
    screenshot("plan-06-gepubliceerd")
    press(page, "Uitvoering starten")
    assert state_of(page) == "In uitvoering"
    assert "Verbeterplan afronden — nog niet mogelijk: 2 acties zijn nog niet gerealiseerd " \
           "of gestopt." in next_step(page).inner_text()


def report_progress(page, plan_url, screenshot) -> str:
    """Write the first report (still logged in as the directeur); return its address."""
    page.get_by_role("link", name="Voortgangsrapportage schrijven").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith(
        "Voortgangsrapportage periode 1")
    line(page, SPELREGELS).get_by_label("Status").select_option("loopt")
    line(page, SPELREGELS).get_by_label("Toelichting").fill("Concept besproken in het DB.")
    page.get_by_role("button", name="Opslaan als concept").click()
    assert flash(page) == "De voortgangsrapportage is als concept opgeslagen."
    assert line(page, SPELREGELS).get_by_label("Toelichting").input_value() == \
        "Concept besproken in het DB."
    line(page, KWARTAAL).get_by_label("Status").select_option("gestopt")
    page.get_by_role("button", name="Opslaan en indienen").click()  # no reason, no reflection
    problems = page.get_by_role("alert").inner_text()
    assert "Vul de algemene reflectie in" in problems
    assert f"Geef bij de actie „{KWARTAAL}” aan waarom die is gestopt." in problems
    assert line(page, KWARTAAL).get_by_label("Status").input_value() == "gestopt"
    assert_accessible(page)
    screenshot("plan-07-voortgang-fouten")
    line(page, KWARTAAL).get_by_label("Toelichting").fill(STOP_REDEN)
    page.get_by_label("Algemene reflectie").fill(
        "De spelregels liggen op schema; de kwartaalrapportage is op verzoek van het AB gestopt.")
    page.get_by_role("button", name="Opslaan en indienen").click()
    assert flash(page) == "De voortgangsrapportage is ingediend."
    expect(page.get_by_role("row", name=f"{KWARTAAL} Gestopt {STOP_REDEN}")).to_have_count(1)
    expect(page.get_by_role("row", name=f"{SPELREGELS} Loopt")).to_have_count(1)
    assert_accessible(page)
    screenshot("plan-08-voortgang-1")
    report_url = path_of(page)

    # The second report: its period starts six months after publication, so today it is
    # offered with the date from which it can be written, and writing it now is refused.
    page.get_by_role("link", name="Voortgangsrapportages", exact=True).click()
    start_2 = long_date(add_months(local_today(), 6))
    overview = page.locator("main").inner_text()
    assert f"Periode 2, uiterlijk {long_date(add_months(local_today(), 12))}" in overview
    assert f"De rapportage over periode 2 kunt u schrijven vanaf {start_2}." in overview
    expect(page.get_by_role("rowheader", name="Periode 1")).to_have_count(1)
    page.goto(plan_url + "/voortgang/schrijven")
    assert page.get_by_role("alert").inner_text() == \
        f"De voortgangsrapportage over periode 2 kunt u schrijven vanaf {start_2}."
    return report_url


def six_months_pass(live_app, plan_url):
    """Move the publication date back half a year, as if the plan was published earlier."""
    from visitatie.extensions import db
    from visitatie.verbeterplannen.models import Verbeterplan

    with live_app.app_context():
        plan = db.session.get(Verbeterplan, int(plan_url.rstrip("/").split("/")[-1]))
        plan.gepubliceerd_at -= timedelta(days=184)
        db.session.commit()


def report_progress_again(page, plan_url, screenshot):
    """The second report, once its period has started; the first stays readable."""
    page.goto(plan_url)
    page.get_by_role("link", name="Voortgangsrapportage schrijven").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith(
        "Voortgangsrapportage periode 2")
    line(page, SPELREGELS).get_by_label("Status").select_option("loopt")
    line(page, SPELREGELS).get_by_label("Toelichting").fill(
        "Spelregels in concept vastgesteld door het DB; AB volgt.")
    page.get_by_label("Algemene reflectie").fill("Tweede halfjaar: op schema.")
    page.get_by_role("button", name="Opslaan en indienen").click()
    assert flash(page) == "De voortgangsrapportage is ingediend."
    page.get_by_role("link", name="Voortgangsrapportages", exact=True).click()
    expect(page.get_by_role("rowheader", name="Periode 1")).to_have_count(1)
    expect(page.get_by_role("rowheader", name="Periode 2")).to_have_count(1)
    screenshot("plan-08b-voortgang-2")


def close_acties_and_finish(page, plan_url, screenshot) -> tuple[str, str, str]:
    """Close the last open actie and finish the plan (still the directeur); return the
    addresses of the actie page, its evidence file and the decision document."""
    page.goto(plan_url)
    assert "nog niet mogelijk: Eén actie is nog niet gerealiseerd of gestopt." in \
        next_step(page).inner_text()
    page.get_by_role("region", name="Alle acties").get_by_role("link", name=KWARTAAL).click()
    assert page.locator(".facts").inner_text().count(STOP_REDEN) == 1
    expect(page.get_by_text("Deze actie is afgesloten; de status verandert niet meer.")) \
        .to_be_visible()
    expect(page.get_by_role("button", name="Status opslaan")).to_have_count(0)

    page.goto(plan_url)
    page.get_by_role("region", name="Alle acties").get_by_role("link", name=SPELREGELS).click()
    page.get_by_label("Bewijsstuk", exact=True).set_input_files(files=[pdf("spelregels-ab.pdf")])
    page.get_by_role("button", name="Bewijsstuk uploaden").click()
    assert flash(page) == "spelregels-ab.pdf is opgeslagen als bewijsstuk."
    actie_url = path_of(page)
    bewijs = page.get_by_role("link", name="spelregels-ab.pdf").get_attribute("href")
    page.get_by_label("Nieuwe status").select_option("gestopt")
    page.get_by_role("button", name="Status opslaan").click()  # stopped without a reason
    assert "Geef de reden waarom de actie is gestopt." in page.get_by_role("alert").inner_text()
    page.get_by_label("Nieuwe status").select_option("gerealiseerd")
    page.get_by_label("Toelichting").fill("Spelregels vastgesteld door het AB.")
    page.get_by_role("button", name="Status opslaan").click()
    assert flash(page) == "Status van de actie gewijzigd."
    expect(page.get_by_role("row", name=re.compile("Loopt Gerealiseerd Directeur IJsselland "
                                                   "Spelregels vastgesteld"))).to_have_count(1)
    assert_accessible(page)
    screenshot("plan-09-actie-gerealiseerd")

    page.goto(plan_url)
    press(page, "Verbeterplan afronden")
    assert state_of(page) == "Afgerond"
    expect(next_step(page)).to_have_count(0)
    expect(page.get_by_role("link", name="Voortgangsrapportage schrijven")).to_have_count(0)
    assert_accessible(page)
    screenshot("plan-10-afgerond")
    besluit = page.get_by_role("link", name="besluit-ab.pdf").get_attribute("href")
    log_out(page)
    return actie_url, bewijs, besluit


def another_directeur_is_refused(page, plan_url, report_url, actie_url, bewijs, besluit):
    """The directeur of OD Twente gets 403 on every page and file of IJsselland's plan."""
    log_in(page, "directeur")
    response = page.goto(plan_url)
    assert response.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "Geen toegang"
    assert DIENST not in page.content()
    for url in (actie_url, plan_url + "/vaststellen", plan_url + "/voortgang/", report_url):
        assert page.goto(url).status == 403, url
    for url in (besluit, bewijs):
        response = page.request.get(url)
        assert response.status == 403, url
        assert not response.body().startswith(b"%PDF")
    log_out(page)


# --- helpers -------------------------------------------------------------------------------

def path_of(page) -> str:
    return re.sub(r"^https?://[^/]+", "", page.url)


def pdf(name: str) -> dict:
    return {"name": name, "mimeType": "application/pdf",
            "buffer": minimal_pdf([f"{name} (verbeterplan e2e)"])}


def flash(page) -> str:
    return page.get_by_role("status").first.inner_text()


def next_step(page):
    return page.get_by_role("region", name="Volgende stap")


def follow_notification(page, text: str):
    page.get_by_role("link", name="Meldingen").click()
    page.get_by_role("row").filter(has_text=DIENST).filter(has_text=text).first.get_by_role(
        "link", name=text).click()


def press_refused(page, step: str, message: str):
    next_step(page).get_by_role("button", name=step).click()
    refusal = next_step(page).get_by_role("alert").inner_text()
    assert refusal.startswith("Dit kan nog niet") and message in refusal


def fill_actie(page, titel: str, eigenaar: str, functie: str, gereed: str):
    page.get_by_label("Titel").fill(titel)
    page.get_by_label("Eigenaar (naam)").fill(eigenaar)
    page.get_by_label("Functie van de eigenaar").fill(functie)
    page.get_by_label("Middelen").fill("40 uur van de bestuurssecretaris.")
    page.get_by_label("Gereed op (gepland)").fill(gereed)
    page.get_by_role("button", name="Opslaan").click()


def fill_adoption(page, day: date):
    page.get_by_label("Vastgesteld op").fill(day.isoformat())
    page.get_by_label("Algemeen Bestuur").check()
    page.get_by_label("Besluit", exact=True).set_input_files(files=[pdf("besluit-ab.pdf")])
    page.get_by_role("button", name="Verbeterplan vaststellen").click()


def line(page, titel: str):
    return page.locator("fieldset.voortgang-regel", has_text=titel)


def long_date(day: date) -> str:
    return format_date(day, "long", locale="nl")
