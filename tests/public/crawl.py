"""Walk every public page and file as an anonymous visitor would, from the sitemap and links."""
import io
import re
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.etree import ElementTree

from pypdf import PdfReader

from visitatie.public.queries import STANDEN

PUBLIC_PREFIXES = ("/openbaar", "/sitemap.xml", "/robots.txt")
START = ["/", "/openbaar", "/sitemap.xml", "/robots.txt", "/openbaar/data",
         "/openbaar/data/overzicht.json", "/openbaar/data/overzicht.csv",
         "/openbaar/data/overzicht.schema.json", "/openbaar/data/publicaties.atom",
         *[f"/openbaar?stand={stand}" for stand in STANDEN],
         "/openbaar?provincie=Utrecht", "/openbaar?q=omgevingsdienst"]
LINK = re.compile(r'(?:href|src)="([^"]+)"')
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass
class Page:
    url: str
    status: int
    text: str


def crawl(client, limit: int = 400) -> dict[str, Page]:
    """Return every public URL reachable from START, the sitemap and the links, with its text."""
    seen: dict[str, Page] = {}
    queue = list(START)
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        text = _text(response)
        response.close()   # a PDF holds its file open until closed
        seen[url] = Page(url, response.status_code, text)
        assert response.status_code in (200, 302), f"{url}: {response.status_code}"
        queue.extend(u for u in _links(url, text, response.mimetype) if u not in seen)
    return seen


def _text(response) -> str:
    if response.mimetype == "application/pdf":
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.data)).pages)
    return response.get_data(as_text=True)


def _links(url: str, text: str, mimetype: str) -> list[str]:
    if url == "/sitemap.xml":
        root = ElementTree.fromstring(text)
        found = [loc.text for loc in root.iter(f"{SITEMAP}loc")]
    elif mimetype == "text/html":
        found = LINK.findall(text)
    else:
        return []
    return [path for path in (_local(u) for u in found) if path]


def _local(url: str) -> str | None:
    """Return the path (and query) of a link on this site under a public prefix."""
    parts = urlsplit(url.replace("&amp;", "&"))
    if parts.netloc not in ("", "visitatie.test") or not parts.path.startswith(PUBLIC_PREFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")
