"""Login throttling: per account and address, per address, and an account-wide limit that
only slows guessing down; only failures count, nothing revealed."""
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


def test_five_failures_block_that_address_even_with_the_right_password(client, throttle,
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


def test_failures_from_elsewhere_do_not_lock_the_owner_out(client, throttle, secretaris):
    """L2: five wrong passwords from one address used to block the account everywhere."""
    assert [_attempt(client, secretaris.email, address="10.6.6.6").status_code
            for _ in range(6)] == [401] * 5 + [429]
    assert _attempt(client, secretaris.email, TEST_PASSWORD, "10.0.0.1").status_code == 302


def test_a_guessing_swarm_gets_one_try_per_new_address(client, throttle, secretaris):
    _attempt(client, secretaris.email, TEST_PASSWORD, "10.0.0.1")  # the owner's address
    client.post("/uitloggen")
    for n in range(30):  # 30 failures from 6 addresses: the account-wide limit
        _attempt(client, secretaris.email, address=f"10.9.0.{n % 6}")
    assert _attempt(client, secretaris.email, address="10.9.1.1").status_code == 401
    assert _attempt(client, secretaris.email, address="10.9.1.1").status_code == 429
    # the owner, from an address that logged in before, carries on as usual
    assert _attempt(client, secretaris.email, TEST_PASSWORD, "10.0.0.1").status_code == 302
    client.post("/uitloggen")
    # and the right password on the first try from a new address still works
    assert _attempt(client, secretaris.email, TEST_PASSWORD, "10.9.2.2").status_code == 302
