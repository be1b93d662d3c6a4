"""Let harvesters poll cheaply: strong ETag, Last-Modified, public caching, 304 answers."""
import hashlib
from datetime import datetime, timezone

from flask import request

MAX_AGE = 300
EPOCH = datetime(2025, 1, 1, tzinfo=timezone.utc)


def conditional(response, last_modified: datetime | None):
    """Add the validators and caching headers; answer 304 when the client is up to date.

    The ETag is the hash of the body, so it changes with any change of content; clients
    that send If-None-Match get an exact answer. Last-Modified is the latest moment the
    content can have changed (see queries.last_change), for clients that only send
    If-Modified-Since.
    """
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest())
    response.last_modified = _aware(last_modified or EPOCH)
    response.cache_control.public = True
    response.cache_control.max_age = MAX_AGE
    return response.make_conditional(request)


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive UTC; HTTP dates are UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
