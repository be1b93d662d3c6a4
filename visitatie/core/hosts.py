"""Absolute URLs from configuration only, the hosts the application answers to, proxies.

Every absolute URL (links in mail, open data, sitemap, robots.txt, canonical links, the
cached public overview) is built from PUBLIC_BASE_URL, never from the request's Host
header: otherwise anyone could have a password-reset mail point at their own server, or
poison the cached public page for every later visitor. Without PUBLIC_BASE_URL (only
outside production: `make run`, the tests) the address is DEV_BASE_URL.

A request whose Host is not the configured one (or one of ALLOWED_HOSTS) gets 400.
Forwarded headers (X-Forwarded-For, -Proto, -Host, -Port) count only from the
TRUSTED_PROXIES nearest proxies; with the default 0 they are ignored.
"""
import logging
from urllib.parse import urlsplit

from flask import Flask, request
from werkzeug.exceptions import SecurityError
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import MapAdapter

log = logging.getLogger(__name__)

DEFAULT_DEV_BASE_URL = "http://127.0.0.1:5000"
LOCAL_HOSTS = ("127.0.0.1", "localhost")  # also trusted outside production


def is_production(config) -> bool:
    """Return whether these settings are for production (VISITATIE_ENV=production)."""
    return config.get("ENVIRONMENT") == "production"


def base_url(config) -> str:
    """Return the address people reach the application at, without a trailing slash."""
    configured = config.get("PUBLIC_BASE_URL") or config.get("DEV_BASE_URL")
    return (configured or DEFAULT_DEV_BASE_URL).rstrip("/")


def trusted_hosts(config) -> list[str]:
    """Return the host names a request may address: the base URL's and ALLOWED_HOSTS."""
    hosts = [urlsplit(base_url(config)).hostname, *_host_list(config.get("ALLOWED_HOSTS"))]
    if not is_production(config):
        hosts += LOCAL_HOSTS
    return list(dict.fromkeys(host.lower() for host in hosts if host))


def _host_list(value) -> list[str]:
    if isinstance(value, str):
        return value.replace(",", " ").split()
    return list(value or ())


def check_base_url(config) -> None:
    """Refuse to start without a usable PUBLIC_BASE_URL where one is required."""
    if is_production(config) and not config.get("PUBLIC_BASE_URL"):
        raise RuntimeError(
            "Set PUBLIC_BASE_URL to the address people reach the application at (e.g. "
            "https://visitaties.example.nl): in production every link in mail, open data and "
            "the sitemap is built from it, never from the request's Host header.")
    parts = urlsplit(base_url(config))
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query \
            or parts.fragment:
        raise RuntimeError(f"PUBLIC_BASE_URL (or DEV_BASE_URL) is not an http(s) address: "
                           f"{base_url(config)!r}")
    if is_production(config) and parts.scheme != "https" and config.get("SESSION_COOKIE_SECURE"):
        raise RuntimeError("PUBLIC_BASE_URL must start with https:// in production: the "
                           "session cookie is sent over HTTPS only (SESSION_COOKIE_SECURE).")


class VisitatieFlask(Flask):
    """Flask whose URLs use the configured base URL, and which refuses unknown hosts."""

    def create_url_adapter(self, request) -> MapAdapter:
        """Bind the URL map to the configured address; mark a request to an unknown host."""
        base = urlsplit(base_url(self.config))
        if request is None:  # an application context: a job, a command
            return self.url_map.bind(base.netloc, script_name=base.path or "/",
                                     url_scheme=base.scheme)
        request.trusted_hosts = self.config["TRUSTED_HOSTS"]
        try:
            request.host  # noqa: B018  (validates the Host header against TRUSTED_HOSTS)
        except SecurityError as error:
            # Answer 400 instead of routing; the adapter is still bound (to the configured
            # address), so the Dutch error page can render its links.
            log.warning("Refused a request for host %r (not in ALLOWED_HOSTS)",
                        request.environ.get("HTTP_HOST"))
            request.routing_exception = error
        adapter = self.url_map.bind_to_environ(request.environ, server_name=base.netloc,
                                               subdomain=self.url_map.default_subdomain or "")
        adapter.url_scheme = base.scheme
        if base.path.strip("/"):
            adapter.script_name = base.path.rstrip("/") + "/"
        return adapter


def register_hosts(app: Flask) -> None:
    check_base_url(app.config)
    app.config["TRUSTED_HOSTS"] = trusted_hosts(app.config)

    @app.before_request
    def _refuse_unknown_hosts():
        # The first before_request: nothing else runs for a request to an unknown host.
        if isinstance(request.routing_exception, SecurityError):
            raise request.routing_exception

    proxies = int(app.config.get("TRUSTED_PROXIES") or 0)
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies,
                                x_host=proxies, x_port=proxies)
