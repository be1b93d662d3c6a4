"""The Rode draden of ronde 2 in Chromium, from coding the findings to the public edition.

The auteur confirms and rejects theme suggestions, recodes a finding and reads its code
history, reads the themamatrix and one theme's findings, and writes a NEW edition of its own
(the demo edition and the visitaties the other journeys work on are left alone). The
klankbordgroep comments, the auteur processes the comment and closes the round, the bestuur
adopts the edition, the beheerder publishes it, and an anonymous visitor reads version 1,
whose chapters give counts but never name a dienst.
"""
import re

from playwright.sync_api import expect
from datetime import timedelta

from tests.browser.test_journeys import assert_accessible, log_in
from tests.browser.test_lifecycle_journey import log_out
from visitatie.core.dates import local_today
from visitatie.reference.data import DIENSTEN_RONDE_1, MERGERS

RONDE = "Ronde 2 (vanaf 2025)"
TITEL = "Rode draden ronde 2 (journey)"
INLEIDING = "Deze editie bundelt de rode draden uit de tweede ronde (journey)."
CONCLUSIES = "De diensten werken steeds meer samen; sturing op effect blijft achter (journey)."
OPMERKING = "Kunt u bij dit hoofdstuk ook de rol van de provincie noemen? (journey)"
REDEN = "Dat valt buiten de visitaties van deze ronde; de provincie is geen onderwerp (journey)."
OTHER_JOURNEYS = "Omgevingsdienst Twente"  # test_journeys works on its visitatie
RECODE_THEMA = "6.2 Borgen van capaciteit en continuïteit"
DIENST_NAMEN = [naam for _slug, naam, *_rest in DIENSTEN_RONDE_1] + [m["naam"] for m in MERGERS]
KORTE_NAMEN = [kort for _slug, _naam, kort, *_rest in DIENSTEN_RONDE_1] + [
    m["korte_naam"] for m in MERGERS]


def test_rode_draden_from_coding_to_the_public_edition(page, screenshot):
    auteur_sees_the_rode_draden_section(page)
    confirm_and_reject_suggestions(page)
    recode_a_finding(page)
    read_the_matrix(page, screenshot)
    url, chapters = write_an_edition(page, screenshot)
    klankbord_comments(page, url)
    process_the_comment_and_close_the_round(page, url)
    bestuur_adopts(page, url)
    beheerder_publishes(page, url)
    the_public_reads_version_1(page, chapters, screenshot)


# --- coding ----------------------------------------------------------------------------------

def auteur_sees_the_rode_draden_section(page):
    log_in(page, "auteur")
    card = rode_draden_card(page)
    for name in ("Themamatrix", "Bevindingen coderen", "Themasuggesties",
                 "Edities van de Rode draden-rapportage"):
        expect(card.get_by_role("link", name=name), message=name).to_have_count(1)
    assert_accessible(page)


def to_werkruimte(page):
    main_menu(page).get_by_role("link", name="Werkruimte").click()


def main_menu(page):
    return page.get_by_role("navigation", name="Hoofdmenu")


def rode_draden_card(page):
    section = page.get_by_role("region", name="Rode draden", exact=True)
    return section.get_by_role("listitem").filter(
        has=page.get_by_role("heading", name=RONDE))


def confirm_and_reject_suggestions(page):
    rode_draden_card(page).get_by_role("link", name="Themasuggesties").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Themasuggesties")
    assert_accessible(page)
    with_suggestions = page.locator("section[id^=bevinding-]").filter(
        has=page.locator("table")).filter(has_not_text=OTHER_JOURNEYS)
    assert with_suggestions.count() >= 2
    confirmed, rejected = (finding_on_page(with_suggestions.nth(i)) for i in (0, 1))

    decide(page, confirmed, "Bevestigen")
    assert page.get_by_role("status").first.inner_text().startswith(
        f"Thema ‘{confirmed['thema']}’ toegekend")
    expect(page.locator(f"#{confirmed['id']}")).to_have_count(0)  # coded: no longer in the list

    decide(page, rejected, "Afwijzen")
    assert "afgewezen" in page.get_by_role("status").first.inner_text()
    still_uncoded = page.locator(f"#{rejected['id']}")
    expect(still_uncoded).to_have_count(1)
    expect(still_uncoded.get_by_role(
        "button", name=suggestion_button("Bevestigen", rejected["thema"]))).to_have_count(0)
    expect(still_uncoded.get_by_role("rowheader", name=rejected["thema"], exact=True)).to_have_count(0)

    to_werkruimte(page)
    rode_draden_card(page).get_by_role("link", name="Bevindingen coderen").click()
    row = coding_row(page, confirmed["dienst"], confirmed["tekst"])
    assert confirmed["thema"] in row.get_by_role("cell").nth(2).inner_text()


