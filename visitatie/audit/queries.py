"""Read the audit trail."""
from sqlalchemy import select

from visitatie.audit.models import AuditEvent


def events_for(session, obj, limit: int = 200) -> list[AuditEvent]:
    """Return the newest audit events about `obj`, newest first."""
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.object_type == obj.__tablename__, AuditEvent.object_id == obj.id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))
