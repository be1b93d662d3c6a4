"""Argon2 password hashing; tests use a cheaper profile through ARGON2_PROFILE=test."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app

_HASHERS = {
    "default": PasswordHasher(),
    "test": PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
}
# Verified against when the address is unknown, so both cases take the same time.
_DUMMY_HASHES: dict[str, str] = {}
MIN_LENGTH = 12


def _hasher() -> PasswordHasher:
    return _HASHERS[current_app.config.get("ARGON2_PROFILE", "default")]


def hash_password(password: str) -> str:
    """Return the argon2 hash of `password`."""
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Return whether `password` matches; spends the same effort when there is no hash."""
    hasher = _hasher()
    if password_hash is None:
        _safe_verify(hasher, _dummy_hash(hasher), password)
        return False
    return _safe_verify(hasher, password_hash, password)


def _dummy_hash(hasher: PasswordHasher) -> str:
    # Made once per profile: hashing it on every call made unknown addresses twice as slow.
    profile = current_app.config.get("ARGON2_PROFILE", "default")
    if profile not in _DUMMY_HASHES:
        _DUMMY_HASHES[profile] = hasher.hash("geen-account")
    return _DUMMY_HASHES[profile]


def needs_rehash(password_hash: str) -> bool:
    """Return whether the hash was made with older parameters."""
    return _hasher().check_needs_rehash(password_hash)


def _safe_verify(hasher: PasswordHasher, password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
