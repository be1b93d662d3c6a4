"""Restore an archive made by `flask export` into an empty database and file store.

Nothing is written before everything is checked: the archive is unpacked to a staging
folder member by member, each against the manifest (allowed name, size, SHA-256), and the
database must have the schema and no rows at all. The rows then go in, in foreign-key
order, in one transaction; columns that point into their own table (a thema's parent, a
dienst's successor) are filled in afterwards. PostgreSQL sequences are moved past the
restored ids. The files are placed last; if the commit fails they are removed again.
The append-only triggers of the audit trail and the publications allow these inserts.
"""
import json
import os
import shutil
import tarfile
import tempfile
from pathlib import Path

from sqlalchemy import bindparam, func, inspect, select

from visitatie.backup.archive import (
    CHUNK_SIZE, FORMAT, FORMAT_VERSION, MANIFEST, BackupError, decoder_for, file_member,
    is_allowed_member, sha256_of,
)
from visitatie.db import Base

BATCH = 500


def import_archive(engine, upload_folder: Path, source: Path) -> dict:
    """Restore the archive `source` into the empty database and upload folder; return its manifest."""
    with tempfile.TemporaryDirectory(prefix="visitatie-import-") as staging:
        staging = Path(staging)
        manifest = unpack_and_verify(Path(source), staging)
        placed: list[Path] = []
        try:
            with engine.begin() as connection:
                _refuse_unless_empty(connection)
                for entry in manifest["tables"]:
                    _insert_table(connection, entry, staging / entry["member"])
                _reset_sequences(connection)
                _place_files(manifest, staging, Path(upload_folder), placed)
        except BaseException:
            for path in placed:
                path.unlink(missing_ok=True)
            raise
    return manifest


# --- reading and checking the archive -----------------------------------------------------------

def unpack_and_verify(source: Path, staging: Path) -> dict:
    """Copy every member to `staging`, checked against the manifest; return the manifest."""
    try:
        with tarfile.open(source, "r:gz") as archive:
            members = iter(archive)
            manifest = _read_manifest(archive, next(members, None))
            expected = {e["member"]: e for e in manifest["tables"] + manifest["files"]}
            for member in members:
                _copy_member(archive, member, expected.pop(member.name, None), staging)
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"Het archief kan niet worden gelezen: {error}.") from None
    if expected:
        raise BackupError(f"Het archief is onvolledig: {len(expected)} onderdelen uit het "
                          f"manifest ontbreken, bijvoorbeeld {sorted(expected)[0]}.")
    return manifest


def _read_manifest(archive, member) -> dict:
    if member is None or member.name != MANIFEST or not member.isfile():
        raise BackupError("Dit is geen export van deze applicatie: manifest.json ontbreekt "
                          "aan het begin van het archief.")
    try:
        manifest = json.loads(archive.extractfile(member).read())
    except (ValueError, UnicodeDecodeError):
        raise BackupError("Het manifest van het archief is geen geldige JSON.") from None
    _check_manifest(manifest)
    return manifest


def _check_manifest(manifest) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("Dit is geen export van deze applicatie (onbekend formaat).")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"Dit archief heeft formaatversie {manifest.get('format_version')}; "
                          f"deze versie van de applicatie leest versie {FORMAT_VERSION}.")
    tables, files = manifest.get("tables"), manifest.get("files")
    if not isinstance(tables, list) or not isinstance(files, list):
        raise BackupError("Het manifest van het archief is onvolledig.")
    for entry in tables + files:
        if not is_allowed_member(str(entry.get("member", ""))):
            raise BackupError(f"Het manifest noemt een ongeldig onderdeel: {entry.get('member')!r}.")
    for entry in files:
        if entry.get("member") != file_member(str(entry.get("path"))):
            raise BackupError(f"Het manifest noemt een ongeldig bestand: {entry.get('path')!r}.")
    for entry in tables:
        if entry.get("table") not in Base.metadata.tables:
            raise BackupError(f"Het archief bevat de tabel {entry.get('table')}, die deze versie "
                              f"van de applicatie niet kent. Gebruik de versie waarmee het is "
                              f"gemaakt.")


