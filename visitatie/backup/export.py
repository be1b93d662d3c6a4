"""Write the whole data set to one archive: a manifest, every table, every stored file.

The tables are read in one transaction (REPEATABLE READ on PostgreSQL), so the archive is a
consistent snapshot while people keep working. Stored files never change once written
(random names, atomic renames), so copying them after the snapshot is safe; a file that
appeared since has no row and does no harm. The archive is written next to its target
and renamed into place: a failed export leaves no half archive.
"""
import io
import json
import os
import tarfile
import tempfile
from pathlib import Path

from sqlalchemy import select

from visitatie.backup.archive import (
    FORMAT, FORMAT_VERSION, MANIFEST, Entry, app_version, encode_row, file_member, sha256_of,
    table_member,
)
from visitatie.db import Base, utcnow

BATCH = 1000


def export_archive(engine, upload_folder: Path, target: Path) -> dict:
    """Write every table and every stored file to the .tar.gz `target`; return the manifest."""
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="visitatie-export-") as staging:
        staging = Path(staging)
        tables = _write_tables(engine, staging)
        files = _stored_files(Path(upload_folder))
        manifest = _manifest(engine, tables, files)
        _write_archive(target, manifest, staging, files)
    return manifest


def _write_tables(engine, staging: Path) -> list[dict]:
    with _snapshot(engine) as connection:
        return [_write_table(connection, table, index, staging)
                for index, table in enumerate(Base.metadata.sorted_tables, start=1)]


def _snapshot(engine):
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    return engine.connect().execution_options(**options)


def _write_table(connection, table, index: int, staging: Path) -> dict:
    member = table_member(index, table.name)
    path = staging / member.replace("/", "_")
    stmt = select(table).order_by(*table.primary_key.columns)
    rows = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for row in connection.execution_options(yield_per=BATCH).execute(stmt).mappings():
            out.write(encode_row({column.name: row[column] for column in table.columns}))
            out.write("\n")
            rows += 1
    entry = Entry(member, path.stat().st_size, sha256_of(path))
    return {"table": table.name, "rows": rows, **entry.__dict__, "path": path}


def _stored_files(folder: Path) -> list[dict]:
    """Return every finished file under the upload folder (temporary .part files are skipped)."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink() or not path.is_file() or any(
                part.startswith(".") for part in relative.split("/")):
            continue
        entry = Entry(file_member(relative), path.stat().st_size, sha256_of(path))
        found.append({"path": relative, **entry.__dict__, "source": path})
    return found


def _manifest(engine, tables: list[dict], files: list[dict]) -> dict:
    def public(entry: dict, hidden: str) -> dict:
        return {k: v for k, v in entry.items() if k != hidden}

    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": app_version(),
        "created_at": utcnow().isoformat(), "database": engine.dialect.name,
        "tables": [public(t, "path") for t in tables],
        "files": [public(f, "source") for f in files],
    }


def _write_archive(target: Path, manifest: dict, staging: Path, files: list[dict]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".part")
    os.close(fd)
    try:
        with tarfile.open(temporary, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False)
                       .encode("utf-8"))
            for table in manifest["tables"]:
                archive.add(staging / table["member"].replace("/", "_"), table["member"],
                            recursive=False)
            for entry in files:
                archive.add(entry["source"], entry["member"], recursive=False)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(utcnow().timestamp()), 0o644
    archive.addfile(info, io.BytesIO(data))
