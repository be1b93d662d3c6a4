"""Read recorded notifications: what is due for sending, and a person's own."""
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from visitatie.notificaties.models import Notificatie
from visitatie.visitaties.models import Visitatie


def notifications_due(session, day) -> list[Notificatie]:
    """Return the unsent notifications due on or before `day`, oldest first, with users."""
    stmt = (select(Notificatie).options(joinedload(Notificatie.user))
            .where(Notificatie.sent_at.is_(None), Notificatie.due_on <= day)
            .order_by(Notificatie.due_on, Notificatie.id))
    return list(session.scalars(stmt))


def notifications_of(session, user, day, limit: int = 100) -> list[Notificatie]:
    """Return the user's notifications due on or before `day`, newest first."""
    stmt = (select(Notificatie)
            .where(Notificatie.user_id == user.id, Notificatie.due_on <= day)
            .order_by(Notificatie.due_on.desc(), Notificatie.id.desc()).limit(limit))
    return list(session.scalars(stmt))


def visitaties_for(session, notificaties) -> dict[int, Visitatie]:
    """Return the visitaties the notifications are about, by id (one query)."""
    ids = {n.object_id for n in notificaties if n.object_type == Visitatie.__tablename__}
    if not ids:
        return {}
    return {v.id: v for v in session.scalars(select(Visitatie).where(Visitatie.id.in_(ids)))}
