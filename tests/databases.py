"""Find the services the tests run against: a throwaway PostgreSQL database, or SQLite."""
import os
import tempfile
import uuid
from dataclasses import dataclass

import pytest
from redis import Redis
from redis.exceptions import RedisError
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

ADMIN_URL = os.environ.get("TEST_POSTGRES_ADMIN_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
DEFAULT_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@dataclass
class TestDatabase:
    kind: str
    url: str
    name: str | None = None

    @property
    def safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def drop(self) -> None:
        if self.kind == "postgresql" and self.name:
            drop_postgres_database(self.name)


def postgres_available() -> bool:
    """Return whether the PostgreSQL admin URL answers."""
    try:
        engine = create_engine(ADMIN_URL)
        with engine.connect():
            pass
        engine.dispose()
    except OperationalError:
        return False
    return True


def create_postgres_database(prefix: str = "visitatie_test") -> tuple[str, str]:
    """Create an empty database; return (name, url)."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    engine = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return name, make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(name: str) -> None:
    """Drop a database made by create_postgres_database."""
    engine = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def create_test_database(required: bool) -> TestDatabase:
    """Return the session's database: PostgreSQL if reachable, else a SQLite file."""
    explicit = os.environ.get("TEST_DATABASE_URL")
    if explicit:
        return TestDatabase(make_url(explicit).get_backend_name(), explicit)
    if postgres_available():
        name, url = create_postgres_database()
        return TestDatabase("postgresql", url, name)
    if required:
        raise pytest.UsageError(f"PostgreSQL is required but not reachable at {ADMIN_URL}")
    path = os.path.join(tempfile.mkdtemp(prefix="visitatie-test-"), "test.sqlite")
    return TestDatabase("sqlite", f"sqlite:///{path}")


def redis_url() -> str | None:
    """Return the Redis URL for queue tests if a server answers, else None."""
    try:
        Redis.from_url(DEFAULT_REDIS_URL, socket_connect_timeout=1).ping()
    except RedisError:
        return None
    return DEFAULT_REDIS_URL


def check_redis(required: bool) -> None:
    if required and redis_url() is None:
        raise pytest.UsageError(f"Redis is required but not reachable at {DEFAULT_REDIS_URL}")