def finding_on_page(section) -> dict:
    """The id, dienst, text and first suggested theme of a finding on the suggestions page."""
    heading = section.get_by_role("heading", level=3).inner_text()
    return {"id": section.get_attribute("id"), "dienst": heading.split(" — ")[-1],
            "tekst": section.locator("p.platte-tekst").inner_text(),
            "thema": section.get_by_role("rowheader").first.inner_text()}


def decide(page, finding, button):
    page.locator(f"#{finding['id']}").get_by_role(
        "button", name=suggestion_button(button, finding["thema"])).click()


def suggestion_button(button, thema):
    """"Bevestigen: 4.1 ..." (the theme is visually hidden, so the name gets a space)."""
    return re.compile(rf"^{button}\s*: {re.escape(thema)}$")


def coding_row(page, dienst, tekst):
    """The row of one finding on "Bevindingen coderen", after filtering on its dienst."""
    page.get_by_label("Omgevingsdienst").select_option(label=dienst)
    page.get_by_label("Alleen nog niet gecodeerd").set_checked(False)
    page.get_by_role("button", name="Filteren").click()
    row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name=tekst, exact=True))
    expect(row).to_have_count(1)
    return row


def recode_a_finding(page):
    page.get_by_label("Omgevingsdienst").select_option(label="Alle diensten")
    page.get_by_label("Alleen nog niet gecodeerd").check()
    page.get_by_role("button", name="Filteren").click()
    page.wait_for_url(re.compile(r"ongecodeerd="))
    assert_accessible(page)
    first = page.get_by_role("row").filter(has=page.get_by_role("rowheader")).filter(
        has_not=page.get_by_role("cell", name="ODT", exact=True)).first
    assert "nog niet gecodeerd" in first.inner_text()
    tekst = first.get_by_role("rowheader").inner_text()
    first.get_by_role("link", name=re.compile(r"^Coderen")).click()

    assert page.get_by_role("heading", level=1).inner_text() == "Thema's kiezen"
    dienst = page.locator("dl.facts").get_by_role("definition").first.inner_text()
    page.get_by_label(RECODE_THEMA, exact=True).check()
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_role("status").first.inner_text() == \
        "De thema's van de bevinding zijn opgeslagen."
    assert page.get_by_label("Alleen nog niet gecodeerd").is_checked()  # back to the list

    row = coding_row(page, dienst, tekst)
    assert RECODE_THEMA in row.inner_text()
    row.get_by_role("link", name=re.compile(r"^Geschiedenis")).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Codegeschiedenis"
    change = page.get_by_role("table", name="Wijzigingen van de thema's van deze bevinding") \
        .get_by_role("row").filter(has=page.get_by_role("rowheader", name=RECODE_THEMA))
    expect(change).to_have_count(1)
    assert "Demo Auteur" in change.inner_text()
    assert_accessible(page)


# --- the matrix ------------------------------------------------------------------------------

def read_the_matrix(page, screenshot):
    to_werkruimte(page)
    rode_draden_card(page).get_by_role("link", name="Themamatrix").click()
    table = page.get_by_role("table", name=re.compile(r"^Gecodeerde bevindingen per thema"))
    expect(table).to_have_count(1)
    first_row = table.get_by_role("row").nth(1)
    numbers = [c.inner_text().split(" ")[0] for c in first_row.get_by_role("cell").all()]
    assert any(n.isdigit() and int(n) > 0 for n in numbers)
    assert_accessible(page)
    screenshot("rd-01-themamatrix")
    table.get_by_role("link", name="4 Ketensamenwerking").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("4 Ketensamenwerking")
    share = page.locator(".share-lead").inner_text()
    assert re.match(r"^Bij \d+ van \d+ diensten", share), share
    assert_accessible(page)


