"""`flask export` and `flask import`: the demo data set round-trips, record for record.

The source is a committed PostgreSQL database with the reference and demo data and one
rendered PDF; its archive is imported into an empty SQLite file and an empty PostgreSQL
database, and every table is compared row by row and every stored file by SHA-256.
"""
import hashlib
import io
import json
import os
import tarfile
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.security.test_concurrency import app_settings, separate_database_app
from visitatie import create_app
from visitatie.db import Base
from visitatie.documenten.jobs import render_document
from visitatie.documenten.models import GegenereerdDocument
from visitatie.extensions import db
from visitatie.jobs import discard_pending_jobs
from visitatie.reference import demo
from visitatie.reference.seed import seed_reference_data

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def source(pytestconfig):
    """A committed database with the demo data and one rendered PDF."""
    with separate_database_app(pytestconfig, "visitatie_backup_source") as app:
        with app.app_context():
            seed_reference_data(db.session)
            demo.load_demo(db.session)
            db.session.commit()
            discard_pending_jobs(db.session)  # the PDFs stay queued, but one:
            first = db.session.scalars(select(GegenereerdDocument.id).order_by(
                GegenereerdDocument.id).limit(1)).one()
            assert render_document(first) == "klaar"
        yield app


@pytest.fixture(scope="module")
def archive(source, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "visitatie.tar.gz"
    output = run(source, "export", str(path))
    assert output.startswith(f"Export geschreven naar {path}: ")
    return path


def run(app, *args, ok=True) -> str:
    result = app.test_cli_runner().invoke(args=list(args))
    assert (result.exit_code == 0) is ok, result.output
    return result.output


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_target(request, pytestconfig):
    """An app on an empty database (schema only) with an empty file store."""
    if request.param == "postgresql":
        with separate_database_app(pytestconfig, "visitatie_backup_target") as app:
            yield app
        return
    url = "sqlite:///" + os.path.join(tempfile.mkdtemp(prefix="visitatie-import-"), "t.sqlite")
    app = create_app(app_settings(url, "visitatie-import"))
    with app.app_context():
        Base.metadata.create_all(db.engine)
    yield app
    app.extensions["database_engine"].dispose()


def table_rows(app) -> dict:
    with app.app_context(), db.engine.connect() as connection:
        return {table.name: connection.execute(
                    select(table).order_by(*table.primary_key.columns)).all()
                for table in Base.metadata.sorted_tables}


def stored_files(app) -> dict:
    folder = Path(app.config["UPLOAD_FOLDER"])
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")}


def test_the_archive_holds_a_manifest_tables_and_files(source, archive):
    with tarfile.open(archive, "r:gz") as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[0] == "manifest.json"
    assert (manifest["format"], manifest["format_version"]) == ("visitatie-export", 1)
    assert manifest["database"] == "postgresql" and manifest["app_version"]
    counts = {t["table"]: t["rows"] for t in manifest["tables"]}
    assert [t["table"] for t in manifest["tables"]] == [
        t.name for t in Base.metadata.sorted_tables]  # foreign-key order
    assert counts == {name: len(rows) for name, rows in table_rows(source).items()}
    assert counts["visitatie"] > 28 and counts["audit_event"] > 0
    files = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert files == stored_files(source)
    assert any(path.startswith("documenten/") for path in files)  # the rendered PDF
    assert set(names) == {"manifest.json", *(e["member"] for e in
                                             manifest["tables"] + manifest["files"])}


def test_import_restores_every_row_and_every_file(source, archive, empty_target):
    output = run(empty_target, "import", str(archive))
    assert output.startswith(f"Import voltooid uit {archive} ")
    source_rows, target_rows = table_rows(source), table_rows(empty_target)
    for table in Base.metadata.sorted_tables:
        assert target_rows[table.name] == source_rows[table.name], table.name
    assert stored_files(empty_target) == stored_files(source)
    with empty_target.app_context():  # new rows get fresh ids (PostgreSQL: sequences moved)
        highest = db.session.scalar(select(func.max(GegenereerdDocument.id)))
        document = GegenereerdDocument(soort="verbeterplan", object_type="verbeterplan",
                                       object_id=1, content_hash="0" * 64)
        db.session.add(document)
        db.session.commit()
        assert document.id == highest + 1


def test_import_refuses_a_database_that_is_not_empty(source, archive):
    before = {name: len(rows) for name, rows in table_rows(source).items()}
    output = run(source, "import", str(archive), ok=False)
    assert "De database is niet leeg" in output
    assert {name: len(rows) for name, rows in table_rows(source).items()} == before


def _rewrite(archive: Path, target: Path, change) -> Path:
    """Copy the archive, letting `change(name, data)` return new bytes (or None to drop)."""
    with tarfile.open(archive, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            data = change(member.name, old.extractfile(member).read())
            if data is not None:
                member.size = len(data)
                new.addfile(member, io.BytesIO(data))
    return target


def _tamper_user(name, data):
    if name.endswith("-user_account.jsonl"):
        return data.replace(b"Demo Beheerder", b"Demo Beheerdur")
    return data


def _sneak_in_file(name, data):
    return data if name != "manifest.json" else data.replace(b'"files/', b'"files/../', 1)


@pytest.fixture(scope="module")
def refusing_target(pytestconfig):
    """An empty database that every refused import must leave empty."""
    with separate_database_app(pytestconfig, "visitatie_backup_refused") as app:
        yield app


@pytest.mark.parametrize("change, message", [
    (_tamper_user, "De controlesom van tables/"),
    (_sneak_in_file, "Het manifest noemt een ongeldig onderdeel"),
    (lambda name, data: None if name.startswith("files/") else data, "onvolledig"),
])
def test_import_refuses_a_damaged_archive_and_writes_nothing(archive, tmp_path, change,
                                                             message, refusing_target):
    damaged = _rewrite(archive, tmp_path / "beschadigd.tar.gz", change)
    output = run(refusing_target, "import", str(damaged), ok=False)
    assert message in output
    assert all(rows == [] for rows in table_rows(refusing_target).values())
    assert stored_files(refusing_target) == {}


def test_import_refuses_what_is_not_an_export(tmp_path, refusing_target):
    not_an_export = tmp_path / "iets.tar.gz"
    with tarfile.open(not_an_export, "w:gz") as tar:
        tar.addfile(tarfile.TarInfo("leesmij.txt"), io.BytesIO(b""))
    output = run(refusing_target, "import", str(not_an_export), ok=False)
    assert "manifest.json ontbreekt" in output
