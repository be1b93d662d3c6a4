"""The embedded SQLite database of `make run`: simultaneous requests wait, they do not fail.

Before the fix 3 of 4 simultaneous logins answered 500 "database is locked": each login
reads the account and then writes (last login, audit row), and SQLite refuses at once to
let a transaction with a stale snapshot write. Here a real threaded werkzeug server on a
SQLite file takes 8 logins (and a page read each) released together by a barrier, a few
times over; every one must succeed.
"""
import os
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select
from werkzeug.serving import make_server

from tests import factories
from visitatie import create_app
from visitatie.audit.models import AuditEvent
from visitatie.db import Base
from visitatie.extensions import db

THREADS = 8
ROUNDS = 3
WAIT = 60  # seconds; a hung request fails the test instead of hanging the run


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture()
def sqlite_server():
    """A threaded server on an app with its own SQLite file; yield (app, base URL, emails)."""
    path = os.path.join(tempfile.mkdtemp(prefix="visitatie-sqlite-"), "visitatie.sqlite")
    app = create_app({
        "DATABASE_URL": f"sqlite:///{path}", "SECRET_KEY": "test-secret", "REDIS_URL": "",
        "WTF_CSRF_ENABLED": False, "ARGON2_PROFILE": "test", "MAIL_SERVER": "",
        "LOGIN_THROTTLE_ENABLED": False, "PUBLIC_PAGE_CACHE": False,
        "UPLOAD_FOLDER": tempfile.mkdtemp(prefix="visitatie-sqlite-uploads-")})
    with app.app_context():
        Base.metadata.create_all(db.engine)
        emails = [factories.make_user(db.session).email for _ in range(THREADS)]
        db.session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{server.server_port}", emails
    server.shutdown()
    app.extensions["database_engine"].dispose()


def _login_and_read(base: str, email: str, barrier: threading.Barrier) -> tuple[int, int]:
    """Log in at the barrier, then read the werkruimte; return both status codes."""
    cookies = urllib.request.HTTPCookieProcessor()
    opener = urllib.request.build_opener(_NoRedirect, cookies)
    form = urllib.parse.urlencode({"email": email, "wachtwoord": factories.TEST_PASSWORD})
    barrier.wait()
    return _status(opener, base + "/inloggen", form.encode()), _status(opener, base + "/werkruimte")


def _status(opener, url: str, data: bytes | None = None) -> int:
    try:
        return opener.open(url, data=data, timeout=WAIT).status
    except urllib.error.HTTPError as error:
        return error.code


def test_simultaneous_logins_on_sqlite_all_succeed(sqlite_server):
    app, base, emails = sqlite_server
    outcomes = []
    for _round in range(ROUNDS):
        barrier = threading.Barrier(THREADS, timeout=WAIT)
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            futures = [pool.submit(_login_and_read, base, email, barrier) for email in emails]
            outcomes += [future.result(timeout=WAIT) for future in futures]
    assert outcomes == [(302, 200)] * (THREADS * ROUNDS)
    with app.app_context():
        logins = db.session.scalar(select(func.count()).select_from(AuditEvent)
                                   .where(AuditEvent.action == "ingelogd"))
    assert logins == THREADS * ROUNDS


def test_sqlite_connections_use_wal_and_wait_for_the_lock(sqlite_server):
    app, _base, _emails = sqlite_server
    with app.app_context():
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 15000
