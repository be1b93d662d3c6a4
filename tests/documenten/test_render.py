"""The PDFs themselves, rendered from fixed data and read back with pypdf."""
import re

from tests.documenten.conftest import pdf_pages
from tests.documenten.factories import AANBEVELINGEN, SECTIONS, vastgesteld_report
from visitatie.documenten import content
from visitatie.documenten.jobs import TEMPLATES
from visitatie.pdf import render_pdf, render_pdf_document


def _render(soort, data):
    return render_pdf_document(TEMPLATES[soort], doc=data)


def _squashed(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_concept_report_has_cover_contents_footer_and_concept_mark(session, world, concept):
    rendered = _render("visitatierapport_concept", content.report_data(session, concept))
    pages = pdf_pages(rendered.data)
    n = len(pages)
    assert rendered.pages == n and n >= 6  # cover, contents, four chapters, appendix
    cover = _squashed(pages[0])
    assert "Visitatierapport" in cover and world.dienst.naam in cover
    assert world.ronde.naam in cover and "Concept, versie 1" in cover
    assert "3 maart 2026 en 4 maart 2026" in cover
    assert "Test voorzitter (voorzitter)" in cover and "Test secretaris (secretaris)" in cover
    for number, page in enumerate(pages, 1):
        assert f"pagina {number} van {n}" in page
        assert "CONCEPT" in page
    contents = _squashed(pages[1])
    assert contents.index("Inhoud") < contents.index("Inleiding")
    for i, (_key, titel, _text) in enumerate(SECTIONS, 1):
        entry = re.search(rf"{re.escape(titel)}[ .]*(\d+)", contents)
        assert entry, titel
        page_number = int(entry.group(1))  # the chapter really starts on that page
        assert f"{i}. {titel}" in _squashed(pages[page_number - 1])
    assert "Overzicht van de aanbevelingen" in contents


def test_report_lists_the_aanbevelingen_in_order_in_an_appendix(session, world, concept):
    text = _squashed(pdf_pages(render_pdf(TEMPLATES["visitatierapport_concept"],
                                          doc=content.report_data(session, concept)))[-1])
    assert "Bijlage A. Overzicht van de aanbevelingen" in text
    positions = [text.index(f"{n}. {tekst}") for n, tekst in enumerate(AANBEVELINGEN, 1)]
    assert positions == sorted(positions)
    assert "doet 3 aanbevelingen" in text


def test_final_report_has_no_concept_mark(session, world):
    versie = vastgesteld_report(session, world.visitatie)
    pages = pdf_pages(_render("visitatierapport", content.report_data(session, versie)).data)
    assert all("CONCEPT" not in page for page in pages)
    cover = _squashed(pages[0])
    assert "Definitief, versie 2" in cover and "Vastgesteld op" in cover
    assert f"pagina 1 van {len(pages)}" in pages[0]


def test_plan_shows_acties_motivations_and_latest_progress(session, world, plan):
    rendered = _render("verbeterplan", content.plan_data(session, plan))
    pages = pdf_pages(rendered.data)
    text = _squashed(" ".join(pages))
    assert "Verbeterplan" in pages[0] and world.dienst.naam in pages[0]
    assert "Vastgesteld door het algemeen bestuur op 1 juni 2026" in _squashed(pages[0])
    for entry in ("Toelichting", "Acties per aanbeveling", "Overige acties",
                  "Laatste voortgangsrapportage"):
        assert entry in pages[1]
    assert text.index("Aanbeveling 1") < text.index("Aanbeveling 2") < text.index(
        "Aanbeveling 3")
    assert "Spelregels opstellen" in text and "Petra Bakker, directeur" in text
    assert "1 september 2026" in text and "loopt" in text
    assert "Niet overgenomen. Motivering:" in text and "Het OM is hierover al in gesprek." in text
    assert "Nog geen acties bij deze aanbeveling." in text
    assert "Intranet vernieuwen" in text  # an actie without aanbeveling
    assert "periode 1, ingediend op 2 december 2026" in text
    assert "Eerste concept besproken." in text
    assert f"pagina {len(pages)} van {len(pages)}" in pages[-1]
