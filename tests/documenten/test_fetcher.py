"""The PDF renderer fetches nothing but the application's own static files."""
import pytest

from tests.documenten.conftest import pdf_pages
from tests.documenten.factories import EVIL, make_report
from visitatie import pdf
from visitatie.documenten import content
from visitatie.documenten.jobs import TEMPLATES

BAD_URLS = [
    "file:///etc/passwd",
    "http://example.com/x.css",
    "https://example.com/x.css",
    "data:text/css,body{}",
    "ftp://example.com/x",
    pdf.STATIC_BASE + "../../pdf.py",
    pdf.STATIC_BASE + "%2e%2e/pdf.py",
    pdf.STATIC_BASE + "sub/../visitatie.css",
    pdf.STATIC_BASE + "..%2f..%2fetc%2fpasswd",
    pdf.STATIC_BASE + "/etc/passwd",
    pdf.STATIC_BASE + ".hidden",
    pdf.STATIC_BASE + "visitatie.css?x=1",
    pdf.STATIC_BASE + "missing.css",
    pdf.STATIC_BASE,
    "https://static.visitatie.invalid.example.com/static/visitatie.css",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_fetcher_refuses_everything_outside_the_static_folder(url):
    with pytest.raises(pdf.RefusedURL):
        pdf.fetch_static(url)


def test_fetcher_serves_a_static_file():
    body, mime_type = pdf.fetch_static(pdf.STATIC_BASE + "visitatie.css")
    assert body == (pdf.STATIC_FOLDER / "visitatie.css").read_bytes()
    assert mime_type == "text/css"


def test_weasyprint_goes_through_the_fetcher_and_gets_refused(app, monkeypatch):
    from weasyprint import HTML

    calls, real = [], pdf.fetch_static

    def recording(url):
        calls.append(url)
        return real(url)

    monkeypatch.setattr(pdf, "fetch_static", recording)
    html = ('<link rel="stylesheet" href="visitatie.css">'
            '<link rel="stylesheet" href="http://example.com/x.css">'
            '<img src="file:///etc/passwd"><p>tekst</p>')
    data = HTML(string=html, base_url=pdf.STATIC_BASE,
                url_fetcher=pdf.make_url_fetcher()).write_pdf()
    assert data.startswith(b"%PDF")
    # WeasyPrint asked; our fetcher answered only the static file and refused the rest.
    assert pdf.STATIC_BASE + "visitatie.css" in calls
    assert "http://example.com/x.css" in calls and "file:///etc/passwd" in calls


def test_user_text_is_escaped_and_nothing_is_fetched(session, world, monkeypatch):
    calls = []
    monkeypatch.setattr(pdf, "fetch_static", lambda url: calls.append(url) or (b"", "text/css"))
    sections = (("inleiding", "Inleiding <b>vet</b>", EVIL), ("conclusie", EVIL[:60], "Klaar."))
    versie = make_report(session, world.visitatie, sections=sections)
    data = pdf.render_pdf(TEMPLATES["visitatierapport_concept"],
                          doc=content.report_data(session, versie))
    assert calls == []  # not the file, not the stylesheet, not the @import
    text = " ".join(pdf_pages(data))
    assert '<img src="file:///etc/passwd">' in text  # shown as text, not as markup
    assert "Inleiding <b>vet</b>" in text
