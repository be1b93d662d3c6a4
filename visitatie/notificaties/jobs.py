"""The job that sends the notifications due: after an event, and daily for the reminders.

Each notification is claimed, rendered and committed on its own, so a run that fails
halfway loses nothing and a second run (or a concurrent one) sends nothing twice.
"""
import logging
from datetime import date

from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.mail.context import mail_context
from visitatie.notificaties.operations import deliver_notification
from visitatie.notificaties.queries import due_notification_ids
from visitatie.core.dates import local_today

log = logging.getLogger(__name__)


def send_due_notifications(today: date | str | None = None) -> int:
    """Send every unsent notification due on or before `today`; return how many were sent."""
    day = date.fromisoformat(today) if isinstance(today, str) else today or local_today()
    with mail_context():
        ids = due_notification_ids(db.session, day)
        sent = sum(_send_one(notificatie_id) for notificatie_id in ids)
    log.info("Notifications due on %s: %s sent of %s", day, sent, len(ids))
    return sent


def _send_one(notificatie_id: int) -> bool:
    try:
        sent = deliver_notification(db.session, notificatie_id)
    except Exception:  # one broken notification must not hold up the others; retried next run
        log.exception("Notificatie %s could not be sent", notificatie_id)
        rollback()
        return False
    commit()
    return sent
