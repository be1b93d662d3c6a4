"""`flask db upgrade` on an empty database gives exactly the models' schema."""
import os
import tempfile
from contextlib import contextmanager

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from tests import databases
from visitatie import create_app
from visitatie.db import Base
from visitatie.extensions import db


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request):
    if request.param == "sqlite":
        yield "sqlite:///" + os.path.join(tempfile.mkdtemp(prefix="visitatie-mig-"), "e.sqlite")
        return
    if not databases.postgres_available():
        if os.environ.get("VISITATIE_REQUIRE_SERVICES") == "1":
            pytest.fail("PostgreSQL is required for the migration test")
        pytest.skip("PostgreSQL not reachable")
    name, url = databases.create_postgres_database("visitatie_migration")
    yield url
    databases.drop_postgres_database(name)


@contextmanager
def migrated(url):
    """Yield inside an app context on `url` after `flask db upgrade`."""
    app = create_app({"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "x"})
    with app.app_context():
        upgrade()
        try:
            yield
        finally:
            db.engine.dispose()


def test_upgrade_yields_the_models_schema(empty_database):
    with migrated(empty_database), db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert set(Base.metadata.tables) <= set(inspect(connection).get_table_names())


def test_check_constraints_come_with_the_migration(empty_database):
    with migrated(empty_database), db.engine.connect() as connection:
        checks = {c["name"] for c in inspect(connection).get_check_constraints("visitatie")}
    assert "ck_visitatie_state_is_known" in checks


def test_audit_trail_is_append_only_in_the_migrated_database(empty_database):
    with migrated(empty_database):
        with db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO audit_event (at, action, object_type, object_id) "
                "VALUES (CURRENT_TIMESTAMP, 'test', 'visitatie', 1)"))
        for statement in ("UPDATE audit_event SET action = 'anders'", "DELETE FROM audit_event"):
            with pytest.raises(Exception, match="append-only"):
                with db.engine.begin() as connection:
                    connection.execute(text(statement))


def test_downgrade_to_base_removes_everything(empty_database):
    with migrated(empty_database):
        downgrade(revision="base")
        with db.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
