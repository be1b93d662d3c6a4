"""Render mail outside a request: links need a host, the text needs the default language."""
from contextlib import contextmanager

from flask import current_app, has_request_context
from flask_babel import force_locale

from visitatie.core.hosts import base_url


@contextmanager
def mail_context():
    """Let url_for(_external=True) and the Dutch texts work in a job, a command or a request.

    Outside a request (a worker, `flask reminders run`) a request for the public base URL
    is pushed. Inside one nothing is needed: every absolute URL is built from the
    configured address (core.hosts), never from the host the request arrived on.
    """
    app = current_app._get_current_object()
    with force_locale(app.config.get("BABEL_DEFAULT_LOCALE", "nl")):
        if has_request_context():
            yield
            return
        with app.test_request_context(base_url=base_url(app.config)):
            yield
