"""Production defaults (issue 19): no known secret key, HSTS, secure cookies, no-store.

M6: whenever VISITATIE_ENV was not production the key was the constant `dev-only-change-me`,
with which a beheerder session and a reset token for any account were forged. Now only a
configured key or a random one of this installation (kept in SECRET_KEY_FILE, mode 0600)
is used, and production refuses to start without SECRET_KEY.
"""
import stat
from pathlib import Path

import pytest
from itsdangerous import BadSignature

from visitatie import create_app
from visitatie.config import PROJECT_ROOT, from_environment
from visitatie.core.security import HSTS

OLD_CONSTANT = "dev-only-change-me"


def _app(tmp_path: Path, **settings):
    return create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "",
                       "SECRET_KEY_FILE": str(tmp_path / "instance" / "secret_key"), **settings})


def test_no_constant_secret_key_is_left_in_the_code():
    sources = [*(PROJECT_ROOT / "visitatie").rglob("*.py"), PROJECT_ROOT / "Makefile",
               PROJECT_ROOT / "Procfile"]
    assert [path for path in sources if OLD_CONSTANT in path.read_text()] == []


def test_without_a_key_the_environment_gives_none(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("VISITATIE_ENV", raising=False)
    assert from_environment()["SECRET_KEY"] == ""
    assert from_environment()["SECRET_KEY_FILE"] == str(PROJECT_ROOT / "instance" / "secret_key")


def test_development_without_a_key_makes_a_random_one_and_keeps_it(tmp_path):
    first = _app(tmp_path).config["SECRET_KEY"]
    again = _app(tmp_path).config["SECRET_KEY"]
    elsewhere = _app(tmp_path / "other").config["SECRET_KEY"]
    assert first == again  # sessions and mailed links survive a restart
    assert first != elsewhere and OLD_CONSTANT not in (first, elsewhere)
    assert len(first) >= 48
    key_file = tmp_path / "instance" / "secret_key"
    assert key_file.read_text() == first
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert [p.name for p in key_file.parent.iterdir()] == ["secret_key"]  # no draft left


def test_a_session_signed_with_the_old_constant_is_not_accepted(tmp_path):
    app = _app(tmp_path)
    interface = app.session_interface
    forged = interface.get_signing_serializer(
        _app(tmp_path / "old", SECRET_KEY=OLD_CONSTANT)).dumps({"_user_id": "1"})
    with pytest.raises(BadSignature):
        interface.get_signing_serializer(app).loads(forged)


def test_an_empty_key_file_is_refused_with_a_clear_message(tmp_path):
    (tmp_path / "instance").mkdir()
    (tmp_path / "instance" / "secret_key").write_text("")
    with pytest.raises(RuntimeError, match="holds no usable secret key"):
        _app(tmp_path)


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    with pytest.raises(RuntimeError, match="Set SECRET_KEY"):
        _app(tmp_path, ENVIRONMENT="production", PUBLIC_BASE_URL="https://visitaties.example.nl")
    assert not (tmp_path / "instance" / "secret_key").exists()


def test_an_unknown_environment_name_is_refused(tmp_path):
    with pytest.raises(RuntimeError, match="VISITATIE_ENV"):
        _app(tmp_path, ENVIRONMENT="prod")


# --- cookies, HSTS, caching ---------------------------------------------------------------------


@pytest.mark.parametrize("environment, explicit, secure", [
    ("production", None, True), ("production", "0", False), ("development", None, False),
    ("development", "1", True)])
def test_cookies_are_secure_in_production_by_default(monkeypatch, environment, explicit, secure):
    monkeypatch.setenv("VISITATIE_ENV", environment)
    if explicit is None:
        monkeypatch.delenv("SESSION_COOKIE_SECURE", raising=False)
    else:
        monkeypatch.setenv("SESSION_COOKIE_SECURE", explicit)
    settings = from_environment()
    assert settings["SESSION_COOKIE_SECURE"] is secure
    assert settings["REMEMBER_COOKIE_SECURE"] is secure


def test_a_production_session_cookie_is_secure_and_the_answer_carries_hsts(tmp_path):
    app = _app(tmp_path, ENVIRONMENT="production", SECRET_KEY="k" * 48,
               PUBLIC_BASE_URL="https://visitaties.example.nl", SESSION_COOKIE_SECURE=True,
               WTF_CSRF_ENABLED=False)
    response = app.test_client().post("/taal", data={"taal": "en"},
                                      base_url="https://visitaties.example.nl")
    assert response.status_code == 302
    assert "; Secure" in response.headers["Set-Cookie"]
    assert "; HttpOnly" in response.headers["Set-Cookie"]
    assert response.headers["Strict-Transport-Security"] == HSTS
    assert HSTS == "max-age=31536000; includeSubDomains"


def test_outside_production_there_is_no_hsts(client):
    assert "Strict-Transport-Security" not in client.get("/openbaar").headers


def test_production_sends_hsts_on_every_answer(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "ENVIRONMENT", "production")
    for path in ("/openbaar", "/inloggen", "/bestaat-niet", "/healthz"):
        assert client.get(path).headers["Strict-Transport-Security"] == HSTS, path


def test_every_answer_to_a_logged_in_person_is_no_store(login, world):
    client = login(world.users["secretaris"])
    visitatie = world.visitatie.id
    for path in ("/werkruimte", f"/visitaties/{visitatie}", "/account", "/openbaar",
                 "/openbaar/data/overzicht.json", "/healthz", "/bestaat-niet"):
        response = client.get(path)
        assert response.cache_control.no_store, (path, response.status_code)
        assert not response.cache_control.public and response.cache_control.max_age is None


def test_the_login_answer_itself_is_no_store(client, secretaris):
    from tests.factories import TEST_PASSWORD

    response = client.post("/inloggen", data={"email": secretaris.email,
                                              "wachtwoord": TEST_PASSWORD})
    assert response.status_code == 302
    assert response.headers["Cache-Control"] == "no-store"


def test_anonymous_public_pages_keep_their_caching(client, world):
    data = client.get("/openbaar/data/overzicht.json")
    assert data.cache_control.public and data.cache_control.max_age == 300
    assert "no-store" not in client.get("/openbaar").headers.get("Cache-Control", "")


def test_static_files_keep_their_caching_for_a_logged_in_person(login, secretaris):
    with login(secretaris).get("/static/theme.css") as response:
        assert response.status_code == 200
        assert response.headers.get("Cache-Control") != "no-store"
