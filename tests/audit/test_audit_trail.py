"""The audit trail is append-only, in the ORM and in the database."""
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from visitatie.audit.models import AuditEvent, AuditEventIsAppendOnly
from visitatie.audit.operations import record_event
from visitatie.audit.queries import events_for


def test_record_event_stores_who_what_and_the_states(session, world, secretaris):
    record_event(session, secretaris, "fase_gewijzigd", world.visitatie,
                 from_state="gepland", to_state="voorbereiding", comment="Commissie compleet")
    session.commit()
    [event] = events_for(session, world.visitatie)
    assert (event.actor_id, event.object_type, event.object_id) == (
        secretaris.id, "visitatie", world.visitatie.id)
    assert (event.from_state, event.to_state, event.comment) == (
        "gepland", "voorbereiding", "Commissie compleet")


def test_orm_refuses_to_change_or_delete_an_event(session, world):
    event = record_event(session, None, "test", world.visitatie)
    session.commit()
    event.action = "anders"
    with pytest.raises(AuditEventIsAppendOnly):
        session.flush()
    session.rollback()
    session.delete(session.get(AuditEvent, event.id))
    with pytest.raises(AuditEventIsAppendOnly):
        session.flush()
    session.rollback()


def test_database_refuses_to_change_an_event(session, world):
    record_event(session, None, "test", world.visitatie)
    session.commit()
    with pytest.raises(DBAPIError, match="append-only"):
        with session.begin_nested():
            session.execute(text("UPDATE audit_event SET action = 'anders' WHERE action = 'test'"))
    assert "anders" not in session.scalars(select(AuditEvent.action)).all()
