"""Read the audit trail."""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, exists, or_, select

from visitatie.audit.models import AuditEvent
from visitatie.core.dates import NL


def events_for(session, obj, limit: int = 200) -> list[AuditEvent]:
    """Return the newest audit events about `obj`, newest first."""
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.object_type == obj.__tablename__, AuditEvent.object_id == obj.id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class AuditFilter:
    """What the beheerder filters the trail on; None: no filter on that."""
    on_actor: bool = False
    actor_id: int | None = None   # with on_actor: None is the system
    action: str | None = None
    object_type: str | None = None
    van: date | None = None
    tot: date | None = None       # inclusive


@dataclass(frozen=True)
class EventPage:
    """Events newest first; the ids to page on (None: no newer or older events)."""
    items: list
    newer_than: int | None
    older_than: int | None


def search_events(session, filters: AuditFilter, *, older_than: int | None = None,
                  newer_than: int | None = None, per_page: int = 50) -> EventPage:
    """Return one page of matching events, newest first, keyset-paged after event ids.

    The order is (at, id); a page runs the same few queries however long the trail is.
    """
    stmt = select(AuditEvent).where(*_conditions(filters))
    newer = _position(session, newer_than)
    if newer is not None:
        rows = list(session.scalars(stmt.where(_after(newer)).order_by(
            AuditEvent.at, AuditEvent.id).limit(per_page + 1)))
        more_newer, items = len(rows) > per_page, rows[:per_page][::-1]
        more_older = bool(items) and _any(session, filters, _before(_at_id(items[-1])))
    else:
        older = _position(session, older_than)
        if older is not None:
            stmt = stmt.where(_before(older))
        rows = list(session.scalars(stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
                                    .limit(per_page + 1)))
        more_older, items = len(rows) > per_page, rows[:per_page]
        more_newer = bool(items) and _any(session, filters, _after(_at_id(items[0])))
    return EventPage(items, items[0].id if more_newer else None,
                     items[-1].id if more_older else None)


def _position(session, event_id: int | None) -> tuple | None:
    if event_id is None:
        return None
    return session.execute(select(AuditEvent.at, AuditEvent.id)
                           .where(AuditEvent.id == event_id)).first()


def _at_id(event) -> tuple:
    return event.at, event.id


def _after(position) -> object:
    at, event_id = position
    return or_(AuditEvent.at > at, and_(AuditEvent.at == at, AuditEvent.id > event_id))


def _before(position) -> object:
    at, event_id = position
    return or_(AuditEvent.at < at, and_(AuditEvent.at == at, AuditEvent.id < event_id))


def all_users(session) -> list:
    """Return every account by name, to filter on who acted."""
    from visitatie.auth.models import User

    return list(session.scalars(select(User).order_by(User.naam, User.id)))


def audited_object_types(session) -> list[str]:
    """Return the kinds of object the trail holds events about."""
    return list(session.scalars(select(AuditEvent.object_type).distinct()
                                .order_by(AuditEvent.object_type)))


def _any(session, filters: AuditFilter, condition) -> bool:
    return session.scalar(select(exists().where(condition, *_conditions(filters))))


def _conditions(filters: AuditFilter) -> list:
    found = []
    if filters.on_actor:
        found.append(AuditEvent.actor_id.is_(None) if filters.actor_id is None
                     else AuditEvent.actor_id == filters.actor_id)
    if filters.action:
        found.append(AuditEvent.action == filters.action)
    if filters.object_type:
        found.append(AuditEvent.object_type == filters.object_type)
    if filters.van:
        found.append(AuditEvent.at >= _start_of(filters.van))
    if filters.tot:
        found.append(AuditEvent.at < _start_of(filters.tot + timedelta(days=1)))
    return found


def _start_of(day: date) -> datetime:
    """Return the moment a Dutch calendar day begins, in UTC."""
    return datetime.combine(day, time.min, tzinfo=NL).astimezone(timezone.utc)
