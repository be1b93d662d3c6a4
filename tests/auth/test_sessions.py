"""Sessions live on the server: logging out, a new password, deactivation and idle time
end them for good, whoever kept a copy of the cookie (M5)."""
from datetime import timedelta

from sqlalchemy import select

from tests.factories import TEST_PASSWORD
from visitatie.auth.models import UserSession
from visitatie.db import utcnow

NEW_PASSWORD = "een-heel-nieuw-wachtwoord"


def _copy_of_cookie(app, client):
    """Return a second client that holds a copy of `client`'s session cookie."""
    name = app.config["SESSION_COOKIE_NAME"]
    cookie = client.get_cookie(name, domain=app.config["SERVER_NAME"])
    thief = app.test_client()
    thief.set_cookie(name, cookie.value, domain=cookie.domain)
    return thief


def test_an_old_cookie_is_dead_after_logging_out(app, login, world, secretaris):
    client = login(secretaris)
    thief = _copy_of_cookie(app, client)
    assert thief.get("/account").status_code == 200
    client.post("/uitloggen")
    assert thief.get("/account").status_code == 302
    kernstukken = f"/visitaties/{world.visitatie.id}/kernstukken/"
    assert thief.get(kernstukken).status_code == 302


def test_logging_out_ends_only_this_session(app, session, login, secretaris):
    other_device = app.test_client()
    other_device.post("/inloggen", data={"email": secretaris.email,
                                         "wachtwoord": TEST_PASSWORD})
    client = login(secretaris)
    client.post("/uitloggen")
    assert other_device.get("/account").status_code == 200
    reasons = session.scalars(select(UserSession.end_reason).where(
        UserSession.user_id == secretaris.id).order_by(UserSession.id)).all()
    assert reasons == [None, "uitgelogd"]


def test_a_client_set_forwarded_for_header_neither_binds_nor_breaks_the_session(
        app, login, secretaris):
    client = login(secretaris)
    response = client.get("/account", headers={"X-Forwarded-For": "203.0.113.9"})
    assert response.status_code == 200


def test_a_new_password_ends_the_copies_of_the_cookie(app, login, secretaris):
    client = login(secretaris)
    thief = _copy_of_cookie(app, client)
    client.post("/account", data={"huidig_wachtwoord": TEST_PASSWORD,
                                  "nieuw_wachtwoord": NEW_PASSWORD,
                                  "herhaal_wachtwoord": NEW_PASSWORD})
    assert client.get("/account").status_code == 200
    assert thief.get("/account").status_code == 302


def test_deactivation_ends_every_session(app, session, login, secretaris, beheerder):
    victim = app.test_client()
    victim.post("/inloggen", data={"email": secretaris.email, "wachtwoord": TEST_PASSWORD})
    admin = login(beheerder)
    response = admin.post(f"/beheer/gebruikers/{secretaris.id}", data={
        "naam": secretaris.naam, "email": secretaris.email, "dienst_id": "",
        "version_id": str(secretaris.version_id)})  # is_actief unticked
    assert response.status_code == 302
    assert victim.get("/account").status_code == 302
    assert session.scalars(select(UserSession.end_reason).where(
        UserSession.user_id == secretaris.id)).all() == ["gedeactiveerd"]


def test_an_idle_session_ends(login, secretaris, monkeypatch):
    client = login(secretaris)
    later = utcnow() + timedelta(minutes=61)
    monkeypatch.setattr("visitatie.auth.sessions.utcnow", lambda: later)
    assert client.get("/account").status_code == 302


def test_a_used_session_stays_alive_past_the_idle_time(login, secretaris, monkeypatch):
    client = login(secretaris)
    start = utcnow()
    for minutes in (40, 80, 120):
        moment = start + timedelta(minutes=minutes)
        monkeypatch.setattr("visitatie.auth.sessions.utcnow", lambda m=moment: m)
        assert client.get("/account").status_code == 200


def test_no_session_lasts_longer_than_the_maximum(login, secretaris, monkeypatch):
    client = login(secretaris)
    start = utcnow()
    for minutes in range(50, 13 * 60, 50):
        moment = start + timedelta(minutes=minutes)
        monkeypatch.setattr("visitatie.auth.sessions.utcnow", lambda m=moment: m)
        status = client.get("/account").status_code
    assert status == 302


def test_a_password_set_through_a_mailed_link_ends_every_session(app, login,
                                                                 secretaris, caplog):
    logged_in = login(secretaris)
    thief = _copy_of_cookie(app, logged_in)
    anonymous = app.test_client()
    anonymous.post("/wachtwoord-vergeten", data={"email": secretaris.email})
    [message] = [r.getMessage() for r in caplog.records if "/wachtwoord-instellen/" in
                 r.getMessage()]
    path = message.split("http://visitatie.test", 1)[1]
    anonymous.post(path, data={"nieuw_wachtwoord": NEW_PASSWORD,
                               "herhaal_wachtwoord": NEW_PASSWORD})
    assert logged_in.get("/account").status_code == 302
    assert thief.get("/account").status_code == 302


def test_old_sessions_are_forgotten_at_the_next_login(app, session, login, secretaris):
    old = UserSession(token_hash="0" * 64, user_id=secretaris.id,
                      created_at=utcnow() - timedelta(days=40),
                      ended_at=utcnow() - timedelta(days=39), end_reason="uitgelogd")
    session.add(old)
    session.flush()
    login(secretaris)
    hashes = session.scalars(select(UserSession.token_hash).where(
        UserSession.user_id == secretaris.id)).all()
    assert len(hashes) == 1 and hashes[0] != "0" * 64
