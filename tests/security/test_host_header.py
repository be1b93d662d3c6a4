"""The request's Host header never makes an absolute URL; unknown hosts get 400 (issue 19, H1).

The probe: `GET /wachtwoord-vergeten` with `Host: evil.example`, then the form POSTed with the
same Host and the form's token: the real mail held http://evil.example/wachtwoord-instellen/…,
a password-reset takeover. Every absolute URL (mail, open data, sitemap, robots.txt,
canonical links, the cached public overview) followed the Host. Now an unknown Host is
refused, and even an allowed alias (ALLOWED_HOSTS) gets URLs of PUBLIC_BASE_URL only.
"""
import re

import pytest
from sqlalchemy import select

from tests.public.factories import publish_report_via_web, ready_to_publish
from visitatie import create_app
from visitatie.mail.models import OutgoingMail

BASE = "http://visitatie.test"  # PUBLIC_BASE_URL of the tests' app
EVIL = "http://evil.example"
ALIAS = "http://alias.example"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
URL = re.compile(r"https?://[^\s\"'<>)]+")
PUBLIC_URLS = ("/sitemap.xml", "/robots.txt", "/openbaar", "/openbaar/data",
               "/openbaar/data/overzicht.json", "/openbaar/data/overzicht.schema.json",
               "/openbaar/data/publicaties.atom", "/openbaar/rode-draden/")
FOREIGN_URLS = ("http://www.w3.org/", "https://json-schema.org/", "http://www.sitemaps.org/",
                "https://creativecommons.org/")


@pytest.fixture()
def delivered(app, monkeypatch):
    """The messages handed to the SMTP server (as the probe read them in its mailbox)."""
    messages = []
    monkeypatch.setitem(app.config, "MAIL_SERVER", "smtp.visitatie.test")
    monkeypatch.setattr("visitatie.mail.jobs._smtp_send", messages.append)
    return messages


def _bodies(message) -> str:
    return "\n".join(part.get_content() for part in message.walk()
                     if part.get_content_maintype() == "text")


@pytest.fixture()
def alias_allowed(app, monkeypatch):
    """alias.example is an allowed host too (as ALLOWED_HOSTS would make it).

    SERVER_NAME is unset, as in production: with it set, Flask built absolute URLs from it and
    the tests never saw the request's Host in a link.
    """
    monkeypatch.setitem(app.config, "SERVER_NAME", None)
    trusted = app.config["TRUSTED_HOSTS"]
    if trusted is not None:  # None: every host (as before the fix)
        monkeypatch.setitem(app.config, "TRUSTED_HOSTS", [*trusted, "alias.example"])


def _own_urls(body: str) -> list[str]:
    return [url for url in URL.findall(body) if not url.startswith(FOREIGN_URLS)]


def test_the_probe_a_reset_form_posted_with_a_hostile_host_sends_nothing(
        app, client, session, directeur, csrf_enabled, delivered):
    form_page = client.get("/wachtwoord-vergeten", base_url=EVIL)
    assert form_page.status_code == 400
    assert "Het verzoek klopt niet" in form_page.text and "evil.example" not in form_page.text
    token = TOKEN.search(form_page.text).group(1)
    response = client.post("/wachtwoord-vergeten", base_url=EVIL,
                           data={"csrf_token": token, "email": directeur.email})
    assert response.status_code == 400
    assert delivered == []
    assert session.scalars(select(OutgoingMail)
                           .where(OutgoingMail.to_address == directeur.email)).all() == []


def test_a_reset_mail_asked_for_through_an_allowed_alias_links_to_the_public_address(
        app, client, session, directeur, alias_allowed, csrf_enabled, delivered):
    token = TOKEN.search(client.get("/wachtwoord-vergeten", base_url=ALIAS).text).group(1)
    response = client.post("/wachtwoord-vergeten", base_url=ALIAS,
                           data={"csrf_token": token, "email": directeur.email})
    assert response.status_code == 200
    [message] = delivered
    assert message["To"] == directeur.email
    assert re.search(f"{BASE}/wachtwoord-instellen/[\\w.-]{{20,}}", _bodies(message))
    assert "alias.example" not in _bodies(message)


@pytest.mark.parametrize("host", ["visitatie.test@evil.example", "evil.example#visitatie.test",
                                  "visitatie.test.evil.example", ""])
def test_a_host_that_only_resembles_the_configured_one_is_refused(client, host):
    response = client.get("/openbaar", headers={"Host": host})
    assert response.status_code == 400


@pytest.mark.parametrize("path", PUBLIC_URLS)
def test_public_pages_refuse_a_hostile_host(client, world, path):
    response = client.get(path, base_url=EVIL)
    assert response.status_code == 400
    assert "evil.example" not in response.text
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_every_absolute_url_of_the_public_pages_uses_the_configured_address(
        client, session, login, world, alias_allowed):
    ready_to_publish(session, world.visitatie)
    publish_report_via_web(login(world.users["directeur"]), world.visitatie)
    client.post("/uitloggen")
    for path in PUBLIC_URLS:
        body = client.get(path, base_url=ALIAS, follow_redirects=True).text
        urls = _own_urls(body)
        assert urls, path
        assert all(url.startswith(f"{BASE}/") for url in urls), (path, urls)
        assert "alias.example" not in body, path
    sitemap = client.get("/sitemap.xml", base_url=ALIAS).text
    assert f"<loc>{BASE}/openbaar/diensten/{world.visitatie.dienst.slug}</loc>" in sitemap
    assert f"Sitemap: {BASE}/sitemap.xml" in client.get("/robots.txt", base_url=ALIAS).text
    overview = client.get("/openbaar", base_url=ALIAS).text
    assert f'<link rel="canonical" href="{BASE}/openbaar">' in overview


