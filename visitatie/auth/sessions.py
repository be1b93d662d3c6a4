"""Login sessions kept on the server: the cookie carries a random token, a row says whether
it still counts.

A row per login rather than a per-user counter: logging out ends this session only (not
the person's other devices), a copied cookie is dead the moment its row is ended, and a
password change, a deactivation or a reset of the second factor ends every row of the
person at once. The idle timeout reads a signed timestamp in the cookie that is renewed at
most once a minute, so an ordinary page view does not write to the database, and every
copy of the cookie that was not used within the timeout is dead for good.
"""
import hashlib
import secrets
from datetime import timedelta

from flask import current_app, request
from flask import session as cookie
from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import joinedload

from visitatie.auth.models import User, UserSession
from visitatie.db import utcnow

TOKEN_KEY = "sid"
SEEN_KEY = "seen"
RENEW_SEEN_AFTER = 60  # seconds
KEEP_DAYS = 30  # ended sessions are deleted this long after, at the person's next login


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now_stamp() -> int:
    return int(utcnow().timestamp())


def start_session(session, user: User) -> str:
    """Record a new login of `user` from this request; return the token for the cookie."""
    _forget_old_sessions(session, user)
    token = secrets.token_urlsafe(32)
    session.add(UserSession(token_hash=_hash(token), user_id=user.id,
                            address=request.remote_addr,
                            user_agent=(request.user_agent.string or "")[:300] or None))
    session.flush()
    return token


def _forget_old_sessions(session, user: User) -> None:
    # Ended or outlived rows are of no use after a while (the audit trail keeps the logins).
    cutoff = utcnow() - timedelta(days=KEEP_DAYS)
    session.execute(delete(UserSession).where(
        UserSession.user_id == user.id,
        or_(UserSession.ended_at < cutoff, UserSession.created_at < cutoff)))


def remember_in_cookie(token: str) -> None:
    """Put the session token and a fresh idle stamp in the (signed) session cookie."""
    cookie[TOKEN_KEY] = token
    cookie[SEEN_KEY] = _now_stamp()


def live_session(session, token: str | None) -> UserSession | None:
    """Return the open session of `token`, unless it outlived SESSION_MAX_HOURS."""
    if not token:
        return None
    # The user comes in the same statement: a page view costs no more queries than before.
    record = session.scalars(select(UserSession).options(joinedload(UserSession.user)).where(
        UserSession.token_hash == _hash(token), UserSession.ended_at.is_(None))).first()
    max_age = timedelta(hours=current_app.config.get("SESSION_MAX_HOURS", 12))
    if record is None or utcnow() - record.created_at > max_age:
        return None
    return record


def cookie_is_idle() -> bool:
    """Return whether the cookie was last used longer ago than SESSION_IDLE_MINUTES."""
    seen = cookie.get(SEEN_KEY)
    idle = current_app.config.get("SESSION_IDLE_MINUTES", 60) * 60
    return not isinstance(seen, int) or _now_stamp() - seen > idle


def touch_cookie() -> None:
    """Renew the idle stamp, at most once a minute."""
    if _now_stamp() - cookie.get(SEEN_KEY, 0) > RENEW_SEEN_AFTER:
        cookie[SEEN_KEY] = _now_stamp()


def current_token() -> str | None:
    """Return the session token of this request's cookie."""
    return cookie.get(TOKEN_KEY)


def end_session(session, token: str | None, reason: str = "uitgelogd") -> None:
    """End the session of `token` for good."""
    if token:
        session.execute(update(UserSession).where(
            UserSession.token_hash == _hash(token), UserSession.ended_at.is_(None),
        ).values(ended_at=utcnow(), end_reason=reason))


def end_all_sessions(session, user: User, reason: str, keep: str | None = None) -> None:
    """End every open session of `user`, except the one of token `keep`."""
    stmt = update(UserSession).where(UserSession.user_id == user.id,
                                     UserSession.ended_at.is_(None))
    if keep:
        stmt = stmt.where(UserSession.token_hash != _hash(keep))
    session.execute(stmt.values(ended_at=utcnow(), end_reason=reason))
