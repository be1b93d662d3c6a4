"""Helpers for redirects."""
from urllib.parse import urlsplit


def is_safe_next(target: str | None) -> bool:
    """Return whether `target` is a path on this site (no scheme, no host)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and "\\" not in target
