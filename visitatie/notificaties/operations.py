"""Record the notifications that must be sent, and hand each one to the mail. Never commits.

Other features call `notify` for an event (the mail goes out right after their commit) or
`record_notification` for a reminder on a later date (sent by the daily job).
"""
import logging
from datetime import date

from sqlalchemy import delete, select, update

from visitatie.db import utcnow
from visitatie.jobs import PENDING_KEY, enqueue_after_commit
from visitatie.notificaties.about import load_about
from visitatie.notificaties.kinds import is_relevant, kind_of
from visitatie.notificaties.messages import queue_notification_mail
from visitatie.notificaties.models import Notificatie
from visitatie.notificaties.queries import recipients_for  # noqa: F401  (part of the API)
from visitatie.core.dates import local_today

log = logging.getLogger(__name__)
SEND_JOB = "visitatie.notificaties.jobs.send_due_notifications"


def notify(session, soort: str, obj, users, today: date | None = None, *,
           flush: bool = True) -> list[Notificatie]:
    """Record `soort` about `obj` for each active user, due today; mail it after the commit."""
    kind = kind_of(soort)
    if obj.__tablename__ != kind.object_type:
        raise ValueError(f"{soort} is about a {kind.object_type}, not a {obj.__tablename__}")
    today = today or local_today()
    active = {user.id: user for user in users if user is not None and user.is_actief}
    rows = [record_notification(session, user, soort, obj, today, flush=flush)
            for user in active.values()]
    if rows:
        send_after_commit(session)
    return rows


def send_after_commit(session) -> None:
    """Run the sending job once the transaction has committed (queued once per transaction)."""
    if (SEND_JOB, ()) not in session.info.get(PENDING_KEY, []):
        enqueue_after_commit(session, SEND_JOB)


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


def claim_notification(session, notificatie_id: int) -> bool:
    """Mark the notification sent unless someone did already; return whether we claimed it."""
    stmt = (update(Notificatie)
            .where(Notificatie.id == notificatie_id, Notificatie.sent_at.is_(None))
            .values(sent_at=utcnow())
            .execution_options(synchronize_session=False))
    return session.execute(stmt).rowcount == 1


def deliver_notification(session, notificatie_id: int) -> bool:
    """Claim the notification and queue its mail; False if claimed elsewhere or lapsed."""
    if not claim_notification(session, notificatie_id):
        return False
    notificatie = session.get(Notificatie, notificatie_id, populate_existing=True)
    about = load_about(session, notificatie.object_type, notificatie.object_id)
    if about is None or not notificatie.user.is_actief \
            or not is_relevant(notificatie.soort, about):
        log.info("Notificatie %s (%s about %s %s) lapsed; deleted unsent", notificatie.id,
                 notificatie.soort, notificatie.object_type, notificatie.object_id)
        session.delete(notificatie)
        session.flush()
        return False
    notificatie.mail_id = queue_notification_mail(session, notificatie, about).id
    session.flush()
    return True
