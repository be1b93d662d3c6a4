"""The archive format: its member names, the manifest, and how values become JSON."""
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from importlib.metadata import PackageNotFoundError, version

from sqlalchemy import TypeDecorator

FORMAT = "visitatie-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
TABLES_DIR = "tables/"
FILES_DIR = "files/"
TABLE_MEMBER = re.compile(r"^tables/\d{3}-[a-z0-9_]+\.jsonl$")
CHUNK_SIZE = 1024 * 1024


class BackupError(Exception):
    """An export or import that cannot go on; `message` is Dutch and meant for the operator."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Entry:
    """One member of the archive as the manifest describes it."""
    member: str
    size: int
    sha256: str


def app_version() -> str:
    """Return the installed version of the application."""
    try:
        return version("visitatie")
    except PackageNotFoundError:
        return "onbekend"


def table_member(index: int, table_name: str) -> str:
    return f"{TABLES_DIR}{index:03d}-{table_name}.jsonl"


def file_member(relative_path: str) -> str:
    return FILES_DIR + relative_path


def is_safe_relative_path(path: str) -> bool:
    """Return whether `path` is a plain relative path inside the file store."""
    parts = path.split("/")
    return (bool(path) and not path.startswith("/") and "\\" not in path and "\x00" not in path
            and all(part not in ("", ".", "..") for part in parts))


def is_allowed_member(name: str) -> bool:
    """Return whether a member name belongs in an archive of this format."""
    if name == MANIFEST or TABLE_MEMBER.match(name):
        return True
    return name.startswith(FILES_DIR) and is_safe_relative_path(name[len(FILES_DIR):])


def sha256_of(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


def encode_row(row: dict) -> str:
    """Return one table row as a JSON line (dates and times in ISO 8601)."""
    return json.dumps(row, default=_encode_value, ensure_ascii=False, sort_keys=True)


def _encode_value(value):
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot export a value of type {type(value).__name__}")


def decoder_for(column):
    """Return the function that turns a column's JSON value back into its Python value."""
    column_type = column.type
    if isinstance(column_type, TypeDecorator):  # e.g. AwareDateTime: what it stores as
        column_type = column_type.impl_instance
    try:
        kind = column_type.python_type
    except NotImplementedError:   # SQLAlchemy's answer for types without a Python type
        return _same
    parse = {datetime: datetime.fromisoformat, date: date.fromisoformat,
             time: time.fromisoformat, Decimal: Decimal}.get(kind)
    return (lambda value: None if value is None else parse(value)) if parse else _same


def _same(value):
    return value
