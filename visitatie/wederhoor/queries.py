"""Read the wederhoor: the version under review, its corrections, the deadline."""
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from visitatie.auth.models import User
from visitatie.rapporten.models import RapportSectie, RapportVersie
from visitatie.wederhoor import permissions as perms
from visitatie.wederhoor.models import WederhoorCorrectie
from workflows.visitatie import VisitatieState as S
from visitatie.core.dates import local_today


@dataclass(frozen=True)
class Deadline:
    on: date
    working_days_left: int  # working days after today up to and including the deadline
    passed: bool


def deadline_of(visitatie, today: date | None = None) -> Deadline | None:
    """Return the wederhoor deadline of the visitatie seen from `today`, if it has one."""
    if visitatie.wederhoor_deadline is None:
        return None
    today = today or local_today()
    end = visitatie.wederhoor_deadline
    return Deadline(end, working_days_between(today, end), today > end)


def working_days_between(start: date, end: date) -> int:
    """Return the number of working days after `start` up to and including `end`."""
    days = (start + timedelta(days=n) for n in range(1, (end - start).days + 1))
    return sum(1 for d in days if d.weekday() < 5)


def is_released(visitatie, today: date | None = None) -> bool:
    """Return whether the dienst's corrections are final: submitted or the term has ended."""
    if visitatie.state != S.WEDERHOOR or visitatie.wederhoor_ingediend_at is not None:
        return True
    deadline = deadline_of(visitatie, today)
    return deadline is not None and deadline.passed


def wederhoor_versie(session, visitatie) -> RapportVersie | None:
    """Return the report version the dienst reviews, with its sections."""
    if visitatie.wederhoor_versie_nummer is None:
        return None
    stmt = (select(RapportVersie).options(selectinload(RapportVersie.secties))
            .where(RapportVersie.visitatie_id == visitatie.id,
                   RapportVersie.nummer == visitatie.wederhoor_versie_nummer))
    return session.scalars(stmt).first()


def corrections_by_sectie(session, visitatie) -> dict[int, list[WederhoorCorrectie]]:
    """Return the visitatie's corrections grouped by section id, oldest first."""
    stmt = (select(WederhoorCorrectie).where(WederhoorCorrectie.visitatie_id == visitatie.id)
            .order_by(WederhoorCorrectie.created_at, WederhoorCorrectie.id))
    grouped: dict[int, list[WederhoorCorrectie]] = {}
    for correctie in session.scalars(stmt):
        grouped.setdefault(correctie.sectie_id, []).append(correctie)
    return grouped


def deciders_of(session, corrections) -> dict[int, User]:
    """Return the users who decided on these corrections, by id (one query)."""
    ids = {c.besluit_by_id for c in corrections if c.besluit_by_id}
    if not ids:
        return {}
    return {u.id: u for u in session.scalars(select(User).where(User.id.in_(ids)))}


def load_correctie(session, visitatie, correctie_id: int) -> WederhoorCorrectie | None:
    """Return a correction of this visitatie (None for another visitatie's)."""
    correctie = session.get(WederhoorCorrectie, correctie_id)
    return correctie if correctie and correctie.visitatie_id == visitatie.id else None


def load_sectie(session, visitatie, sectie_id: int) -> RapportSectie | None:
    """Return a section of the visitatie's wederhoor version (None for any other)."""
    sectie = session.get(RapportSectie, sectie_id)
    if sectie is None or sectie.versie.visitatie_id != visitatie.id:
        return None
    return sectie if sectie.versie.nummer == visitatie.wederhoor_versie_nummer else None


def correction_counts(session, visitatie) -> tuple[int, int]:
    """Return the number of corrections and of those still without a decision."""
    total, open_ = session.execute(
        select(func.count(WederhoorCorrectie.id),
               func.count(WederhoorCorrectie.id).filter(WederhoorCorrectie.besluit == "open"))
        .where(WederhoorCorrectie.visitatie_id == visitatie.id)).one()
    return total, open_


def section_context(session, user, visitatie, today: date | None = None) -> dict:
    """Return what the visitatie page's wederhoor section shows, in at most one query."""
    visible = perms.can_view_wederhoor(user, visitatie)
    context = {
        "wederhoor_can_view": visible,
        "wederhoor_deadline": deadline_of(visitatie, today),
        "wederhoor_can_respond": perms.can_respond_wederhoor(user, visitatie),
        "wederhoor_can_decide": perms.can_decide_corrections(user, visitatie),
        "wederhoor_can_record_behandeling": perms.can_record_behandeling(user, visitatie),
        "wederhoor_counts": None,
    }
    if visible and visitatie.wederhoor_versie_nummer is not None:
        context["wederhoor_counts"] = correction_counts(session, visitatie)
    return context
