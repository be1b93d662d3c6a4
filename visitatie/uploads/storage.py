"""Uploaded files on disk: outside the web root, under a random name, written atomically.

Operations never commit, yet the file must exist before the row that names it is
committed. So a new file is remembered on the session: when the session's transaction
ends without a commit (rollback, or closed unfinished), the files written in it are
removed again; when it commits they stay. Only a crash between writing and committing
can leave a file that no row names; nobody can reach it (downloads go through rows) and
a sweep comparing the folder with `kernstuk_document.opslagnaam` would remove it.
"""
import hashlib
import logging
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from sqlalchemy import event

from visitatie.db import AppSession

log = logging.getLogger(__name__)
CHUNK_SIZE = 64 * 1024
NEW_FILES_KEY = "uploads_new_files"
STORAGE_NAME = re.compile(r"^[0-9a-f]{64}$")


class FileTooLarge(Exception):
    """The stream held more bytes than allowed; nothing was kept."""


@dataclass(frozen=True)
class StoredFile:
    opslagnaam: str
    sha256: str
    grootte: int
    mime_type: str


def upload_folder() -> Path:
    """Return the absolute upload folder, creating it when missing."""
    folder = Path(os.path.abspath(current_app.config["UPLOAD_FOLDER"]))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def path_of(opslagnaam: str) -> Path:
    """Return where the file with this storage name lives."""
    if not STORAGE_NAME.match(opslagnaam):
        raise ValueError("not a storage name")
    return Path(os.path.abspath(current_app.config["UPLOAD_FOLDER"])) / opslagnaam


def store_file(session, stream, max_bytes: int, inspect) -> StoredFile:
    """Write `stream` under a random name; `inspect(path, size)` returns the mime type or raises.

    On any refusal the temporary file is removed: nothing partial stays behind.
    """
    folder = upload_folder()
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".upload-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            sha256, size = _copy(stream, out, max_bytes)
        mime_type = inspect(Path(temporary), size)
        opslagnaam = secrets.token_hex(32)
        os.replace(temporary, folder / opslagnaam)
    except BaseException:
        _remove(Path(temporary))
        raise
    session.info.setdefault(NEW_FILES_KEY, []).append(folder / opslagnaam)
    return StoredFile(opslagnaam, sha256, size, mime_type)


def _copy(stream, out, max_bytes: int) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while chunk := stream.read(CHUNK_SIZE):
        size += len(chunk)
        if size > max_bytes:
            raise FileTooLarge()
        digest.update(chunk)
        out.write(chunk)
    out.flush()
    os.fsync(out.fileno())
    return digest.hexdigest(), size


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        log.warning("Could not remove %s", path)


@event.listens_for(AppSession, "after_commit")
def _keep_new_files(session) -> None:
    session.info.pop(NEW_FILES_KEY, None)


@event.listens_for(AppSession, "after_transaction_end")
def _remove_uncommitted_files(session, transaction) -> None:
    # after_commit ran first when the transaction committed; what is left was rolled
    # back or closed unfinished. A savepoint ending does not end the request's work.
    if transaction.parent is None:
        for path in session.info.pop(NEW_FILES_KEY, []):
            _remove(path)
