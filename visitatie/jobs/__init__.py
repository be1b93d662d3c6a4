"""Background jobs on RQ; without a Redis server they run in-process, same code path.

Operations queue a job with `enqueue_after_commit`; `core.transaction.commit` hands the
jobs to the queue only after the commit succeeded, so a job never sees uncommitted rows.
"""
import logging

from flask import current_app
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from sqlalchemy import event

from visitatie.db import AppSession

log = logging.getLogger(__name__)
PENDING_KEY = "visitatie_pending_jobs"
QUEUE_NAME = "visitatie"


def enqueue_after_commit(session, func_path: str, *args) -> None:
    """Queue `func_path(*args)` to run once the session's transaction has committed."""
    session.info.setdefault(PENDING_KEY, []).append((func_path, args))


def discard_pending_jobs(session) -> None:
    """Forget the jobs queued in a transaction that did not commit."""
    session.info.pop(PENDING_KEY, None)


@event.listens_for(AppSession, "after_soft_rollback")
def _forget_jobs_of_rolled_back_work(session, previous_transaction) -> None:
    # Jobs queued by work that was rolled back must never run, whoever rolled it back (the
    # error page, a job, a command); a SAVEPOINT rolled back inside the work keeps them.
    if previous_transaction.parent is None:
        discard_pending_jobs(session)


def dispatch_pending_jobs(session) -> list:
    """Enqueue the jobs queued before the commit; return the RQ jobs."""
    pending = session.info.pop(PENDING_KEY, [])
    return [enqueue(func_path, *args) for func_path, args in pending]


def enqueue(func_path: str, *args):
    """Enqueue one job; if Redis went away, run it in-process instead."""
    try:
        return job_queue().enqueue(func_path, *args, job_timeout=300)
    except RedisError:
        log.warning("Redis unavailable; running %s in-process", func_path)
        return inline_queue().enqueue(func_path, *args)


def job_queue() -> Queue:
    """Return the application's queue: RQ on Redis, or in-process without Redis."""
    app = current_app._get_current_object()
    if "job_queue" not in app.extensions:
        app.extensions["job_queue"] = _make_queue(app.config.get("REDIS_URL"))
    return app.extensions["job_queue"]


def inline_queue() -> Queue:
    """Return a queue that runs each job at once in this process."""
    import fakeredis

    return Queue(QUEUE_NAME, is_async=False, connection=fakeredis.FakeRedis())


def _make_queue(redis_url: str | None) -> Queue:
    if not redis_url:
        return inline_queue()
    return Queue(QUEUE_NAME, connection=Redis.from_url(redis_url))


def queue_status() -> str:
    """Return 'redis', 'in-process' or 'unavailable' for the health check."""
    url = current_app.config.get("REDIS_URL")
    if not url:
        return "in-process"
    try:
        Redis.from_url(url, socket_connect_timeout=1).ping()
    except RedisError:
        return "unavailable"
    return "redis"
