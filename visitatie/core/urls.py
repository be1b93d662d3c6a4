"""Helpers for redirects."""
from urllib.parse import urlsplit

from visitatie.core.text import has_control_characters


def is_safe_next(target: str | None) -> bool:
    """Return whether `target` is a path on this site (no scheme, no host)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    if has_control_characters(target):
        # Browsers drop tabs and line breaks from URLs: "/\n/evil.example" names a host.
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and "\\" not in target
