"""Kernstukken tests store their files in a fresh folder and start from a small checklist."""
from dataclasses import dataclass

import pytest

from tests.kernstukken.factories import make_kernstuk_type


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


@dataclass
class Checklist:
    zelfevaluatie: object
    jaarverslagen: object
    begroting: object


@pytest.fixture()
def checklist(session, world):
    """Two required types and an optional one in the world's ronde (created out of order)."""
    begroting = make_kernstuk_type(session, world.ronde, "begroting", "Begroting",
                                   verplicht=False, volgorde=3)
    jaarverslagen = make_kernstuk_type(session, world.ronde, "jaarverslagen", "Jaarverslagen",
                                       volgorde=2)
    zelfevaluatie = make_kernstuk_type(session, world.ronde, "zelfevaluatie",
                                       "Zelfevaluatie langs het visitatiekader", volgorde=1)
    result = Checklist(zelfevaluatie, jaarverslagen, begroting)
    session.commit()
    return result
