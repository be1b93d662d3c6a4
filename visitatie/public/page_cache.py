"""The public overview as a whole page, kept per process while nothing public changes.

The overview is the same for every visitor without an account, and changes only when something
public changes, so the page is rendered once per content stamp, language, date and address,
and reused. The stamp is one aggregate query (queries.content_stamp): any new publication,
finished PDF, follow-up change, visitatie, visit-date change or dienst change gives a new
stamp, and so a new rendering; the date is part of the key because the stand of a visit changes
when its day comes.

Each gunicorn worker keeps its own small cache and reads the stamp from the database at most
once per PUBLIC_STAMP_MAX_AGE seconds (1 by default), so a change shows on the public page
within that second on every worker, without a query per request.

The one thing on the page that differs per visitor is the CSRF token of the language switch
in the footer: the page is rendered with a placeholder, and each response gets the visitor's
own token in its place. Signed-in people and visitors with a message waiting (a flash) get a
page rendered for them alone.
"""
import time
from collections import OrderedDict
from threading import Lock
from typing import Callable, Hashable

from flask import Response, current_app, make_response, request, session
from flask_babel import get_locale
from flask_login import current_user
from flask_wtf.csrf import generate_csrf

from visitatie.core.dates import local_today

MAX_ENTRIES = 32   # stamps × languages × addresses (filters) in use at one time
CSRF_PLACEHOLDER = "visitatie-csrf-placeholder-7c1e"


class LruCache:
    """A small, thread-safe, least-recently-used map from a key to a made value."""

    def __init__(self, max_entries: int = MAX_ENTRIES):
        self._entries: OrderedDict = OrderedDict()
        self._lock = Lock()
        self.max_entries = max_entries

    def get_or_make(self, key: Hashable, make: Callable[[], object]):
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = make()
        with self._lock:
            self._entries[key] = value
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)


class StampReader:
    """The content stamp, read again once it is older than max_age seconds."""

    def __init__(self, read: Callable[[], Hashable], clock: Callable[[], float] = time.monotonic):
        self._read = read
        self._clock = clock
        self._stamp: Hashable = None
        self._read_at: float | None = None

    def current(self, max_age: float) -> Hashable:
        now = self._clock()
        if self._read_at is None or now - self._read_at >= max_age:
            self._stamp, self._read_at = self._read(), now
        return self._stamp


def serve_public_page(render: Callable[..., str], read_stamp: Callable[[], Hashable]) -> Response:
    """Return the page that render(csrf_token=...) makes, from the cache where that is safe.

    render is called with csrf_token, the function the templates call for the token.
    """
    cache = _page_cache()
    if cache is None or not _same_for_every_visitor():
        return make_response(render(csrf_token=generate_csrf))
    stamp = _stamp_reader(read_stamp).current(current_app.config["PUBLIC_STAMP_MAX_AGE"])
    key = (request.full_path, str(get_locale()), local_today(), stamp)
    body = cache.get_or_make(key, lambda: render(csrf_token=lambda: CSRF_PLACEHOLDER).encode())
    own_page = body.replace(CSRF_PLACEHOLDER.encode(), generate_csrf().encode())
    return Response(own_page, mimetype="text/html")


def _same_for_every_visitor() -> bool:
    return not current_user.is_authenticated and "_flashes" not in session


def _page_cache() -> LruCache | None:
    """The application's cache, or None when PUBLIC_PAGE_CACHE is off (the tests' default)."""
    app = current_app._get_current_object()
    if not app.config.get("PUBLIC_PAGE_CACHE", True):
        return None
    return app.extensions.setdefault("public_page_cache", LruCache())


def _stamp_reader(read_stamp: Callable[[], Hashable]) -> StampReader:
    return current_app.extensions.setdefault("public_stamp_reader", StampReader(read_stamp))