# --- the edition -----------------------------------------------------------------------------

def write_an_edition(page, screenshot) -> tuple[str, list[str]]:
    main_menu(page).get_by_role("link", name="Rode draden").click()
    page.get_by_role("link", name="Nieuwe editie").click()
    page.get_by_label("Ronde", exact=True).select_option(label=RONDE)
    page.get_by_label("Editie van de ronde").check()
    page.get_by_label("Titel").fill(TITEL)
    page.get_by_role("button", name="Editie aanmaken").click()
    assert re.match(rf"^De rapportage ‘{re.escape(TITEL)}’ is aangemaakt met \d+ hoofdstukken",
                    page.get_by_role("status").first.inner_text())
    assert page.get_by_role("heading", level=1).inner_text().startswith(TITEL)
    url = re.sub(r"^https?://[^/]+", "", page.url)
    screenshot("rd-02-editie")

    toc = page.get_by_role("table", name=re.compile(r"^Hoofdstukken per thema"))
    chapters = [name for name in toc.get_by_role("link").all_inner_texts()
                if re.match(r"^\d+ ", name)]  # main chapters: codes without a dot
    assert len(chapters) >= 5
    assert "(mag leeg blijven)" in toc.get_by_role("row").filter(
        has=page.get_by_role("link", name="4.2 Ketentoezicht")).inner_text()
    assert "mag leeg" not in toc.get_by_role("row").filter(
        has=page.get_by_role("link", name="4 Ketensamenwerking")).inner_text()
    for index, chapter in enumerate(chapters):
        page.get_by_role("link", name=chapter, exact=True).click()
        if index == 0:
            check_the_material_beside_the_editor(page, screenshot)
        page.get_by_label("Tekst van het hoofdstuk").fill(
            f"Wat de commissies over ‘{chapter}’ zagen, zonder diensten te noemen (journey).")
        page.get_by_role("button", name="Opslaan").click()
        assert page.get_by_role("status").first.inner_text().startswith("Hoofdstuk")
        page.get_by_role("link", name="Terug naar de inhoud").click()

    page.get_by_role("link", name="Titel, inleiding en integrale conclusies bewerken").click()
    page.get_by_label("Inleiding").fill(INLEIDING)
    page.get_by_label("Integrale conclusies").fill(CONCLUSIES)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text(INLEIDING)).to_have_count(1)
    next_step = page.get_by_role("region", name="Volgende stap")
    next_step.get_by_role("button", name="Naar de klankbordgroep sturen").click()
    assert page.get_by_role("status").first.inner_text() == \
        "Fase gewijzigd: Concept → Bij de klankbordgroep."
    assert_accessible(page)
    log_out(page)
    return url, chapters


def check_the_material_beside_the_editor(page, screenshot):
    material = page.get_by_role("region", name="Materiaal bij dit thema")
    counts = material.get_by_role("table", name=re.compile(r"^Bevindingen met dit thema"))
    expect(counts).to_be_visible()
    assert re.search(r"bij \d+ van \d+ diensten", counts.inner_text())
    expect(material.get_by_role("heading", name="Bevindingen per dienst")).to_be_visible()
    expect(material.get_by_role("listitem")).to_have_count(0)     # folded per type at first
    material.locator("summary").first.click()                 # open one type's findings
    assert material.get_by_role("listitem").count() > 0
    expect(page.get_by_label("Tekst van het hoofdstuk")).to_be_visible()
    assert_accessible(page)
    screenshot("rd-03-hoofdstuk-editor")


# --- klankbord, adoption, publication --------------------------------------------------------

def open_edition(page, url):
    """Through the menu: "Rode draden", then the edition's title in the list."""
    main_menu(page).get_by_role("link", name="Rode draden").click()
    page.get_by_role("link", name=TITEL, exact=True).click()
    assert page.url.endswith(url)


