"""The second factor (TOTP) with recovery codes: set-up, login, throttling, required roles,
the beheerder's reset."""
import re

import pyotp
import pytest
from limits import storage, strategies
from sqlalchemy import select

from tests.factories import TEST_PASSWORD, make_user
from visitatie.audit.models import AuditEvent
from visitatie.auth import two_factor
from visitatie.auth.models import User, UserSession
from visitatie.auth.permissions import DEFAULT_TWO_FACTOR_ROLES
from visitatie.db import utcnow


@pytest.fixture()
def required(app, monkeypatch):
    """The production rule: these roles must use a second factor before anything else."""
    monkeypatch.setitem(app.config, "TWO_FACTOR_REQUIRED_ROLES", DEFAULT_TWO_FACTOR_ROLES)
    monkeypatch.setitem(app.config, "TWO_FACTOR_ENFORCED", True)


CONFIRMED = {"tweestaps-bevestigd": "y"}


def _code(user: User, step: int = 1) -> str:
    """Return the app's code `step` time steps from now (the window accepts -1..+1)."""
    totp = pyotp.TOTP(user.totp_secret)
    return totp.generate_otp(totp.timecode(utcnow()) + step)


def _enable(session, user) -> list[str]:
    two_factor.prepare_two_factor(session, user)
    codes = two_factor.confirm_two_factor(session, user, _code(user, 0))
    session.commit()
    return codes


def _password_step(client, user):
    return client.post("/inloggen", data={"email": user.email, "wachtwoord": TEST_PASSWORD})


def _events(session, user, action):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "user_account", AuditEvent.object_id == user.id,
        AuditEvent.action == action)).all()


def test_set_up_with_the_qr_code_and_a_code_from_the_app(login, session, directeur):
    client = login(directeur)
    page = client.get("/account/tweestaps/instellen").text
    assert "<svg" in page and "QR-code voor uw authenticator-app" in page
    secret = session.get(User, directeur.id).totp_secret
    assert secret in page
    response = client.post("/account/tweestaps/instellen", data={"code": _code(directeur, 0)})
    assert response.status_code == 200
    codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", response.text)
    assert len(set(codes)) == 10
    assert session.get(User, directeur.id).has_two_factor
    assert len(_events(session, directeur, "tweestaps_ingesteld")) == 1


def test_a_wrong_code_does_not_turn_it_on(login, session, directeur):
    client = login(directeur)
    client.get("/account/tweestaps/instellen")
    response = client.post("/account/tweestaps/instellen", data={"code": "000000"})
    assert response.status_code == 400
    assert "De code klopt niet." in response.text
    assert not session.get(User, directeur.id).has_two_factor


def test_login_asks_for_the_code_after_the_password(client, session, directeur):
    _enable(session, directeur)
    response = _password_step(client, directeur)
    assert response.headers["Location"].endswith("/inloggen/code")
    assert client.get("/werkruimte").status_code == 302  # not logged in yet
    response = client.post("/inloggen/code", data={"code": _code(directeur)})
    assert response.headers["Location"].endswith("/werkruimte")
    assert client.get("/werkruimte").status_code == 200
    [event] = _events(session, directeur, "ingelogd")
    assert event.details == {"tweede_factor": "totp"}


def test_a_wrong_or_replayed_code_is_refused(app, client, session, directeur):
    _enable(session, directeur)
    _password_step(client, directeur)
    response = client.post("/inloggen/code", data={"code": "123456"})
    assert response.status_code == 401 and "De code klopt niet." in response.text
    assert client.get("/werkruimte").status_code == 302
    code = _code(directeur)
    assert client.post("/inloggen/code", data={"code": code}).status_code == 302
    other = app.test_client()
    _password_step(other, directeur)
    assert other.post("/inloggen/code", data={"code": code}).status_code == 401


