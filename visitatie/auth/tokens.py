"""Signed, expiring, single-use tokens for setting a password."""
from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

SALT = "wachtwoord-instellen"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT)


INVITATION_MAX_AGE = 7 * 24 * 3600


def make_password_token(user, purpose: str = "herstel", actor=None) -> str:
    """Return a token that lets `user` set a password once (`herstel` or `uitnodiging`).

    `actor` is who asked for it (the person themself, or a beheerder), for the audit trail.
    """
    # The session version changes when the password is set, which spends the token.
    return _serializer().dumps({"u": user.id, "v": user.session_version, "p": purpose,
                                "a": getattr(actor, "id", None)})


def read_password_token(token: str) -> dict | None:
    """Return the token's data (u: user id, v: session version, p: purpose, a: actor id)."""
    try:
        data = _serializer().loads(token, max_age=INVITATION_MAX_AGE)
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict) or not {"u", "v", "p"} <= data.keys():
        return None
    if data["p"] == "herstel" and not _fresh(token, current_app.config["PASSWORD_RESET_MAX_AGE"]):
        return None
    return {"u": int(data["u"]), "v": int(data["v"]), "p": data["p"], "a": data.get("a")}


def _fresh(token: str, max_age: int) -> bool:
    try:
        _serializer().loads(token, max_age=max_age)
    except SignatureExpired:
        return False
    return True
