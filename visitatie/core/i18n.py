"""Flask-Babel set-up: Dutch by default, English when the visitor chose it."""
from flask import Flask, current_app, has_request_context, session
from flask_babel import format_date, format_datetime, get_locale

from visitatie.extensions import babel


def select_locale() -> str:
    """Return the visitor's chosen language, else Dutch (also outside a request: CLI, jobs)."""
    if not has_request_context():
        return "nl"
    chosen = session.get("taal")
    return chosen if chosen in current_app.config["LANGUAGES"] else "nl"


def init_babel(app: Flask) -> None:
    babel.init_app(
        app,
        locale_selector=select_locale,
        default_translation_directories=str(app.root_path + "/translations"),
    )
    app.jinja_env.filters["datum"] = lambda value, fmt="long": (
        format_date(value, fmt) if value else ""
    )
    app.jinja_env.filters["tijdstip"] = lambda value, fmt="medium": (
        format_datetime(value, fmt) if value else ""
    )
    app.jinja_env.globals["get_locale"] = get_locale
