"""Login throttling: per account and per address, only failures count, nothing revealed."""
import pytest
from limits import storage, strategies

from tests.factories import TEST_PASSWORD

BLOCKED = "Te veel mislukte inlogpogingen."


@pytest.fixture()
def throttle(app, monkeypatch):
    """Throttling on, with a fresh in-memory counter for this test."""
    monkeypatch.setitem(app.config, "LOGIN_THROTTLE_ENABLED", True)
    fresh = strategies.FixedWindowRateLimiter(storage.storage_from_string("memory://"))
    monkeypatch.setitem(app.extensions, "login_throttle", fresh)


def _attempt(client, email, password="fout", address="10.0.0.1"):
    return client.post("/inloggen", data={"email": email, "wachtwoord": password},
                       environ_base={"REMOTE_ADDR": address})


def test_five_failures_block_the_account_even_with_the_right_password(client, throttle,
                                                                      secretaris):
    assert [_attempt(client, secretaris.email).status_code for _ in range(5)] == [401] * 5
    blocked = _attempt(client, secretaris.email, TEST_PASSWORD)
    assert blocked.status_code == 429
    assert BLOCKED in blocked.text
    assert client.get("/werkruimte").status_code == 302


def test_an_unknown_address_is_blocked_the_same_way(client, throttle, world):
    for _ in range(5):
        _attempt(client, "niemand@test.nl")
    response = _attempt(client, "niemand@test.nl")
    assert response.status_code == 429 and BLOCKED in response.text


def test_other_accounts_are_not_blocked_by_one_account(client, throttle, secretaris,
                                                       directeur):
    for _ in range(5):
        _attempt(client, secretaris.email, address="10.0.0.2")
    assert _attempt(client, directeur.email, TEST_PASSWORD, "10.0.0.3").status_code == 302


def test_many_failures_from_one_address_block_that_address(client, throttle, world, directeur):
    for n in range(20):
        _attempt(client, f"poging{n}@test.nl", address="10.0.0.9")
    assert _attempt(client, directeur.email, TEST_PASSWORD, "10.0.0.9").status_code == 429
    assert _attempt(client, directeur.email, TEST_PASSWORD, "10.0.0.10").status_code == 302


def test_successful_logins_do_not_count(client, throttle, secretaris):
    for _ in range(8):
        assert _attempt(client, secretaris.email, TEST_PASSWORD).status_code == 302
        client.post("/uitloggen")
