"""Login throttling per account and per address, on Redis when configured (else memory).

Only failed attempts count. The key is the address that was typed, whether or not an
account has it, so a blocked login reveals nothing about which accounts exist.
"""
import logging

from flask import Flask, current_app
from limits import parse, storage, strategies
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
PER_ACCOUNT = parse("5/5 minutes")
PER_ADDRESS = parse("20/5 minutes")


def init_throttle(app: Flask) -> None:
    uri = app.config.get("REDIS_URL") or "memory://"
    store = storage.storage_from_string(uri)
    app.extensions["login_throttle"] = strategies.FixedWindowRateLimiter(store)


def _keys(email: str, address: str | None) -> list:
    return [(PER_ACCOUNT, "login-account", (email or "").strip().lower()),
            (PER_ADDRESS, "login-address", address or "onbekend")]


def is_login_blocked(email: str, address: str | None) -> bool:
    """Return whether too many failed logins came for this account or from this address."""
    if not current_app.config.get("LOGIN_THROTTLE_ENABLED", True):
        return False
    limiter = current_app.extensions["login_throttle"]
    try:
        return any(not limiter.test(limit, kind, key) for limit, kind, key in _keys(email, address))
    except RedisError:
        log.warning("Login throttle storage unavailable; not throttling")
        return False


def record_failed_login(email: str, address: str | None) -> None:
    """Count a failed login against the account and the address."""
    if not current_app.config.get("LOGIN_THROTTLE_ENABLED", True):
        return
    limiter = current_app.extensions["login_throttle"]
    try:
        for limit, kind, key in _keys(email, address):
            limiter.hit(limit, kind, key)
    except RedisError:
        log.warning("Login throttle storage unavailable; failure not counted")
