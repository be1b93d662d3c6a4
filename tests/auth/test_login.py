"""Logging in and out, sessions, CSRF."""
import re

from sqlalchemy import select

from tests.factories import TEST_PASSWORD, make_user
from visitatie.audit.models import AuditEvent
from visitatie.auth.models import User


def _events(session, user, action):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "user_account", AuditEvent.object_id == user.id,
        AuditEvent.action == action)).all()


def test_login_page_is_dutch_with_labelled_fields(client):
    page = client.get("/inloggen").text
    assert "<h1>Inloggen</h1>" in page
    assert '<label class="form-label" for="email">E-mailadres</label>' in page
    assert 'autocomplete="current-password"' in page


def test_login_redirects_to_the_werkruimte_and_records_it(client, session, secretaris):
    response = client.post("/inloggen", data={"email": secretaris.email.upper(),
                                              "wachtwoord": TEST_PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/werkruimte")
    assert client.get("/werkruimte").status_code == 200
    assert len(_events(session, secretaris, "ingelogd")) == 1
    assert session.get(User, secretaris.id).last_login_at is not None


def test_wrong_password_is_refused_with_401_and_keeps_the_address(client, session, directeur):
    response = client.post("/inloggen", data={"email": directeur.email, "wachtwoord": "fout"})
    assert response.status_code == 401
    assert "Het e-mailadres of het wachtwoord klopt niet." in response.text
    assert f'value="{directeur.email}"' in response.text
    assert client.get("/werkruimte").status_code == 302
    assert len(_events(session, directeur, "login_geweigerd")) == 1


def test_unknown_address_gets_the_same_answer_as_a_wrong_password(client, world):
    response = client.post("/inloggen", data={"email": "niemand@test.nl", "wachtwoord": "x"})
    assert response.status_code == 401
    assert "Het e-mailadres of het wachtwoord klopt niet." in response.text


def test_inactive_account_cannot_log_in(client, session):
    user = make_user(session, is_actief=False)
    session.commit()
    response = client.post("/inloggen", data={"email": user.email, "wachtwoord": TEST_PASSWORD})
    assert response.status_code == 401


def test_empty_login_form_names_both_fields(client):
    response = client.post("/inloggen", data={})
    assert response.status_code == 400
    assert "Vul uw e-mailadres in." in response.text
    assert "Vul uw wachtwoord in." in response.text
    assert 'class="error-summary"' in response.text


def test_next_parameter_only_redirects_within_the_site(client, secretaris):
    data = {"email": secretaris.email, "wachtwoord": TEST_PASSWORD}
    response = client.post("/inloggen?next=//evil.example/x", data=data)
    assert response.headers["Location"].endswith("/werkruimte")
    client.post("/uitloggen")
    response = client.post("/inloggen?next=/account", data=data)
    assert response.headers["Location"] == "/account"


def test_protected_page_sends_anonymous_visitors_to_login(client, world):
    response = client.get("/werkruimte")
    assert response.status_code == 302
    assert "/inloggen?next=" in response.headers["Location"]


def test_logout_needs_post_and_ends_the_session(login, secretaris):
    client = login(secretaris)
    assert client.get("/uitloggen").status_code == 405
    assert client.post("/uitloggen").status_code == 302
    assert client.get("/werkruimte").status_code == 302


def test_session_cookie_is_httponly_and_samesite(client, secretaris):
    response = client.post("/inloggen", data={"email": secretaris.email,
                                              "wachtwoord": TEST_PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_form_without_csrf_token_is_refused_with_a_dutch_400(client, csrf_enabled, secretaris):
    response = client.post("/inloggen", data={"email": secretaris.email,
                                              "wachtwoord": TEST_PASSWORD})
    assert response.status_code == 400
    assert "Formulier verlopen" in response.text
    assert client.get("/werkruimte").status_code == 302


def test_login_with_csrf_token_from_the_form_succeeds(client, csrf_enabled, secretaris):
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"',
                      client.get("/inloggen").text).group(1)
    response = client.post("/inloggen", data={"email": secretaris.email,
                                              "wachtwoord": TEST_PASSWORD, "csrf_token": token})
    assert response.status_code == 302


def test_changing_the_password_logs_out_other_sessions(app, session, login, secretaris):
    other_device = app.test_client()
    other_device.post("/inloggen", data={"email": secretaris.email, "wachtwoord": TEST_PASSWORD})
    client = login(secretaris)
    response = client.post("/account", data={
        "huidig_wachtwoord": TEST_PASSWORD, "nieuw_wachtwoord": "een-heel-nieuw-wachtwoord",
        "herhaal_wachtwoord": "een-heel-nieuw-wachtwoord"})
    assert response.status_code == 302
    assert client.get("/werkruimte").status_code == 200
    assert other_device.get("/werkruimte").status_code == 302
    assert len(_events(session, secretaris, "wachtwoord_gewijzigd")) == 1


def test_password_change_with_wrong_current_password_is_refused(login, secretaris):
    client = login(secretaris)
    response = client.post("/account", data={
        "huidig_wachtwoord": "fout", "nieuw_wachtwoord": "een-heel-nieuw-wachtwoord",
        "herhaal_wachtwoord": "een-heel-nieuw-wachtwoord"})
    assert response.status_code == 400
    assert "Het huidige wachtwoord klopt niet." in response.text
    client.post("/uitloggen")
    assert login(secretaris)  # the old password still works
