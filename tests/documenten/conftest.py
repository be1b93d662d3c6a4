import io

import pytest
from pypdf import PdfReader

from tests.bevindingen.factories import set_state
from tests.documenten.factories import add_aanbevelingen, make_plan, make_report


def pdf_pages(data: bytes) -> list[str]:
    """Return the text of each page of a PDF."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(autouse=True)
def upload_folder(app, tmp_path, monkeypatch):
    """A folder of its own per test, so a test sees only the files it made."""
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(tmp_path / "uploads"))
    return tmp_path / "uploads"


@pytest.fixture()
def concept(session, world):
    """A concept version (ter review) of the world's report, with three aanbevelingen."""
    add_aanbevelingen(session, world.visitatie)
    versie = make_report(session, world.visitatie)
    set_state(session, world.visitatie, "concept_rapport")
    return versie


@pytest.fixture()
def plan(session, world):
    """A verbeterplan in uitvoering for the world's vastgestelde visitatie."""
    aanbevelingen = add_aanbevelingen(session, world.visitatie)
    make_report(session, world.visitatie, status="definitief")
    found = make_plan(session, world.visitatie, aanbevelingen)
    set_state(session, world.visitatie, "vastgesteld")
    return found