def test_a_replayed_code_says_it_was_used_already(app, client, session, directeur):
    _enable(session, directeur)
    code = _code(directeur)
    _password_step(client, directeur)
    assert client.post("/inloggen/code", data={"code": code}).status_code == 302
    other = app.test_client()
    _password_step(other, directeur)
    response = other.post("/inloggen/code", data={"code": code})
    assert response.status_code == 401
    assert ("Deze code is al gebruikt. Wacht tot de app een nieuwe code toont en typ die."
            in response.text)
    assert "De code klopt niet." not in response.text
    assert other.get("/werkruimte").status_code == 302
    assert len(_events(session, directeur, "tweestaps_geweigerd")) == 1
    earlier = other.post("/inloggen/code", data={"code": _code(directeur, -1)})
    assert "Deze code is al gebruikt." in earlier.text  # older than the one used: also spent


def test_a_recovery_code_works_once(app, client, session, directeur):
    codes = _enable(session, directeur)
    _password_step(client, directeur)
    assert client.post("/inloggen/code", data={"code": codes[3].upper()}).status_code == 302
    assert len(_events(session, directeur, "herstelcode_gebruikt")) == 1
    again = app.test_client()
    _password_step(again, directeur)
    assert again.post("/inloggen/code", data={"code": codes[3]}).status_code == 401
    assert again.post("/inloggen/code", data={"code": codes[4]}).status_code == 302


