"""What an upload must be: a PDF, DOCX, XLSX or ODT by content, with a plain name.

The type is sniffed from the bytes, never taken from the browser's Content-Type or the
extension alone; the extension must then agree with what the content is. ZIP-based types
are inspected through their central directory only: nothing is ever unpacked here.
"""
import unicodedata
import zipfile
from pathlib import Path

from flask import current_app
from flask_babel import format_decimal
from flask_babel import gettext as _

from visitatie.core.domain import DomainError

FIELD = "bestand"
PDF_MAGIC = b"%PDF-"
PDF_END = b"%%EOF"
PDF_TAIL = 1024  # readers look for the end marker in the last kilobyte
PDF_SCAN_CHUNK = 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
ODT_MIME = "application/vnd.oasis.opendocument.text"
MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": ODT_MIME,
}
ACCEPT = ",".join(f".{ext}" for ext in MIME_TYPES)
ZIP_BOMB_FACTOR = 10
MAX_ZIP_ENTRIES = 10_000
MAX_NAME_LENGTH = 255


def max_upload_bytes() -> int:
    """Return the configured upload limit in bytes (MAX_UPLOAD_MB, default 50)."""
    return int(float(current_app.config.get("MAX_UPLOAD_MB", 50)) * 1024 * 1024)


def max_upload_mb() -> str:
    """Return the upload limit in MB as people read it ('50', or '0,5' in Dutch)."""
    return format_decimal(float(current_app.config.get("MAX_UPLOAD_MB", 50)), format="#,##0.##")


def check_filename(filename: str | None) -> str:
    """Return the original file name if it is a plain name; refuse paths and control codes."""
    name = (filename or "").strip()
    if not name:
        raise DomainError(_("Kies een bestand om te uploaden."), field=FIELD)
    if "/" in name or "\\" in name or ".." in name:
        raise DomainError(_("De bestandsnaam mag geen mappen bevatten (geen /, \\ of ..). "
                            "Geef het bestand een gewone naam en probeer het opnieuw."),
                          field=FIELD)
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise DomainError(_("De bestandsnaam bevat onzichtbare stuurtekens. Geef het bestand "
                            "een gewone naam en probeer het opnieuw."), field=FIELD)
    if len(name) > MAX_NAME_LENGTH:
        raise DomainError(_("De bestandsnaam is te lang (meer dan %(n)s tekens).",
                            n=MAX_NAME_LENGTH), field=FIELD)
    return name


def too_large_error() -> DomainError:
    """Return the refusal for a file over the upload limit."""
    return DomainError(_("Het bestand is groter dan %(mb)s MB en is daarom niet opgeslagen. "
                         "Kies een kleiner bestand.", mb=max_upload_mb()), field=FIELD)


def check_content(path: Path, size: int, filename: str, max_bytes: int) -> str:
    """Return the mime type of the stored bytes; refuse what is not an allowed document."""
    if size == 0:
        raise DomainError(_("Het bestand is leeg. Kies het bestand met de inhoud."), field=FIELD)
    if size > max_bytes:
        raise too_large_error()
    kind = sniff_kind(path, max_bytes)
    if kind is None:
        raise DomainError(_("Dit bestandstype is niet toegestaan: de inhoud is geen PDF, "
                            "DOCX, XLSX of ODT. Alleen die typen kunnen worden geüpload."),
                          field=FIELD)
    if kind == "pdf" and not pdf_is_complete(path, size):
        raise DomainError(_("Het PDF-bestand is onvolledig: het einde ontbreekt, bijvoorbeeld "
                            "omdat het downloaden of opslaan werd afgebroken. Sla het opnieuw "
                            "op en probeer het nog eens."), field=FIELD)
    extension = Path(filename).suffix.lower().lstrip(".")
    if extension != kind:
        raise DomainError(_("De extensie van het bestand (%(ext)s) past niet bij de inhoud: "
                            "het is een %(kind)s-bestand. Geef het de extensie .%(good)s.",
                            ext=f".{extension}" if extension else _("geen"),
                            kind=kind.upper(), good=kind), field=FIELD)
    return MIME_TYPES[kind]


def sniff_kind(path: Path, max_bytes: int) -> str | None:
    """Return 'pdf', 'docx', 'xlsx' or 'odt' from the file's bytes, or None."""
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(PDF_MAGIC):
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        return _sniff_zip(path, max_bytes)
    return None


def pdf_is_complete(path: Path, size: int) -> bool:
    """Return whether the PDF has its end-of-file marker (a cut-off file has none).

    Readers look in the last kilobyte; bytes padded after the marker are tolerated.
    """
    with open(path, "rb") as handle:
        handle.seek(max(0, size - PDF_TAIL))
        if PDF_END in handle.read():
            return True
        handle.seek(0)
        overlap = b""
        while chunk := handle.read(PDF_SCAN_CHUNK):
            if PDF_END in overlap + chunk:
                return True
            overlap = chunk[-len(PDF_END):]
    return False


def _sniff_zip(path: Path, max_bytes: int) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _refuse_suspicious(infos, max_bytes)
            return _office_kind(archive, infos)
    # zipfile raises NotImplementedError for an unsupported compression method and
    # RuntimeError for an encrypted entry: both mean "not a document we can read".
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError):
        raise DomainError(_("Het bestand is beschadigd: het kan niet als document worden "
                            "gelezen. Sla het opnieuw op en probeer het nog eens."),
                          field=FIELD) from None


def _refuse_suspicious(infos, max_bytes: int) -> None:
    unpacked = sum(info.file_size for info in infos)
    if len(infos) > MAX_ZIP_ENTRIES or unpacked > ZIP_BOMB_FACTOR * max_bytes:
        raise DomainError(_("Het bestand is geweigerd omdat het verdacht is: uitgepakt zou "
                            "het veel groter worden dan een normaal document."), field=FIELD)


def _office_kind(archive: zipfile.ZipFile, infos) -> str | None:
    names = {info.filename for info in infos}
    if "[Content_Types].xml" in names:
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return None
    if infos and infos[0].filename == "mimetype" and infos[0].file_size <= 100:
        return "odt" if archive.read(infos[0]).strip() == ODT_MIME.encode() else None
    return None
