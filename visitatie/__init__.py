"""The visitatie application: create_app() builds it from a short list of steps."""
import os

from flask import Flask

from visitatie.config import PROJECT_ROOT, from_environment
from visitatie.core.hosts import VisitatieFlask, register_hosts
from visitatie.core.security import register_security


def create_app(config: dict | None = None) -> Flask:
    """Build the Flask application; `config` overrides the environment settings."""
    app = VisitatieFlask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        instance_path=str(PROJECT_ROOT / "instance"),
    )
    app.config.update(from_environment())
    app.config.update(config or {})
    os.makedirs(app.instance_path, exist_ok=True)  # the embedded SQLite file lives here
    register_hosts(app)
    register_security(app)
    register_extensions(app)
    register_blueprints(app)
    register_cli(app)
    return app


def register_extensions(app: Flask) -> None:
    from visitatie import models  # noqa: F401  (complete metadata before migrations)
    from visitatie.auth.throttle import init_throttle
    from visitatie.core.i18n import init_babel
    from visitatie.extensions import csrf, db, login_manager, migrate

    app.config["MAX_CONTENT_LENGTH"] = (app.config["MAX_UPLOAD_MB"] + 1) * 1024 * 1024
    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"))
    csrf.init_app(app)
    login_manager.init_app(app)
    init_babel(app)
    init_throttle(app)


# Every module that holds a blueprint `bp`, in registration order (the order of url_map).
BLUEPRINT_MODULES = (
    "core.views", "public.views", "auth.views", "home.views", "auth.beheer_views",
    "visitaties.views", "visitaties.dashboard_views", "visitaties.commissie_views",
    "kernstukken.views", "gesprekken.views", "bevindingen.views", "rapporten.views",
    "wederhoor.views", "notificaties.views", "mail.views", "verbeterplannen.views",
    "verbeterplannen.voortgang_views", "verbeterplannen.monitoring_views",
    "verbeterplannen.opvolging_views", "documenten.views", "exports.views", "themas.views",
    "themas.codering_views", "themas.suggestie_views", "analyse.views", "synthese.views",
    "synthese.public_views", "public.opendata_views", "audit.views",
)


def register_blueprints(app: Flask) -> None:
    from importlib import import_module

    from visitatie.core.errors import register_error_handlers
    from visitatie.core.templating import register_template_helpers

    for module in BLUEPRINT_MODULES:
        app.register_blueprint(import_module(f"visitatie.{module}").bp)
    register_error_handlers(app)
    register_template_helpers(app)


def register_cli(app: Flask) -> None:
    from visitatie.cli import register_commands

    register_commands(app)
