"""Health check and the Dutch error pages."""
import pytest


def test_healthz_tells_the_outside_world_only_the_verdict(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}
    assert response.headers["Cache-Control"] == "no-store"


def test_healthz_reports_database_and_in_process_queue_to_a_beheerder(login, beheerder):
    response = login(beheerder).get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok", "queue": "in-process"}


@pytest.mark.parametrize("role", ["directeur", "secretaris", "bestuur"])
def test_healthz_details_are_for_a_beheerder_only(login, world, role):
    assert login(world.users[role]).get("/healthz").json == {"status": "ok"}


def test_healthz_reports_unreachable_redis_as_degraded(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "REDIS_URL", "redis://127.0.0.1:1/0")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "degraded"}


def test_healthz_answers_503_without_details_when_the_database_is_down(client, monkeypatch):
    monkeypatch.setattr("visitatie.core.views._database_status", lambda: "unavailable")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json == {"status": "degraded"}


def test_missing_page_is_a_dutch_404(client):
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.text
    assert "Traceback" not in response.text


def test_wrong_method_is_a_dutch_405(client):
    response = client.get("/uitloggen")
    assert response.status_code == 405
    assert "Deze handeling kan zo niet" in response.text


def test_unexpected_error_is_a_dutch_500_without_trace(app, client, monkeypatch):
    def broken():
        raise RuntimeError("geheime details")

    monkeypatch.setitem(app.view_functions, "public.openbaar", broken)
    monkeypatch.setitem(app.config, "SHOW_500_PAGE_IN_TESTS", True)
    response = client.get("/openbaar")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.text
    assert "geheime details" not in response.text and "Traceback" not in response.text


def test_pages_declare_dutch_and_offer_a_skip_link(client):
    page = client.get("/openbaar").text
    assert '<html lang="nl">' in page
    assert 'href="#inhoud"' in page and 'id="inhoud"' in page


def test_language_switch_to_english_is_remembered(client):
    response = client.post("/taal", data={"taal": "en", "next": "/inloggen"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/inloggen")
    page = client.get("/inloggen").text
    assert '<html lang="en">' in page
    assert "<h1>Sign in</h1>" in page and "E-mailadres" not in page


def test_language_switch_refuses_foreign_redirects(client):
    response = client.post("/taal", data={"taal": "nl", "next": "//evil.example/"})
    assert "evil" not in response.headers["Location"]
    assert response.headers["Location"] in ("/", "http://visitatie.test/")


def test_every_response_carries_the_security_headers(client):
    response = client.get("/openbaar")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"

