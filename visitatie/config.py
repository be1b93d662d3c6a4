"""Settings, read from the environment; an embedded SQLite file is the default."""
import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = PROJECT_ROOT / "instance"


def _bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "ja", "on"}


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def from_environment() -> dict:
    """Return the application settings for this process."""
    environment = os.environ.get("VISITATIE_ENV", "development")
    production = environment == "production"
    return {
        "ENVIRONMENT": environment,
        # Empty: refused in production; elsewhere a random key kept in SECRET_KEY_FILE.
        "SECRET_KEY": os.environ.get("SECRET_KEY", ""),
        "SECRET_KEY_FILE": os.environ.get("SECRET_KEY_FILE", str(INSTANCE_DIR / "secret_key")),
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", f"sqlite:///{INSTANCE_DIR / 'visitatie.sqlite'}"
        ),
        "REDIS_URL": os.environ.get("REDIS_URL", ""),
        "UPLOAD_FOLDER": os.environ.get("UPLOAD_FOLDER", str(INSTANCE_DIR / "uploads")),
        "MAX_UPLOAD_MB": _int("MAX_UPLOAD_MB", 50),
        "MAIL_SERVER": os.environ.get("MAIL_SERVER", ""),
        "MAIL_PORT": _int("MAIL_PORT", 587),
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD", ""),
        "MAIL_USE_TLS": _bool("MAIL_USE_TLS", True),
        "MAIL_SENDER": os.environ.get("MAIL_SENDER", "visitatie@omgevingsdienst.nl"),
        # Every absolute URL is built from PUBLIC_BASE_URL (required in production), never
        # from the request; without it (development) from DEV_BASE_URL.
        "PUBLIC_BASE_URL": os.environ.get("PUBLIC_BASE_URL", ""),
        "DEV_BASE_URL": os.environ.get("DEV_BASE_URL", "http://127.0.0.1:5000"),
        "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS", ""),
        # How many proxies in front may set X-Forwarded-*; 0: those headers are ignored.
        "TRUSTED_PROXIES": _int("TRUSTED_PROXIES", 0),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE", production),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE", production),
        "WTF_CSRF_TIME_LIMIT": None,
        "BABEL_DEFAULT_LOCALE": "nl",
        "BABEL_DEFAULT_TIMEZONE": "Europe/Amsterdam",
        "LANGUAGES": ("nl", "en"),
        "PASSWORD_RESET_MAX_AGE": _int("PASSWORD_RESET_MAX_AGE", 3600),
        "ARGON2_PROFILE": os.environ.get("ARGON2_PROFILE", "default"),
        "DEMO_MODE": _bool("DEMO_MODE", False),
        "LOGIN_THROTTLE_ENABLED": _bool("LOGIN_THROTTLE_ENABLED", True),
        "DEMO_RENDER_PDFS": _bool("DEMO_RENDER_PDFS", True),
        "PUBLIC_PAGE_CACHE": _bool("PUBLIC_PAGE_CACHE", True),
        # seconds a worker trusts the public content stamp before reading it again
        "PUBLIC_STAMP_MAX_AGE": float(os.environ.get("PUBLIC_STAMP_MAX_AGE", "1")),
        # Sessions and the second factor (visitatie/auth/sessions.py, two_factor_views.py):
        # a session ends after this idle time or lifetime; beheerder, bestuur and the
        # committee roles must set up a second factor (in DEMO_MODE prompted, may postpone).
        "SESSION_IDLE_MINUTES": _int("SESSION_IDLE_MINUTES", 60),
        "SESSION_MAX_HOURS": _int("SESSION_MAX_HOURS", 12),
        "TWO_FACTOR_ENFORCED": _bool("TWO_FACTOR_ENFORCED", True),
        # A template that reads an undefined variable raises instead of rendering an empty
        # value: on in development (and in the tests), off in production.
        # On in the tests (and for whoever sets it); off by default so that the demo of
        # `make run` shows a page with an empty spot rather than an error page.
        "JINJA_STRICT_UNDEFINED": _bool("JINJA_STRICT_UNDEFINED", False),
    }
