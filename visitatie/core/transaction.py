"""The request's one commit, after which queued jobs are handed to the queue."""
from visitatie.extensions import db
from visitatie.jobs import dispatch_pending_jobs, discard_pending_jobs


def commit() -> None:
    """Commit the request's unit of work, then enqueue the jobs it queued."""
    try:
        db.session.commit()
    except Exception:
        db.session.rollback()
        discard_pending_jobs(db.session)
        raise
    dispatch_pending_jobs(db.session)


def rollback() -> None:
    """Undo the request's unit of work, with the jobs it queued."""
    db.session.rollback()
    discard_pending_jobs(db.session)
