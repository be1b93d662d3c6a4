"""Verbeterplan tests: a report with three aanbevelingen and a fresh upload folder."""
import pytest

from tests.verbeterplannen import factories as f


@pytest.fixture(autouse=True)
def upload_folder(app, monkeypatch, tmp_path):
    folder = tmp_path / "uploads"
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(folder))
    return folder


@pytest.fixture()
def request_context(app, session):
    """Operations called directly word their refusals for a request (Flask-Babel)."""
    with app.test_request_context():
        yield


@pytest.fixture()
def aanbevelingen(session, world):
    """The world's visitatie with a vastgesteld report holding aanbevelingen 1, 2 and 3."""
    return f.adopt_report(session, world.visitatie)


@pytest.fixture()
def plan(session, world, aanbevelingen):
    return f.make_plan(session, world.visitatie)