def _copy_member(archive, member, entry: dict | None, staging: Path) -> None:
    if entry is None or not member.isfile() or not is_allowed_member(member.name):
        raise BackupError(f"Het archief bevat een onderdeel dat niet in het manifest staat of "
                          f"niet is toegestaan: {member.name!r}.")
    if member.size != entry["size"]:
        raise BackupError(f"{member.name} heeft een andere grootte dan het manifest zegt.")
    target = staging / member.name
    target.parent.mkdir(parents=True, exist_ok=True)
    with archive.extractfile(member) as data, open(target, "wb") as out:
        shutil.copyfileobj(data, out, CHUNK_SIZE)
    if sha256_of(target) != entry["sha256"]:
        raise BackupError(f"De controlesom van {member.name} klopt niet: het archief is "
                          f"beschadigd of gewijzigd. Er is niets geïmporteerd.")


# --- the database ---------------------------------------------------------------------------

def _refuse_unless_empty(connection) -> None:
    present = set(inspect(connection).get_table_names())
    missing = sorted(set(Base.metadata.tables) - present)
    if missing:
        raise BackupError(f"De database mist tabellen ({', '.join(missing[:3])} …). Maak het "
                          f"schema eerst met `flask db upgrade`.")
    filled = [t.name for t in Base.metadata.sorted_tables
              if connection.scalar(select(func.count()).select_from(t))]
    if filled:
        raise BackupError(f"De database is niet leeg (onder meer {', '.join(filled[:3])}). "
                          f"Importeer alleen in een lege database: na `flask db upgrade`, "
                          f"zonder `flask seed` of `flask demo`.")


def _insert_table(connection, entry: dict, path: Path) -> None:
    table = Base.metadata.tables[entry["table"]]
    decoders = {column.name: decoder_for(column) for column in table.columns}
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    later, batch, count = [], [], 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            row = _decode(json.loads(line), decoders, table.name)
            later += [_self_reference(table, row, name) for name in own if row[name] is not None]
            batch.append(row | dict.fromkeys(own))
            count += 1
            if len(batch) == BATCH:
                connection.execute(table.insert(), batch)
                batch = []
    if batch:
        connection.execute(table.insert(), batch)
    for column_name, values in _by_column(later).items():
        _fill_self_references(connection, table, column_name, values)
    if count != entry["rows"]:
        raise BackupError(f"Tabel {table.name} heeft {count} rijen in het archief; het manifest "
                          f"zegt {entry['rows']}.")


def _decode(row: dict, decoders: dict, table_name: str) -> dict:
    unknown = set(row) - set(decoders)
    if unknown:
        raise BackupError(f"Het archief heeft in tabel {table_name} kolommen die deze versie "
                          f"van de applicatie niet kent: {', '.join(sorted(unknown))}.")
    return {name: decoders[name](value) for name, value in row.items()}


def _self_reference(table, row: dict, column_name: str) -> tuple:
    keys = {f"pk_{c.name}": row[c.name] for c in table.primary_key.columns}
    return column_name, {**keys, "value": row[column_name]}


def _by_column(pairs: list) -> dict:
    grouped = {}
    for column_name, values in pairs:
        grouped.setdefault(column_name, []).append(values)
    return grouped


def _fill_self_references(connection, table, column_name: str, values: list) -> None:
    where = [c == bindparam(f"pk_{c.name}") for c in table.primary_key.columns]
    stmt = table.update().where(*where).values({column_name: bindparam("value")})
    connection.execute(stmt, values)


def _reset_sequences(connection) -> None:
    """Move PostgreSQL's id sequences past the restored ids (SQLite needs nothing)."""
    if connection.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is None:
            continue
        highest = connection.scalar(select(func.max(column)))
        sequence = func.pg_get_serial_sequence(table.name, column.name)
        connection.scalar(select(func.setval(sequence, (highest or 0) + 1, False)))


# --- the files ------------------------------------------------------------------------------

def _place_files(manifest: dict, staging: Path, folder: Path, placed: list) -> None:
    """Copy the staged files into the upload folder; add each new one to `placed`."""
    for entry in manifest["files"]:
        source, target = staging / entry["member"], folder / entry["path"]
        if target.exists():
            if sha256_of(target) != entry["sha256"]:
                raise BackupError(f"In de bestandsopslag staat al een ander bestand "
                                  f"{entry['path']}. Importeer in een lege bestandsopslag.")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.import.part")
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
        placed.append(target)
