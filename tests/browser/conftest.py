"""A live server on a database of its own (migrated, seeded, demo data) and Chromium.

The live server answers from another thread, so it cannot share the per-test SAVEPOINT;
it gets a throwaway database that `flask db upgrade`, `flask seed` and `flask demo` fill,
the same way the README's first command does.
"""
import logging
import os
import re
import tempfile
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests import databases
from visitatie import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live_app():
    """The application behind the live server, on its own migrated, seeded demo database."""
    name, url = _browser_database()
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "browser-test", "ARGON2_PROFILE": "test",
                      "REDIS_URL": "", "MAIL_SERVER": "", "DEMO_MODE": True,
                      "JINJA_STRICT_UNDEFINED": True,
                      "UPLOAD_FOLDER": tempfile.mkdtemp(prefix="visitatie-browser-uploads-")})
    runner = app.test_cli_runner()
    for args in (["db", "upgrade"], ["seed"], ["demo"]):
        result = runner.invoke(args=args)
        assert result.exit_code == 0, result.output
    yield app
    app.extensions["database_engine"].dispose()
    if name:
        databases.drop_postgres_database(name)


class ConsoleLinks(logging.Handler):
    """Collects the password links the mail job writes to the console without SMTP."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.links: list[tuple[str, str]] = []

    def emit(self, record):
        found = re.search(r"the link for (\S+) .* is https?://[^/]+(/\S+)", record.getMessage())
        if found:
            self.links.append(found.groups())

    def last_for(self, email: str) -> str:
        """Return the path of the last link mailed to `email`."""
        return [path for to, path in self.links if to == email][-1]


@pytest.fixture(scope="session")
def console_links():
    """The links a person running the demo reads on the server console (not the outbox)."""
    handler = ConsoleLinks()
    logger = logging.getLogger("visitatie.mail.jobs")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


@pytest.fixture(scope="session")
def live_server(live_app, console_links):
    server = make_server("127.0.0.1", 0, _closed_at_once(live_app), threaded=True)
    # absolute URLs (redirects, canonical links) come from configuration, never the request
    live_app.config["DEV_BASE_URL"] = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _closed_at_once(app):
    """Read every response whole and close it before the server sends it.

    Werkzeug's development server skips close() on the response when the browser drops the
    connection mid-request (Chromium cancels the favicon or a stylesheet on navigation), which
    leaves a static file open: a ResourceWarning that warnings-as-errors pins on whatever test
    runs next. The application's own code is not involved.
    """
    def wsgi(environ, start_response):
        chunks = app(environ, start_response)
        try:
            return [b"".join(chunks)]
        finally:
            if hasattr(chunks, "close"):
                chunks.close()
    return wsgi


def _browser_database():
    if databases.postgres_available():
        return databases.create_postgres_database("visitatie_browser")
    path = os.path.join(tempfile.mkdtemp(prefix="visitatie-browser-"), "browser.sqlite")
    return None, f"sqlite:///{path}"


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("VISITATIE_REQUIRE_SERVICES") == "1":
            pytest.fail(f"Chromium is required at {CHROMIUM}")
        pytest.skip("Chromium not installed (make test installs it from Debian)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, live_server):
    context = browser.new_context(base_url=live_server, locale="nl-NL",
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture()
def screenshot(page):
    SCREENSHOTS.mkdir(exist_ok=True)

    def _take(name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path
    return _take


