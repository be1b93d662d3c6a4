"""Property-based tests: hostile files through the kernstuk and the evidence upload.

Hypothesis sends real documents of every allowed kind under matching and mismatched
extensions, truncated and corrupted ones, random bytes, empty and oversized files, zip
bombs for DOCX/XLSX, and hostile file names. For every example: never a 500; a refusal
re-renders the form with a Dutch message and leaves nothing behind (no row, no audit
event, no file, no temporary file); an accepted file is complete, of the kind its
extension says, stored byte for byte, and its name is shown escaped.
"""
import hashlib
import io
import os
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.kernstukken import factories as kf
from tests.kernstukken.factories import make_kernstuk_type
from tests.verbeterplannen import factories as pf
from visitatie.audit.models import AuditEvent
from visitatie.kernstukken.models import KernstukDocument
from visitatie.uploads.validation import MIME_TYPES
from visitatie.verbeterplannen.models import ActieBewijs

EXAMPLES = int(os.environ.get("VISITATIE_HYPOTHESIS_EXAMPLES", 40))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    derandomize=os.environ.get("VISITATIE_HYPOTHESIS_RANDOM") != "1",
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])
LIMIT_MB = 0.05  # 51,200 bytes: oversized and zip-bomb examples stay small and fast
LIMIT = int(LIMIT_MB * 1024 * 1024)
MARKERS = ("<script>alert(", "<img src=x onerror=")

DOCUMENTS = {"pdf": kf.pdf_bytes(), "docx": kf.docx_bytes(), "xlsx": kf.xlsx_bytes(),
             "odt": kf.odt_bytes()}
EXTENSIONS = ("pdf", "docx", "xlsx", "odt", "PDF", "Docx", "exe", "html", "zip", "txt", "")


def _flip(data: bytes, index: int) -> bytes:
    index %= len(data)
    return data[:index] + bytes([data[index] ^ 0xFF]) + data[index + 1:]


document = st.sampled_from(sorted(DOCUMENTS)).map(DOCUMENTS.get)
contents = st.one_of(
    document,                                                           # real documents
    st.tuples(document, st.integers(1, 400)).map(lambda t: t[0][:-t[1]]),  # truncated
    st.tuples(document, st.integers(0, 10_000)).map(lambda t: _flip(*t)),  # corrupted
    st.tuples(document, st.binary(min_size=1, max_size=200)).map(b"".join),  # trailing junk
    st.binary(max_size=300),                                            # random bytes, empty
    st.binary(max_size=40).map(lambda b: b"%PDF-1.7\n" + b),            # a PDF header only
    st.binary(max_size=40).map(lambda b: b"PK\x03\x04" + b),            # a ZIP header only
    st.just(b"<html><script>alert(1)</script></html>"),
    st.integers(LIMIT + 1, LIMIT + 5000).map(lambda n: kf.pdf_bytes() + b"0" * n),  # too big
    st.sampled_from((11 * LIMIT, 50 * LIMIT)).map(kf.zip_bomb_bytes),   # DOCX zip bombs
    st.just(kf.plain_zip_bytes()),
    st.just(kf.odt_bytes(mimetype=b"application/x-evil")),
)
base_names = st.one_of(
    st.sampled_from(("Zelfevaluatie", "jaarverslag 2025", "<script>alert(1)</script>",
                     '"><img src=x onerror=alert(1)>', "../../etc/passwd", "a\\b", "..",
                     "nul\x00naam", "rtl\u202egnp", "tab\tnaam", "😀", " ", "x" * 300)),
    st.text(max_size=30),
)
names = st.tuples(base_names, st.sampled_from(EXTENSIONS)).map(
    lambda t: f"{t[0]}.{t[1]}" if t[1] else t[0])
# A real document under a name with its own extension, so that many examples are accepted
# and their (hostile) names shown; and anything under any name.
matching = st.tuples(st.sampled_from(sorted(DOCUMENTS)), base_names).map(
    lambda t: (DOCUMENTS[t[0]], f"{t[1]}.{t[0]}"))
uploads = st.one_of(matching, st.tuples(contents, names))


