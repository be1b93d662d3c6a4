"""The visitatie application: create_app() builds it from a short list of steps."""
import os

from flask import Flask

from visitatie.config import PROJECT_ROOT, from_environment
from visitatie.core.security import register_security


def create_app(config: dict | None = None) -> Flask:
    """Build the Flask application; `config` overrides the environment settings."""
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        instance_path=str(PROJECT_ROOT / "instance"),
    )
    app.config.update(from_environment())
    app.config.update(config or {})
    os.makedirs(app.instance_path, exist_ok=True)  # the embedded SQLite file lives here
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


def register_blueprints(app: Flask) -> None:
    from visitatie.auth.views import bp as auth_bp
    from visitatie.auth.beheer_views import bp as gebruikers_bp
    from visitatie.core.errors import register_error_handlers
    from visitatie.core.templating import register_template_helpers
    from visitatie.core.views import bp as core_bp
    from visitatie.documenten.views import bp as documenten_bp
    from visitatie.exports.views import bp as exports_bp
    from visitatie.verbeterplannen.monitoring_views import bp as monitoring_bp
    from visitatie.verbeterplannen.opvolging_views import bp as opvolging_bp
    from visitatie.verbeterplannen.views import bp as verbeterplannen_bp
    from visitatie.verbeterplannen.voortgang_views import bp as voortgang_bp
    from visitatie.home.views import bp as home_bp
    from visitatie.mail.views import bp as mail_bp
    from visitatie.public.views import bp as public_bp
    from visitatie.bevindingen.views import bp as bevindingen_bp
    from visitatie.gesprekken.views import bp as gesprekken_bp
    from visitatie.kernstukken.views import bp as kernstukken_bp
    from visitatie.notificaties.views import bp as notificaties_bp
    from visitatie.rapporten.views import bp as rapporten_bp
    from visitatie.visitaties.commissie_views import bp as commissie_bp
    from visitatie.visitaties.dashboard_views import bp as dashboard_bp
    from visitatie.visitaties.views import bp as visitaties_bp
    from visitatie.wederhoor.views import bp as wederhoor_bp

    for blueprint in (core_bp, public_bp, auth_bp, home_bp, gebruikers_bp, visitaties_bp,
                      dashboard_bp, commissie_bp, kernstukken_bp, gesprekken_bp, bevindingen_bp,
                      rapporten_bp, wederhoor_bp, notificaties_bp, mail_bp, verbeterplannen_bp,
                      voortgang_bp, monitoring_bp, opvolging_bp, documenten_bp, exports_bp):
        app.register_blueprint(blueprint)
    register_error_handlers(app)
    register_template_helpers(app)


def register_cli(app: Flask) -> None:
    from visitatie.cli import register_commands

    register_commands(app)
