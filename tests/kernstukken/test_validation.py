"""What counts as an allowed kernstuk: checked on the bytes, with a plain file name."""
import pytest

from tests.kernstukken import factories as f
from visitatie.core.domain import DomainError
from visitatie.uploads import validation

LIMIT = 1024 * 1024


@pytest.mark.parametrize("name", ["Jaarverslag 2024.pdf", "zelfevaluatie-ODBN (def).docx",
                                  "Begroting € 2025.xlsx", "Notitie één.odt"])
def test_plain_names_are_kept_as_given(name):
    assert validation.check_filename(f"  {name} ") == name


@pytest.mark.parametrize("name", ["../geheim.pdf", "map/rapport.pdf", "map\\rapport.pdf",
                                  "C:\\Users\\x\\rapport.pdf", "..", "rapport..pdf"])
def test_names_with_path_parts_are_refused(name):
    with pytest.raises(DomainError, match="geen /, \\\\ of \\.\\.") as refusal:
        validation.check_filename(name)
    assert refusal.value.field == "bestand"


@pytest.mark.parametrize("name", ["rap\x00port.pdf", "rapport\n.pdf", "rapport\x7f.pdf",
                                  "gnp.\u202epdf"])
def test_names_with_control_characters_are_refused(name):
    with pytest.raises(DomainError, match="onzichtbare stuurtekens"):
        validation.check_filename(name)


def test_overlong_names_are_refused():
    with pytest.raises(DomainError, match="te lang"):
        validation.check_filename("a" * 252 + ".pdf")


@pytest.mark.parametrize("content, kind", [
    (f.pdf_bytes(), "pdf"), (f.docx_bytes(), "docx"), (f.xlsx_bytes(), "xlsx"),
    (f.odt_bytes(), "odt"),
    (f.PNG, None), (f.EXE, None), (b"Gewoon tekst", None), (f.plain_zip_bytes(), None),
    (f.odt_bytes(b"application/vnd.oasis.opendocument.spreadsheet"), None),
])
def test_kind_is_sniffed_from_the_content(tmp_path, content, kind):
    path = tmp_path / "bestand"
    path.write_bytes(content)
    assert validation.sniff_kind(path, LIMIT) == kind


def test_a_truncated_zip_is_corrupt(tmp_path):
    path = tmp_path / "bestand"
    path.write_bytes(f.docx_bytes()[:60])
    with pytest.raises(DomainError, match="beschadigd"):
        validation.sniff_kind(path, LIMIT)


def test_a_zip_that_unpacks_to_over_ten_times_the_limit_is_a_bomb(tmp_path):
    path = tmp_path / "bestand"
    path.write_bytes(f.zip_bomb_bytes(10 * LIMIT + 1))
    assert path.stat().st_size < LIMIT / 50
    with pytest.raises(DomainError, match="verdacht"):
        validation.sniff_kind(path, LIMIT)


def test_a_zip_just_under_the_bomb_threshold_passes(tmp_path):
    path = tmp_path / "bestand"
    path.write_bytes(f.zip_bomb_bytes(9 * LIMIT))
    assert validation.sniff_kind(path, LIMIT) == "docx"


def test_mime_type_follows_the_content(app, tmp_path):
    path = tmp_path / "bestand"
    path.write_bytes(f.xlsx_bytes())
    with app.app_context():
        assert validation.check_content(path, 10, "Tabel.XLSX", LIMIT) == (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