@pytest.fixture()
def cache_on(app):
    app.config.update(PUBLIC_PAGE_CACHE=True, PUBLIC_STAMP_MAX_AGE=60)
    app.extensions.pop("public_page_cache", None)
    app.extensions.pop("public_stamp_reader", None)
    yield
    app.config.update(PUBLIC_PAGE_CACHE=False, PUBLIC_STAMP_MAX_AGE=1)
    app.extensions.pop("public_page_cache", None)
    app.extensions.pop("public_stamp_reader", None)


def test_the_cached_public_overview_cannot_be_poisoned_through_the_host(
        app, client, world, cache_on, alias_allowed):
    assert client.get("/openbaar").status_code == 200
    assert client.get("/openbaar", base_url=EVIL).status_code == 400  # not from the cache
    client.get("/openbaar", base_url=ALIAS)
    app.extensions.pop("public_page_cache")  # the alias visit is now the one cached
    client.get("/openbaar", base_url=ALIAS)
    later = app.test_client().get("/openbaar")
    assert later.status_code == 200
    assert "alias.example" not in later.text and "evil.example" not in later.text
    assert f'<link rel="canonical" href="{BASE}/openbaar">' in later.text


# --- proxies and production -------------------------------------------------------------------


def _probe_app(**settings):
    """A fresh app (no database needed) with a route that shows what it takes from proxies."""
    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "test-secret",
                      "PUBLIC_BASE_URL": "https://visitaties.example.nl", **settings})

    @app.get("/_probe")
    def _probe():
        from flask import request, url_for
        return {"remote_addr": request.remote_addr, "scheme": request.scheme,
                "host": request.host, "link": url_for("public.openbaar", _external=True)}

    return app


FORWARDED = {"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https",
             "X-Forwarded-Host": "visitaties.example.nl"}


def test_forwarded_headers_are_ignored_without_trusted_proxies():
    client = _probe_app().test_client()
    body = client.get("/_probe", base_url="http://visitaties.example.nl",
                      headers=FORWARDED, environ_base={"REMOTE_ADDR": "10.0.0.2"}).json
    assert body == {"remote_addr": "10.0.0.2", "scheme": "http", "host": "visitaties.example.nl",
                    "link": "https://visitaties.example.nl/openbaar"}


def test_forwarded_headers_of_a_trusted_proxy_are_honoured():
    client = _probe_app(TRUSTED_PROXIES=1).test_client()
    body = client.get("/_probe", base_url="http://10.0.0.1:8000", headers=FORWARDED,
                      environ_base={"REMOTE_ADDR": "10.0.0.2"}).json
    assert body == {"remote_addr": "203.0.113.9", "scheme": "https",
                    "host": "visitaties.example.nl",
                    "link": "https://visitaties.example.nl/openbaar"}


def test_a_hostile_forwarded_host_is_refused_too():
    client = _probe_app(TRUSTED_PROXIES=1).test_client()
    response = client.get("/_probe", base_url="http://10.0.0.1:8000",
                          headers=FORWARDED | {"X-Forwarded-Host": "evil.example"})
    assert response.status_code == 400


def test_allowed_hosts_are_trusted_and_local_names_only_outside_production():
    development = _probe_app(ALLOWED_HOSTS="intern.example.nl, .odnl.nl")
    assert development.config["TRUSTED_HOSTS"] == [
        "visitaties.example.nl", "intern.example.nl", ".odnl.nl", "127.0.0.1", "localhost"]
    production = _probe_app(ENVIRONMENT="production", ALLOWED_HOSTS="intern.example.nl")
    assert production.config["TRUSTED_HOSTS"] == ["visitaties.example.nl", "intern.example.nl"]
    client = production.test_client()
    assert client.get("/_probe", base_url="http://localhost").status_code == 400
    assert client.get("/_probe", base_url="http://www.odnl.nl").status_code == 400
    assert client.get("/_probe", base_url="https://intern.example.nl").status_code == 200


def test_without_public_base_url_development_links_to_the_dev_address():
    app = _probe_app(PUBLIC_BASE_URL="", DEV_BASE_URL="http://127.0.0.1:5123")
    body = app.test_client().get("/_probe", base_url="http://localhost:5123").json
    assert body["link"] == "http://127.0.0.1:5123/openbaar"
    with app.app_context():  # a job or a command: no request at all
        from flask import url_for
        assert url_for("public.openbaar") == "http://127.0.0.1:5123/openbaar"


def test_production_refuses_to_start_without_public_base_url():
    with pytest.raises(RuntimeError, match="Set PUBLIC_BASE_URL"):
        create_app({"ENVIRONMENT": "production", "SECRET_KEY": "x" * 48,
                    "DATABASE_URL": "sqlite://", "PUBLIC_BASE_URL": ""})


@pytest.mark.parametrize("address", ["visitaties.example.nl", "ftp://visitaties.example.nl",
                                     "https://visitaties.example.nl/?x=1"])
def test_a_malformed_public_base_url_is_refused(address):
    with pytest.raises(RuntimeError, match="not an http"):
        create_app({"SECRET_KEY": "x", "DATABASE_URL": "sqlite://", "PUBLIC_BASE_URL": address})


def test_production_refuses_a_plain_http_public_base_url_with_secure_cookies():
    with pytest.raises(RuntimeError, match="https://"):
        create_app({"ENVIRONMENT": "production", "SECRET_KEY": "x" * 48,
                    "DATABASE_URL": "sqlite://", "SESSION_COOKIE_SECURE": True,
                    "PUBLIC_BASE_URL": "http://visitaties.example.nl"})
