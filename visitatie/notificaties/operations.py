"""Record the notifications that must be sent; the mail job sends them later. Never commits."""
from sqlalchemy import delete, select

from visitatie.notificaties.models import Notificatie


def record_notification(session, user, soort: str, obj, due_on, *,
                        flush: bool = True) -> Notificatie:
    """Record that `user` must hear about `obj` on `due_on` (once: an existing row is kept).

    With flush=False nothing is flushed, so a caller in the middle of changing `obj`
    (a transition's side effect) can record first and flush once its change is complete.
    """
    key = {"user_id": user.id, "soort": soort, "object_type": obj.__tablename__,
           "object_id": obj.id, "due_on": due_on}
    existing = _pending(session, key)
    if existing is None:
        with session.no_autoflush:
            existing = session.scalars(select(Notificatie).filter_by(**key)).first()
    if existing is not None:
        return existing
    notificatie = Notificatie(**key)
    session.add(notificatie)
    if flush:
        session.flush()
    return notificatie


def cancel_pending(session, soort_prefix: str, obj) -> int:
    """Delete the unsent notifications about `obj` whose soort starts with `soort_prefix`."""
    stmt = (delete(Notificatie)
            .where(Notificatie.object_type == obj.__tablename__,
                   Notificatie.object_id == obj.id,
                   Notificatie.soort.startswith(soort_prefix, autoescape=True),
                   Notificatie.sent_at.is_(None))
            .execution_options(synchronize_session="fetch"))
    return session.execute(stmt).rowcount


def _pending(session, key: dict) -> Notificatie | None:
    """Return a matching notification added to the session but not flushed yet."""
    return next((n for n in session.new if isinstance(n, Notificatie)
                 and all(getattr(n, k) == v for k, v in key.items())), None)
