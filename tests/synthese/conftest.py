"""Rode draden tests: the world's ronde with a codebook, coded findings and an edition."""
import pytest

from tests.bevindingen.factories import make_codeboek
from tests.synthese import factories as f


@pytest.fixture(autouse=True)
def upload_folder(app, monkeypatch, tmp_path):
    """A folder of its own per test: published versions render their PDF there."""
    folder = tmp_path / "uploads"
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(folder))
    return folder


@pytest.fixture()
def request_context(app, session):
    """Operations called directly word their refusals for a request (Flask-Babel)."""
    with app.test_request_context():
        yield


@pytest.fixture()
def themas(session, world):
    return make_codeboek(session, world.ronde)


@pytest.fixture()
def findings(session, world, themas):
    f.add_findings(session, world, themas)
    return f.FINDING_TEXTS


@pytest.fixture()
def synthese(session, world, findings):
    return f.make_synthese(session, world)
