import pytest


@pytest.fixture(autouse=True)
def upload_folder(app, tmp_path, monkeypatch):
    """A folder of its own per test for the rendered PDFs."""
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(tmp_path / "uploads"))
    return tmp_path / "uploads"
