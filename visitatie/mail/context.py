"""Render mail outside a request: links need a host, the text needs the default language."""
from contextlib import contextmanager

from flask import current_app, has_request_context
from flask_babel import force_locale

DEFAULT_BASE_URL = "http://127.0.0.1:5000"


def public_base_url(config) -> str:
    """Return the address people reach the application at, for links in mail."""
    if config.get("PUBLIC_BASE_URL"):
        return config["PUBLIC_BASE_URL"].rstrip("/")
    if config.get("SERVER_NAME"):
        return f"{config.get('PREFERRED_URL_SCHEME', 'http')}://{config['SERVER_NAME']}"
    return DEFAULT_BASE_URL


@contextmanager
def mail_context():
    """Let url_for(_external=True) and the Dutch texts work in a job, a command or a request.

    Outside a request (a worker, `flask reminders run`) a request for the public base URL
    is pushed; so it is inside one when PUBLIC_BASE_URL is set, since links in mail must use
    the public address rather than the host the request happened to arrive on.
    """
    app = current_app._get_current_object()
    with force_locale(app.config.get("BABEL_DEFAULT_LOCALE", "nl")):
        if has_request_context() and not app.config.get("PUBLIC_BASE_URL"):
            yield
            return
        with app.test_request_context(base_url=public_base_url(app.config)):
            yield
