"""Security headers on every response, refusing NUL characters, and the secret key:
configured in production, elsewhere a random key of this installation."""
import os
import secrets
from pathlib import Path

from flask import Flask, g, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.exc import SQLAlchemyError

from visitatie.core.hosts import is_production

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
HSTS = "max-age=31536000; includeSubDomains"  # production only: it binds browsers for a year
ENVIRONMENTS = ("development", "production")
NUL_REFUSAL = (_l("Ongeldig teken"),
               _l("Wat u verstuurde bevat een onzichtbaar teken (NUL) dat niet kan worden "
                  "opgeslagen. Er is niets opgeslagen. Ga terug, typ de tekst opnieuw in "
                  "plaats van hem te plakken, en probeer het nog eens."))


def has_nul_character(req) -> bool:
    """Return whether a query or form value holds U+0000 (upload names are checked apart)."""
    values = [v for _k, v in req.args.items(multi=True)]
    if req.method == "POST":
        values += [v for _k, v in req.form.items(multi=True)]
    return any("\x00" in value for value in values)


def ensure_secret_key(app: Flask) -> None:
    """Refuse production without SECRET_KEY; elsewhere use this installation's random key."""
    if app.config["ENVIRONMENT"] not in ENVIRONMENTS:
        raise RuntimeError(f"VISITATIE_ENV must be one of {', '.join(ENVIRONMENTS)}, "
                           f"not {app.config['ENVIRONMENT']!r}.")
    if app.config.get("SECRET_KEY"):
        return
    if is_production(app.config):
        raise RuntimeError("Set SECRET_KEY to a long random value (e.g. the output of "
                           "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`): "
                           "it signs sessions and password-reset links.")
    app.config["SECRET_KEY"] = load_or_create_key(Path(app.config["SECRET_KEY_FILE"]))


def load_or_create_key(path: Path) -> str:
    """Return the key stored at `path`; create it (random, mode 0600) if there is none."""
    if path.exists():
        return _stored_key(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    with os.fdopen(os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as file:
        file.write(secrets.token_urlsafe(48))
    try:
        os.link(draft, path)  # atomic, and refused if another process was first
    except FileExistsError:
        pass
    finally:
        os.unlink(draft)
    return _stored_key(path)


def _stored_key(path: Path) -> str:
    key = path.read_text().strip()
    if len(key) < 32:
        raise RuntimeError(f"{path} holds no usable secret key: remove it to have a new one "
                           f"made, or set SECRET_KEY.")
    return key


def is_signed_in() -> bool:
    """Return whether this request is someone's who is logged in."""
    if g.get("_login_user") is None and not request.cookies:
        return False  # nobody without a cookie: spare the user lookup
    try:
        return current_user.is_authenticated
    except SQLAlchemyError:
        return True  # unknown (database down): treat the answer as personal


def forbid_storing(response) -> None:
    """Keep an answer for someone logged in out of every cache, shared or the browser's."""
    response.cache_control.public = False
    response.cache_control.max_age = None
    response.cache_control.no_store = True


def register_security(app: Flask) -> None:
    ensure_secret_key(app)

    @app.before_request
    def _refuse_nul_characters():
        # PostgreSQL cannot store U+0000 in text and nobody types it: refuse it here with a
        # clear message, instead of a database error (500) halfway through an operation.
        if has_nul_character(request):
            from visitatie.core.errors import render_error

            return render_error(400, *NUL_REFUSAL)
        return None

    @app.after_request
    def _security_headers(response):
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if is_production(app.config):
            response.headers.setdefault("Strict-Transport-Security", HSTS)
        if request.endpoint != "static" and is_signed_in():
            forbid_storing(response)
        return response
