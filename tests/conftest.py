"""Test set-up: one database per test session, a SAVEPOINT per test, a user per role.

PostgreSQL is used when reachable (TEST_DATABASE_URL, or postgres@127.0.0.1:5432), else
SQLite; the header of the run says which. With VISITATIE_REQUIRE_SERVICES=1 (CI) a
missing PostgreSQL or Redis fails the run instead.
"""
import os
import tempfile

import pytest
from flask import g

from tests import clock, databases, factories
from visitatie import create_app
from visitatie.db import Base
from visitatie.extensions import db

REQUIRE_SERVICES = os.environ.get("VISITATIE_REQUIRE_SERVICES") == "1"
TEST_PASSWORD = factories.TEST_PASSWORD


def pytest_configure(config):
    config._visitatie_today = clock.suite_today()
    config._visitatie_clock = clock.start_clock(config._visitatie_today)
    config._visitatie_db = databases.create_test_database(REQUIRE_SERVICES)
    databases.check_redis(REQUIRE_SERVICES)


def pytest_unconfigure(config):
    database = getattr(config, "_visitatie_db", None)
    if database is not None:
        database.drop()
    traveller = getattr(config, "_visitatie_clock", None)
    if traveller is not None:
        traveller.stop()


def pytest_report_header(config):
    database = config._visitatie_db
    return [f"visitatie: clock at noon Europe/Amsterdam of {config._visitatie_today} "
            f"({'TEST_TODAY' if os.environ.get('TEST_TODAY') else 'the real date'}); "
            f"database {database.kind} ({database.safe_url}); "
            f"redis {databases.redis_url() or 'not reachable: queue tests skipped'}"]


@pytest.fixture(scope="session")
def app(pytestconfig):
    app = create_app({
        "TESTING": True,
        "DATABASE_URL": pytestconfig._visitatie_db.url,
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
        "ARGON2_PROFILE": "test",
        "REDIS_URL": "",
        "MAIL_SERVER": "",
        "SERVER_NAME": "visitatie.test",
        "PUBLIC_BASE_URL": "http://visitatie.test",
        "UPLOAD_FOLDER": tempfile.mkdtemp(prefix="visitatie-uploads-"),
        "LOGIN_THROTTLE_ENABLED": False,  # tests/auth/test_throttle.py turns it on
        "TWO_FACTOR_REQUIRED_ROLES": (),  # tests/auth/test_two_factor.py sets the roles
        "DEMO_RENDER_PDFS": False,  # `flask demo` leaves its PDFs queued
        "PUBLIC_PAGE_CACHE": False,  # tests/public/test_page_cache.py turns it on
        "JINJA_STRICT_UNDEFINED": True,  # a template reading an undefined variable fails
    })

    @app.teardown_request
    def _forget_cached_user(_exc=None):
        # Tests keep one app context across requests; real requests each get their own,
        # so drop the per-context caches (Flask-Login's user, Flask-WTF's CSRF token,
        # Flask-Babel's locale) to behave like separate requests.
        for cached in ("_login_user", "csrf_token", "_flask_babel"):
            g.pop(cached, None)

    with app.app_context():
        Base.metadata.create_all(db.engine)
    yield app
    app.extensions["database_engine"].dispose()


@pytest.fixture()
def session(app):
    """The request-scoped session, bound to a connection that is rolled back after the test."""
    connection = app.extensions["database_engine"].connect()
    transaction = connection.begin()
    db.session.remove()
    db.session.configure(bind=connection, join_transaction_mode="create_savepoint")
    context = app.app_context()
    context.push()
    yield db.session
    context.pop()
    db.session.remove()
    db.session.configure(bind=None, join_transaction_mode="conditional_savepoint")
    transaction.rollback()
    connection.close()


@pytest.fixture()
def client(app, session):
    return app.test_client()


@pytest.fixture()
def csrf_enabled(app):
    app.config["WTF_CSRF_ENABLED"] = True
    yield
    app.config["WTF_CSRF_ENABLED"] = False


@pytest.fixture()
def world(session):
    """A ronde, a visited dienst with its visitatie and committee, and another dienst."""
    return factories.make_world(session)


def _role_fixture(key):
    @pytest.fixture(name=key)
    def _fixture(world):
        return world.users[key]
    return _fixture


for _key in factories.ROLE_KEYS:
    globals()[_key] = _role_fixture(_key)


@pytest.fixture()
def login(client):
    """Log `user` in through the login form; return the client."""
    def _login(user, password=TEST_PASSWORD):
        client.post("/uitloggen")
        response = client.post("/inloggen", data={"email": user.email, "wachtwoord": password})
        assert response.status_code == 302, response.data[:500]
        return client
    return _login