def test_wrong_codes_are_throttled(app, client, session, directeur, monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_THROTTLE_ENABLED", True)
    monkeypatch.setitem(app.extensions, "login_throttle", strategies.FixedWindowRateLimiter(
        storage.storage_from_string("memory://")))
    _enable(session, directeur)
    _password_step(client, directeur)
    statuses = [client.post("/inloggen/code", data={"code": "000000"}).status_code
                for _ in range(6)]
    assert statuses == [401] * 5 + [429]
    response = client.post("/inloggen/code", data={"code": _code(directeur)})
    assert response.status_code == 429 and "Te veel onjuiste codes." in response.text


def test_new_recovery_codes_replace_the_old_ones(app, login, session, directeur):
    old = _enable(session, directeur)
    client = app.test_client()
    _password_step(client, directeur)
    client.post("/inloggen/code", data={"code": _code(directeur)})
    page = client.post("/account/tweestaps/herstelcodes").text
    new = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", page)
    assert len(new) == 10 and not set(new) & set(old)
    other = app.test_client()
    _password_step(other, directeur)
    assert other.post("/inloggen/code", data={"code": old[0]}).status_code == 401


def test_a_required_role_must_set_it_up_before_anything_else(client, session, required,
                                                             world, secretaris):
    response = _password_step(client, secretaris)
    assert response.headers["Location"].endswith("/account/tweestaps/instellen")
    assert client.get("/werkruimte").headers["Location"].endswith(
        "/account/tweestaps/instellen")
    kernstukken = client.get(f"/visitaties/{world.visitatie.id}/kernstukken/")
    assert kernstukken.headers["Location"].endswith("/account/tweestaps/instellen")
    client.get("/account/tweestaps/instellen")
    user = session.get(User, secretaris.id)
    client.post("/account/tweestaps/instellen", data={"code": _code(user, 0)})
    assert client.get("/werkruimte").status_code == 200


def test_the_demo_prompts_but_lets_a_required_role_postpone(app, client, session, monkeypatch,
                                                            beheerder):
    monkeypatch.setitem(app.config, "TWO_FACTOR_REQUIRED_ROLES", DEFAULT_TWO_FACTOR_ROLES)
    monkeypatch.setitem(app.config, "DEMO_MODE", True)
    response = _password_step(client, beheerder)
    assert response.headers["Location"].endswith("/werkruimte")
    page = client.get("/werkruimte")
    assert page.status_code == 200
    assert ('Uw rol vraagt om tweestapsverificatie; in deze omgeving mag u dat uitstellen. '
            '<a href="/account/tweestaps/instellen">Tweestapsverificatie instellen</a>'
            in page.text)


def test_an_optional_user_may_turn_it_off_a_required_one_may_not(app, session, required,
                                                                 directeur, secretaris):
    for user, expected in ((directeur, 302), (secretaris, 403)):
        _enable(session, user)
        client = app.test_client()
        _password_step(client, user)
        client.post("/inloggen/code", data={"code": _code(user)})
        response = client.post("/account/tweestaps/uitzetten",
                               data={"wachtwoord": TEST_PASSWORD})
        assert response.status_code == expected
    assert not session.get(User, directeur.id).has_two_factor
    assert session.get(User, secretaris.id).has_two_factor
    assert len(_events(session, directeur, "tweestaps_uitgezet")) == 1


def test_the_beheerder_resets_a_lost_second_factor(app, login, session, required, beheerder,
                                                   secretaris):
    _enable(session, secretaris)
    victim = app.test_client()
    _password_step(victim, secretaris)
    victim.post("/inloggen/code", data={"code": _code(secretaris)})
    _enable(session, beheerder)
    admin = app.test_client()
    _password_step(admin, beheerder)
    admin.post("/inloggen/code", data={"code": _code(beheerder)})
    response = admin.post(f"/beheer/gebruikers/{secretaris.id}/tweestaps-herstellen",
                          data=CONFIRMED)
    assert response.status_code == 302
    page = admin.get(response.headers["Location"]).text
    assert ("De tweestapsverificatie van Test secretaris is verwijderd; bij de volgende keer "
            "inloggen stelt Test secretaris die opnieuw in.") in page
    [event] = _events(session, secretaris, "tweestaps_hersteld")
    assert event.actor_id == beheerder.id
    assert not session.get(User, secretaris.id).has_two_factor
    assert victim.get("/account").status_code == 302  # every session ended
    assert session.scalars(select(UserSession.end_reason).where(
        UserSession.user_id == secretaris.id)).all() == ["tweestaps"]
    fresh = app.test_client()
    assert _password_step(fresh, secretaris).headers["Location"].endswith(
        "/account/tweestaps/instellen")


def test_the_reset_asks_to_confirm_who_is_asking(login, session, beheerder, secretaris):
    _enable(session, secretaris)
    admin = login(beheerder)
    page = admin.get(f"/beheer/gebruikers/{secretaris.id}").text
    assert "Ik heb vastgesteld dat dit verzoek echt van Test secretaris komt" in page
    response = admin.post(f"/beheer/gebruikers/{secretaris.id}/tweestaps-herstellen")
    assert response.status_code == 400
    assert ("Vink eerst aan dat u hebt vastgesteld dat het verzoek echt van deze persoon komt. "
            "De tweestapsverificatie is niet verwijderd.") in response.text
    session.expire_all()
    assert session.get(User, secretaris.id).has_two_factor
    assert _events(session, secretaris, "tweestaps_hersteld") == []


def test_the_reset_message_of_a_person_without_the_duty(login, session, beheerder, directeur):
    _enable(session, directeur)
    admin = login(beheerder)
    response = admin.post(f"/beheer/gebruikers/{directeur.id}/tweestaps-herstellen",
                          data=CONFIRMED, follow_redirects=True)
    assert ("De tweestapsverificatie van Test directeur is verwijderd; Test directeur logt nu "
            "in met alleen het wachtwoord en kan die zelf weer instellen via ‘Mijn account’."
            in response.text)
    assert "bij de volgende keer inloggen" not in response.text
    assert not session.get(User, directeur.id).has_two_factor


@pytest.mark.parametrize("key", ["bestuur", "secretaris", "directeur"])
def test_only_the_beheerder_may_reset_a_second_factor(login, session, world, key):
    target = make_user(session)
    _enable(session, target)
    response = login(world.users[key]).post(f"/beheer/gebruikers/{target.id}/"
                                            "tweestaps-herstellen")
    assert response.status_code == 403
    assert session.get(User, target.id).has_two_factor
    assert _events(session, target, "tweestaps_hersteld") == []


def test_the_account_page_shows_the_second_factor_once_in_its_body(login, directeur):
    page = login(directeur).get("/account").text
    assert re.search(r"<title>(.*?)</title>", page, re.S).group(1) == \
        "Mijn account · Visitaties omgevingsdiensten"
    assert page.count('<h2 id="tweestaps-kop">Tweestapsverificatie</h2>') == 1
    assert '<a class="button" href="/account/tweestaps/instellen">' in page