def klankbord_comments(page, url):
    log_in(page, "klankbord")
    open_edition(page, url)
    assert page.get_by_text("Bij de klankbordgroep").count() >= 1
    page.get_by_role("table", name=re.compile(r"^Hoofdstukken per thema")).get_by_role(
        "link").first.click()
    expect(page.get_by_label("Tekst van het hoofdstuk")).to_have_count(0)  # reading, not writing
    page.get_by_label("Uw opmerking bij dit hoofdstuk").fill(OPMERKING)
    page.get_by_role("button", name="Opmerking plaatsen").click()
    assert page.get_by_role("status").first.inner_text() == "Uw opmerking is geplaatst."
    expect(page.get_by_text(OPMERKING)).to_have_count(1)
    assert_accessible(page)
    log_out(page)


def process_the_comment_and_close_the_round(page, url):
    log_in(page, "auteur")
    open_edition(page, url)
    row = page.get_by_role("row").filter(has=page.get_by_role("cell", name="1", exact=True))
    expect(row).to_have_count(1)  # one chapter with one open comment
    row.get_by_role("link").click()
    comment = page.get_by_role("article").filter(has_text=OPMERKING)
    assert "Nog niet verwerkt" in comment.inner_text()
    comment.get_by_label("Niet overgenomen").check()
    comment.get_by_label("Reactie van de auteurs").fill(REDEN)
    comment.get_by_role("button", name="Verwerking vastleggen").click()
    assert page.get_by_role("status").first.inner_text() == \
        "De verwerking van de opmerking is vastgelegd."
    comment = page.get_by_role("article").filter(has_text=OPMERKING)
    assert "Niet overgenomen" in comment.inner_text() and REDEN in comment.inner_text()
    page.get_by_role("link", name=TITEL).first.click()
    page.get_by_role("region", name="Volgende stap").get_by_role(
        "button", name="Klankbordronde afronden").click()
    assert page.get_by_role("status").first.inner_text() == \
        "Fase gewijzigd: Bij de klankbordgroep → Concept."
    log_out(page)


def bestuur_adopts(page, url):
    log_in(page, "bestuur")
    open_edition(page, url)
    page.get_by_role("region", name="Volgende stap").get_by_role(
        "link", name="Vaststellen (bestuur)").click()
    page.get_by_label("Vastgesteld op").fill((local_today() - timedelta(days=1)).isoformat())
    page.get_by_role("button", name="Rapportage vaststellen").click()
    assert page.get_by_role("status").first.inner_text() == "De rapportage is vastgesteld."
    assert "Vastgesteld" in page.locator("dl.facts").inner_text()
    log_out(page)


def beheerder_publishes(page, url):
    log_in(page, "beheerder")
    open_edition(page, url)
    page.get_by_role("region", name="Volgende stap").get_by_role(
        "button", name="Publiceren").click()
    assert page.get_by_role("status").first.inner_text() == \
        "Fase gewijzigd: Vastgesteld → Gepubliceerd."
    expect(page.get_by_role("link", name="versie 1")).to_have_count(1)
    log_out(page)


def the_public_reads_version_1(page, chapters, screenshot):
    main_menu(page).get_by_role("link", name="Openbaar overzicht").click()
    page.get_by_role("link", name="Alle edities van de Rode draden").click()
    page.get_by_role("link", name=TITEL, exact=True).click()
    main = page.get_by_role("main")
    assert page.get_by_role("heading", level=1).inner_text().startswith(TITEL)
    assert "Versie 1, gepubliceerd op" in main.inner_text()
    for title in chapters:  # the main chapters, each with its text and counts
        chapter = page.get_by_role("region", name=title, exact=True)
        assert "(journey)" in chapter.inner_text()
        assert re.search(r": \d+, bij \d+ van \d+ diensten", chapter.inner_text())
    expect(page.get_by_role("region", name="4.2 Ketentoezicht")).to_have_count(0)  # left empty
    text = main.inner_text()
    named = [n for n in DIENST_NAMEN if n in text] + [
        k for k in KORTE_NAMEN if re.search(rf"\b{re.escape(k)}\b", text)]
    assert named == []
    assert_accessible(page)
    screenshot("rd-04-openbare-editie")
