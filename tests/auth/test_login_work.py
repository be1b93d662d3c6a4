"""Known and unknown addresses cost the same at login: one password verification each, and
the stand-in hash for unknown addresses is made once (L1). Timing itself is measured by
bench/login_timing.py, never asserted here."""
import pytest

from visitatie.auth import passwords


class CountingHasher:
    """Wraps the test profile's hasher and counts what it is asked to do."""

    def __init__(self, hasher):
        self.hasher, self.hashes, self.verifies = hasher, 0, 0

    def hash(self, password):
        self.hashes += 1
        return self.hasher.hash(password)

    def verify(self, password_hash, password):
        self.verifies += 1
        return self.hasher.verify(password_hash, password)

    def check_needs_rehash(self, password_hash):
        return self.hasher.check_needs_rehash(password_hash)


@pytest.fixture()
def hasher(monkeypatch):
    counting = CountingHasher(passwords._HASHERS["test"])
    monkeypatch.setitem(passwords._HASHERS, "test", counting)
    monkeypatch.setattr(passwords, "_DUMMY_HASHES", {})
    return counting


def _work(client, hasher, email) -> tuple[int, int]:
    before = (hasher.hashes, hasher.verifies)
    response = client.post("/inloggen", data={"email": email, "wachtwoord": "fout"})
    assert response.status_code == 401
    return hasher.hashes - before[0], hasher.verifies - before[1]


def test_a_known_and_an_unknown_address_each_verify_once(client, hasher, directeur):
    _work(client, hasher, "warm@test.nl")  # the first unknown address makes the stand-in
    assert _work(client, hasher, directeur.email) == (0, 1)
    assert _work(client, hasher, "onbekend@test.nl") == (0, 1)


def test_the_stand_in_hash_is_made_once(client, hasher, world):
    made = [_work(client, hasher, f"onbekend{n}@test.nl")[0] for n in range(3)]
    assert made == [1, 0, 0]
