"""Rendered PDFs on disk: under UPLOAD_FOLDER/documenten, a random name, written atomically."""
import hashlib
import logging
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from flask import current_app

log = logging.getLogger(__name__)
STORAGE_NAME = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class StoredDocument:
    opslagnaam: str
    sha256: str
    grootte: int


def documents_folder() -> Path:
    """Return the folder of rendered documents, creating it when missing."""
    folder = Path(os.path.abspath(current_app.config["UPLOAD_FOLDER"])) / "documenten"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def path_of(opslagnaam: str) -> Path:
    """Return where the rendered document with this storage name lives."""
    if not STORAGE_NAME.match(opslagnaam or ""):
        raise ValueError("not a storage name")
    return documents_folder() / opslagnaam


def write_document(document_id: int, data: bytes) -> StoredDocument:
    """Write `data` to a temporary file, then rename it: readers never see half a file."""
    folder = documents_folder()
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".doc-{document_id}-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        opslagnaam = secrets.token_hex(32)
        os.replace(temporary, folder / opslagnaam)
    except BaseException:
        remove_file(Path(temporary))
        raise
    return StoredDocument(opslagnaam, hashlib.sha256(data).hexdigest(), len(data))


def remove_leftovers(document_id: int) -> None:
    """Remove temporary files a killed render of this document left behind."""
    for path in documents_folder().glob(f".doc-{document_id}-*.part"):
        remove_file(path)


def remove_file(path: Path) -> None:
    """Remove a file if it is there; log, do not fail, when that is impossible."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        log.warning("Could not remove %s", path)