@pytest.fixture()
def small_uploads(app, monkeypatch, tmp_path):
    folder = tmp_path / "uploads"
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(folder))
    monkeypatch.setitem(app.config, "MAX_UPLOAD_MB", LIMIT_MB)
    return folder


def _files(folder: Path) -> set:
    return {p.name for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def _count(session, model) -> tuple:
    return tuple(session.scalar(select(func.count()).select_from(m)) for m in (model, AuditEvent))


def check_upload(browser, session, folder, url, model, content: bytes, name: str) -> int:
    """Upload one file and check the rules; return the status code."""
    before, files_before = _count(session, model), _files(folder)
    response = browser.post(url, data={"bestand": (io.BytesIO(content), name)},
                            content_type="multipart/form-data")
    body = response.get_data(as_text=True)
    assert response.status_code in (302, 400), response.status_code
    assert not any(marker in body for marker in MARKERS)
    if response.status_code == 400:
        assert any(sign in body for sign in refusal_signs(name)), body[-3000:]
        assert _count(session, model) == before, "a refused upload stored a row"
        assert _files(folder) == files_before, "a refused upload left a file"
        return 400
    row = session.scalars(select(model).order_by(model.id.desc()).limit(1)).one()
    check_accepted(folder, row, content, name)
    page = browser.get(response.location)
    assert page.status_code == 200 and not any(m in page.text for m in MARKERS)
    return 302


def refusal_signs(name: str) -> tuple:
    """How a refusal shows: the form's errors. A name with CR, LF or a quote, which a browser
    escapes and the test client sends raw, breaks the multipart body: the bytes then arrive
    as a form value, refused as a whole ("request not understood", or its NUL byte)."""
    if any(ch in name for ch in '\r\n"'):
        return ("form-error", "error-summary", "Het verzoek klopt niet", "teken (NUL)")
    return ("form-error", "error-summary")


def check_accepted(folder: Path, row, content: bytes, name: str) -> None:
    """An accepted file: its kind is its extension's, complete, stored byte for byte."""
    extension = name.rsplit(".", 1)[-1].lower()
    assert row.mime_type == MIME_TYPES[extension]
    stored_name = row.bestandsnaam  # as the server received it (the client escapes \\ and ")
    assert stored_name.lower().endswith("." + extension) and len(stored_name) <= 255
    assert not any(bad in stored_name for bad in ("/", "\\", ".."))
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in stored_name)
    assert len(content) <= LIMIT
    assert (folder / row.opslagnaam).read_bytes() == content
    assert row.sha256 == hashlib.sha256(content).hexdigest()
    if extension == "pdf":
        assert b"%%EOF" in content, "a truncated PDF was accepted"
    assert not [p for p in folder.rglob("*.part")], "a temporary file was left"


def run_uploads(upload) -> Counter:
    tally = Counter()

    @SETTINGS
    @given(uploads)
    def run(content_and_name):
        tally[upload(*content_and_name)] += 1

    run()
    assert tally[302] and tally[400], tally
    return tally


def test_kernstuk_upload(login, session, world, small_uploads):
    kernstuk_type = make_kernstuk_type(session, world.ronde, "zelfevaluatie", "Zelfevaluatie")
    session.commit()
    browser = login(world.users["directeur"])
    url = f"/visitaties/{world.visitatie.id}/kernstukken/types/{kernstuk_type.id}/uploaden"
    run_uploads(lambda content, name: check_upload(
        browser, session, small_uploads, url, KernstukDocument, content, name))


def test_bewijs_upload(login, session, world, small_uploads):
    aanbevelingen = pf.adopt_report(session, world.visitatie, aantal=1)
    plan = pf.make_plan(session, world.visitatie, state="in_uitvoering")
    actie = pf.make_actie(session, plan, aanbevelingen, status="loopt")
    browser = login(world.users["contactpersoon"])
    url = f"/verbeterplannen/{plan.id}/acties/{actie.id}/bewijzen"
    run_uploads(lambda content, name: check_upload(
        browser, session, small_uploads, url, ActieBewijs, content, name))
