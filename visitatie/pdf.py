"""Render PDFs from templates/pdf/ with WeasyPrint and a fetcher that only serves our static files.

WeasyPrint's default fetcher would open any URL a document names: file:///etc/passwd, an
intranet address, a redirect. Ours answers only URLs under STATIC_BASE, read from the
application's own visitatie/static folder, and refuses everything else (file:, http(s)
elsewhere, data:, anything that leaves the folder). Templates escape all user text, so
user text cannot name a URL in the first place; the fetcher is the second wall.

WeasyPrint takes a second to import, so it is imported inside the functions.
"""
import logging
import mimetypes
import posixpath
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from flask import current_app

log = logging.getLogger(__name__)
STATIC_FOLDER = Path(__file__).resolve().parent / "static"
# A name that can never resolve: whatever is fetched under it comes from STATIC_FOLDER.
STATIC_BASE = "https://static.visitatie.invalid/static/"
PDF_OPTIONS = {"pdf_tags": True}  # tagged PDF: headings, lists and tables for screen readers


class RefusedURL(ValueError):
    """The PDF asked for a resource outside the application's static files."""


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def render_pdf(template: str, **context) -> bytes:
    """Return the PDF made from `templates/<template>` with `context`."""
    return render_pdf_document(template, **context).data


def render_pdf_document(template: str, **context) -> RenderedPdf:
    """Return the PDF made from `templates/<template>` and its page count."""
    from weasyprint import HTML

    html = current_app.jinja_env.get_template(template).render(**context)
    document = HTML(string=html, base_url=STATIC_BASE, url_fetcher=make_url_fetcher()).render()
    return RenderedPdf(document.write_pdf(**PDF_OPTIONS), len(document.pages))


def make_url_fetcher():
    """Return a WeasyPrint URL fetcher that serves only the application's static files."""
    return _fetcher_class()()


@cache
def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            body, mime_type = fetch_static(url)
            return URLFetcherResponse(url, body, {"Content-Type": mime_type})

    return StaticOnlyFetcher


def fetch_static(url: str) -> tuple[bytes, str]:
    """Return (bytes, mime type) of the static file `url` names, or raise RefusedURL."""
    path = static_path(url)
    mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return path.read_bytes(), mime_type


def static_path(url: str) -> Path:
    """Return the file under visitatie/static that `url` names, or raise RefusedURL."""
    if not url.startswith(STATIC_BASE):
        log.warning("PDF: refused to fetch %.200r", url)
        raise RefusedURL(f"Niet toegestaan in een PDF: {url[:200]}")
    parts = urlsplit(url)
    relative = unquote(parts.path)[len(urlsplit(STATIC_BASE).path):]
    normal = posixpath.normpath(relative)
    if (parts.query or "\\" in relative or "\x00" in relative or normal.startswith((".", "/"))
            or normal != relative):
        raise RefusedURL(f"Geen geldig pad: {relative[:200]}")
    path = (STATIC_FOLDER / normal).resolve()
    if not path.is_relative_to(STATIC_FOLDER) or not path.is_file():
        raise RefusedURL(f"Geen statisch bestand: {relative[:200]}")
    return path
