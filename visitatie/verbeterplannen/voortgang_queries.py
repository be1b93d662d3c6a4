"""Read the progress reports of a verbeterplan and where its reporting stands."""
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from visitatie.auth.models import User
from visitatie.verbeterplannen import voortgang_periods as periods
from visitatie.verbeterplannen.models import (
    Actie, ActieStatusWijziging, Verbeterplan, Voortgangsrapportage, VoortgangRegel,
)
from visitatie.verbeterplannen.voortgang_permissions import (
    can_view_voortgang, can_write_voortgang, is_reporting,
)
from workflows.verbeterplan import CLOSED_ACTIE_STATUSES
from visitatie.core.dates import local_today

CLOSED = tuple(s.value for s in CLOSED_ACTIE_STATUSES)


@dataclass
class VoortgangStand:
    """Where the reporting of a plan stands on one day."""

    published_on: date | None
    next: periods.Period | None  # the period whose report is written now
    concept: Voortgangsrapportage | None
    submitted: list[Voortgangsrapportage] = field(default_factory=list)  # newest first
    overdue_count: int = 0

    @property
    def last_submitted(self) -> Voortgangsrapportage | None:
        return self.submitted[0] if self.submitted else None


def load_plan(session, plan_id: int) -> Verbeterplan | None:
    """Return the plan with its visitatie (and dienst), or None."""
    return session.get(Verbeterplan, plan_id)


def reports_of(session, plan) -> list[Voortgangsrapportage]:
    """Return the plan's progress reports (without their lines), by period."""
    stmt = (select(Voortgangsrapportage)
            .where(Voortgangsrapportage.verbeterplan_id == plan.id)
            .order_by(Voortgangsrapportage.periode))
    return list(session.scalars(stmt))


def load_report(session, plan, rapportage_id: int) -> Voortgangsrapportage | None:
    """Return a report of this plan with its lines and their acties (None for another's)."""
    stmt = (select(Voortgangsrapportage)
            .options(selectinload(Voortgangsrapportage.regels)
                     .selectinload(VoortgangRegel.actie))
            .where(Voortgangsrapportage.id == rapportage_id,
                   Voortgangsrapportage.verbeterplan_id == plan.id))
    return session.scalars(stmt).first()


def author_of(session, rapportage) -> User | None:
    """Return the person who submitted the report."""
    return session.get(User, rapportage.ingediend_by_id) if rapportage.ingediend_by_id else None


def authors_of(session, reports) -> dict[int, User]:
    """Return the people who submitted these reports, by id (one query)."""
    ids = {r.ingediend_by_id for r in reports if r.ingediend_by_id}
    if not ids:
        return {}
    return {u.id: u for u in session.scalars(select(User).where(User.id.in_(ids)))}


def stand_of(plan, reports, today: date) -> VoortgangStand:
    """Return where the plan's reporting stands on `today`, from its loaded reports."""
    submitted = sorted((r for r in reports if r.status == "ingediend"),
                       key=lambda r: r.periode, reverse=True)
    if plan.gepubliceerd_at is None:
        return VoortgangStand(None, None, None, submitted)
    published = periods.local_date(plan.gepubliceerd_at)
    numbers = {r.periode for r in submitted}
    if not is_reporting(plan):
        return VoortgangStand(published, None, None, submitted)
    upcoming = periods.period(published, plan.voortgang_interval_maanden,
                              periods.first_unsubmitted(numbers))
    due = periods.periods_due_before(published, plan.voortgang_interval_maanden, today)
    concept = next((r for r in reports if r.status == "concept"
                    and r.periode == upcoming.periode), None)
    overdue = due - sum(1 for n in numbers if n <= due)
    return VoortgangStand(published, upcoming, concept, submitted, overdue)


def current_stand(session, plan, today: date) -> VoortgangStand:
    """Return where the plan's reporting stands on `today` (one query)."""
    return stand_of(plan, reports_of(session, plan), today)


def report_acties(session, plan, stand: VoortgangStand) -> list[Actie]:
    """Return the acties the current report covers: open ones, and those closed since the
    previous report (or since publication), plus any already in the concept."""
    since = (stand.last_submitted.ingediend_at if stand.last_submitted
             else plan.gepubliceerd_at)
    acties = session.scalars(select(Actie).where(Actie.verbeterplan_id == plan.id)
                             .order_by(Actie.id)).all()
    closed_since = set(session.scalars(
        select(ActieStatusWijziging.actie_id).join(Actie)
        .where(Actie.verbeterplan_id == plan.id, ActieStatusWijziging.naar.in_(CLOSED),
               ActieStatusWijziging.at > since)))
    in_concept = _concept_actie_ids(session, stand.concept)
    return [a for a in acties
            if a.status not in CLOSED or a.id in closed_since or a.id in in_concept]


def plan_acties(session, plan, ids) -> list[Actie]:
    """Return the plan's acties with these ids (others' are left out), by id."""
    stmt = (select(Actie).where(Actie.verbeterplan_id == plan.id, Actie.id.in_(list(ids)))
            .order_by(Actie.id))
    return list(session.scalars(stmt))


def concept_lines(session, concept) -> dict[int, VoortgangRegel]:
    """Return the concept's lines by actie id ({} without a concept)."""
    if concept is None:
        return {}
    stmt = select(VoortgangRegel).where(VoortgangRegel.rapportage_id == concept.id)
    return {r.actie_id: r for r in session.scalars(stmt)}


def _concept_actie_ids(session, concept) -> set[int]:
    if concept is None:
        return set()
    return set(session.scalars(select(VoortgangRegel.actie_id)
                               .where(VoortgangRegel.rapportage_id == concept.id)))


def section_context(session, user, plan, today: date | None = None) -> dict:
    """Return what the plan page's progress section shows, in at most one query."""
    context = {"voortgang_can_view": can_view_voortgang(user, plan), "voortgang_plan_id": plan.id,
               "voortgang_can_write": False, "voortgang_next": None,
               "voortgang_next_overdue": False, "voortgang_has_concept": False,
               "voortgang_last_submitted_on": None, "voortgang_submitted_count": 0,
               "voortgang_overdue_count": 0, "voortgang_published": False}
    if not context["voortgang_can_view"] or plan.gepubliceerd_at is None:
        return context
    today = today or local_today()
    stand = current_stand(session, plan, today)
    last = stand.last_submitted
    context.update(
        voortgang_published=True, voortgang_next=stand.next,
        voortgang_can_write=can_write_voortgang(user, plan) and stand.next is not None,
        voortgang_next_overdue=bool(stand.next and stand.next.is_overdue(today)),
        voortgang_has_concept=stand.concept is not None,
        voortgang_last_submitted_on=periods.local_date(last.ingediend_at) if last else None,
        voortgang_submitted_count=len(stand.submitted),
        voortgang_overdue_count=stand.overdue_count)
    return context
