"""Throttling of password guesses, second-factor codes and reset requests.

On Redis when configured, else in memory. Only failed attempts count. Keys use the
address that was typed, whether or not an account has it, so a refusal reveals nothing
about which accounts exist. The client address is `request.remote_addr` (ProxyFix sets
it from the trusted proxies), never a header the client chose.

Failures from one address must not lock the account for everyone else: the hard limit
is per (account, address) and per address. Across all addresses an account has a larger
limit that only slows guessing down: once it is exceeded, an address that never logged in
to the account successfully gets one attempt per window instead of five, while an address
that did (a known-good client) carries on as before.
"""
import logging

from flask import Flask, current_app
from limits import parse, storage, strategies
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
PER_ACCOUNT_ADDRESS = parse("5/5 minutes")
PER_ADDRESS = parse("20/5 minutes")
PER_ACCOUNT = parse("30/15 minutes")      # from all addresses together: slows down only
KNOWN_GOOD = parse("1000000/30 days")     # a successful login marks the address for 30 days
SECOND_FACTOR = parse("5/5 minutes")      # wrong codes per account (the password was right)
RESET_PER_ACCOUNT = parse("3/hour")
RESET_PER_ADDRESS = parse("20/hour")


def init_throttle(app: Flask) -> None:
    uri = app.config.get("REDIS_URL") or "memory://"
    store = storage.storage_from_string(uri)
    app.extensions["login_throttle"] = strategies.FixedWindowRateLimiter(store)


def _limiter():
    if not current_app.config.get("LOGIN_THROTTLE_ENABLED", True):
        return None
    return current_app.extensions["login_throttle"]


def _account(email: str) -> str:
    return (email or "").strip().lower()


def _address(address: str | None) -> str:
    return address or "onbekend"


def _used(limiter, limit, *key) -> int:
    return limit.amount - limiter.get_window_stats(limit, *key).remaining


def is_login_blocked(email: str, address: str | None) -> bool:
    """Return whether this address may not try a password for this account now."""
    limiter = _limiter()
    if limiter is None:
        return False
    account, address = _account(email), _address(address)
    try:
        if not limiter.test(PER_ADDRESS, "login-address", address):
            return True
        if not limiter.test(PER_ACCOUNT_ADDRESS, "login-pair", account, address):
            return True
        under_attack = not limiter.test(PER_ACCOUNT, "login-account", account)
        known = _used(limiter, KNOWN_GOOD, "login-good", account, address) > 0
        return under_attack and not known and \
            _used(limiter, PER_ACCOUNT_ADDRESS, "login-pair", account, address) >= 1
    except RedisError:
        log.warning("Login throttle storage unavailable; not throttling")
        return False


def record_failed_login(email: str, address: str | None) -> None:
    """Count a failed login against the account, the address and the pair of both."""
    _hit_all((PER_ACCOUNT_ADDRESS, "login-pair", _account(email), _address(address)),
             (PER_ADDRESS, "login-address", _address(address)),
             (PER_ACCOUNT, "login-account", _account(email)))


def record_good_login(email: str, address: str | None) -> None:
    """Remember that this address logged in to this account (a known-good client)."""
    _hit_all((KNOWN_GOOD, "login-good", _account(email), _address(address)))


def is_second_factor_blocked(user_id: int) -> bool:
    """Return whether too many wrong codes were entered for this account."""
    limiter = _limiter()
    try:
        return limiter is not None and not limiter.test(SECOND_FACTOR, "2fa", str(user_id))
    except RedisError:
        log.warning("Login throttle storage unavailable; not throttling")
        return False


def record_failed_second_factor(user_id: int) -> None:
    """Count a wrong second-factor code."""
    _hit_all((SECOND_FACTOR, "2fa", str(user_id)))


def allow_reset_request(email: str, address: str | None) -> bool:
    """Count a reset request; return False once this account or address asked too often."""
    limiter = _limiter()
    if limiter is None:
        return True
    try:
        per_account = limiter.hit(RESET_PER_ACCOUNT, "reset-account", _account(email))
        per_address = limiter.hit(RESET_PER_ADDRESS, "reset-address", _address(address))
    except RedisError:
        log.warning("Throttle storage unavailable; reset request not counted")
        return True
    return per_account and per_address


def _hit_all(*entries) -> None:
    limiter = _limiter()
    if limiter is None:
        return
    try:
        for limit, *key in entries:
            limiter.hit(limit, *key)
    except RedisError:
        log.warning("Throttle storage unavailable; attempt not counted")
