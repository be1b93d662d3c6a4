"""Append audit events; every operation that changes something calls record_event."""
from visitatie.audit.models import AuditEvent


def record_event(session, actor, action: str, obj, *, from_state: str | None = None,
                 to_state: str | None = None, comment: str | None = None,
                 details: dict | None = None) -> AuditEvent:
    """Append an audit event about `obj` (flushed, so it has an id) to the session."""
    if obj.id is None:
        session.flush()
    event = AuditEvent(
        actor_id=getattr(actor, "id", None),
        action=action,
        object_type=obj.__tablename__,
        object_id=obj.id,
        from_state=from_state,
        to_state=to_state,
        comment=comment,
        details=details,
    )
    session.add(event)
    return event
