"""Security headers on every response, refusing NUL characters, and refusing to run
production on a dev key."""
from flask import Flask, request
from flask_babel import lazy_gettext as _l

from visitatie.config import DEV_SECRET_KEY

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


def register_security(app: Flask) -> None:
    if app.config["ENVIRONMENT"] == "production" and app.config["SECRET_KEY"] == DEV_SECRET_KEY:
        raise RuntimeError("Set SECRET_KEY: the development key is not for production.")

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
        return response
