"""The rendered overview table of the public index, kept per process until the data changes.

The overview is the same for every visitor and changes only when something public changes,
so the table (the costly part: every dienst of every ronde) is rendered once per content
stamp and reused. The stamp is one cheap aggregate query (queries.content_stamp): any new
publication, finished PDF, follow-up change, visitatie, visit-date change or dienst change
gives a new stamp, and so a new rendering; the date is part of the key because the stand of a
visit changes when its day comes. Each gunicorn worker keeps its own small cache; the stamp
comes from the database, so all workers agree on what is current. The page around the table
(with the visitor's language switch and its CSRF token) is rendered per request.
"""
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock
from typing import Callable, Hashable

from flask import current_app

MAX_ENTRIES = 32   # stamps × languages × filter combinations in use at one time


@dataclass(frozen=True)
class RenderedPart:
    html: str
    rondes: tuple        # (nummer, naam) of the rondes, for the filter's choices
    filtered: bool
    shown: int


class FragmentCache:
    """A small, thread-safe, least-recently-used map from a key to a rendered part."""

    def __init__(self, max_entries: int = MAX_ENTRIES):
        self._entries: OrderedDict = OrderedDict()
        self._lock = Lock()
        self.max_entries = max_entries

    def get_or_render(self, key: Hashable, render: Callable[[], RenderedPart]) -> RenderedPart:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        part = render()
        with self._lock:
            self._entries[key] = part
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return part

    def __len__(self) -> int:
        return len(self._entries)


def overview_cache() -> FragmentCache | None:
    """The application's cache, or None when PUBLIC_PAGE_CACHE is off (the tests' default)."""
    app = current_app._get_current_object()
    if not app.config.get("PUBLIC_PAGE_CACHE", True):
        return None
    return app.extensions.setdefault("public_overview_cache", FragmentCache())
