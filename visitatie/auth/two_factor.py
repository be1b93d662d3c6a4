"""The second factor: TOTP codes from any authenticator app, and one-time recovery codes.

Operations here never commit. Recovery codes are random (50 bits each), so a SHA-256
of the code is enough to keep them from being read back, and lets a code be found by its
hash without trying ten slow hashes.
"""
import hashlib
import hmac
import secrets

import pyotp
import segno
from flask_babel import gettext as _
from sqlalchemy import delete, select

from visitatie.audit.operations import record_event
from visitatie.auth.models import RecoveryCode, User
from visitatie.auth.passwords import verify_password
from visitatie.auth.sessions import end_all_sessions
from visitatie.core.domain import DomainError
from visitatie.db import utcnow

ISSUER = "Visitaties omgevingsdiensten"
RECOVERY_CODE_COUNT = 10
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i
CODE_WINDOW = 1  # accept the previous and the next 30-second code as well


def provisioning_uri(user: User) -> str:
    """Return the otpauth:// address an authenticator app reads from the QR code."""
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_svg(uri: str, title: str) -> str:
    """Return the QR code of `uri` as inline SVG (no external service sees the secret)."""
    return segno.make(uri, error="m").svg_inline(scale=5, title=title, svgclass="qr-code")


def _matching_counter(secret: str, code: str, after: int | None) -> int | None:
    """Return the time step whose code is `code`, if it is recent and newer than `after`."""
    code = "".join(code.split())
    if not (code.isdigit() and len(code) == 6):
        return None
    totp, now = pyotp.TOTP(secret), utcnow()
    current = totp.timecode(now)
    for counter in range(current - CODE_WINDOW, current + CODE_WINDOW + 1):
        if (after is None or counter > after) and \
                hmac.compare_digest(totp.generate_otp(counter), code):
            return counter
    return None


def _hash_code(code: str) -> str:
    return hashlib.sha256("".join(code.lower().split()).replace("-", "").encode()).hexdigest()


def _new_recovery_codes(session, user: User) -> list[str]:
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = []
    for _n in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _i in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
        session.add(RecoveryCode(user_id=user.id, code_hash=_hash_code(raw)))
    session.flush()
    return codes


def prepare_two_factor(session, user: User) -> None:
    """Give `user` a new, not yet confirmed TOTP secret unless one is waiting already."""
    if user.totp_secret is None or not user.has_two_factor:
        user.totp_secret = user.totp_secret or pyotp.random_base32()
        session.flush()


def confirm_two_factor(session, user: User, code: str) -> list[str]:
    """Turn the second factor on once the app shows the right code; return recovery codes."""
    counter = _matching_counter(user.totp_secret or "", code, None)
    if user.has_two_factor or counter is None:
        raise DomainError(_("De code klopt niet. Kijk in de app en typ de zes cijfers die "
                            "nu getoond worden."), field="code")
    user.totp_confirmed_at, user.totp_last_counter = utcnow(), counter
    codes = _new_recovery_codes(session, user)
    record_event(session, user, "tweestaps_ingesteld", user)
    return codes


def verify_second_factor(session, user: User, code: str) -> str | None:
    """Return "totp" or "herstelcode" if `code` lets `user` in (a recovery code once)."""
    counter = _matching_counter(user.totp_secret or "", code, user.totp_last_counter)
    if counter is not None:
        user.totp_last_counter = counter
        return "totp"
    recovery = session.scalars(select(RecoveryCode).where(
        RecoveryCode.user_id == user.id, RecoveryCode.code_hash == _hash_code(code),
        RecoveryCode.used_at.is_(None))).first()
    if recovery is None:
        record_event(session, None, "tweestaps_geweigerd", user)
        return None
    recovery.used_at = utcnow()
    record_event(session, user, "herstelcode_gebruikt", user)
    return "herstelcode"


def is_used_code(user: User, code: str) -> bool:
    """Return whether `code` is a recent app code that `user` has already logged in with."""
    counter = _matching_counter(user.totp_secret or "", code, None)
    return counter is not None and user.totp_last_counter is not None and \
        counter <= user.totp_last_counter


def unused_recovery_codes(session, user: User) -> int:
    """Return how many recovery codes `user` has left."""
    return len(session.scalars(select(RecoveryCode.id).where(
        RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))).all())


def regenerate_recovery_codes(session, user: User) -> list[str]:
    """Replace the user's recovery codes with ten new ones."""
    codes = _new_recovery_codes(session, user)
    record_event(session, user, "herstelcodes_vernieuwd", user)
    return codes


def disable_two_factor(session, user: User, password: str) -> None:
    """Turn the second factor off after checking the password (only where not required)."""
    if not verify_password(user.password_hash, password):
        raise DomainError(_("Het wachtwoord klopt niet."), field="wachtwoord")
    _clear(session, user)
    record_event(session, user, "tweestaps_uitgezet", user)


def reset_two_factor(session, actor: User, user: User) -> None:
    """Remove a person's second factor (lost phone): they set it up again at next login."""
    _clear(session, user)
    end_all_sessions(session, user, "tweestaps")
    record_event(session, actor, "tweestaps_hersteld", user)


def _clear(session, user: User) -> None:
    user.totp_secret = user.totp_confirmed_at = user.totp_last_counter = None
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    session.flush()
