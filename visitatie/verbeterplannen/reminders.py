"""Reminder ladders of a verbeterplan, recorded as notifications for the dienst.

The plan's due date (until it is submitted), the due date of each open progress-report
period and the planned date of each open actie get a reminder 14 days before, one on the
day and one 7 days after. Scheduling is idempotent; reminders that no longer apply and
were not sent yet are removed. The mail job sends what is due.
"""
from dataclasses import dataclass
from datetime import date, timedelta

import click
from flask import Flask
from flask.cli import with_appcontext
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from visitatie.auth.models import RoleAssignment, User
from visitatie.auth.roles import DIENST_ROLES
from visitatie.notificaties.models import Notificatie
from visitatie.notificaties.operations import record_notification
from visitatie.verbeterplannen import voortgang_periods as periods
from visitatie.verbeterplannen.models import Actie, Verbeterplan, Voortgangsrapportage
from visitatie.verbeterplannen.voortgang_permissions import is_reporting
from workflows.verbeterplan import CLOSED_ACTIE_STATUSES, PlanState
from visitatie.core.dates import local_today

LADDER = (("herinnering", -14), ("vandaag", 0), ("verlopen", 7))
PLAN_PREFIX, VOORTGANG_PREFIX, ACTIE_PREFIX = "plan_termijn_", "voortgang_termijn_", "actie_datum_"
AWAITING_SUBMISSION = frozenset({PlanState.CONCEPT, PlanState.TERUGGESTUURD})
COMMITTED = frozenset({PlanState.VASTGESTELD, PlanState.GEPUBLICEERD, PlanState.IN_UITVOERING})


@dataclass(frozen=True)
class ReminderChanges:
    added: int = 0
    removed: int = 0

    def __add__(self, other: "ReminderChanges") -> "ReminderChanges":
        return ReminderChanges(self.added + other.added, self.removed + other.removed)


def schedule_plan_reminders(session, plan, today: date, people=None) -> ReminderChanges:
    """Record the plan's reminder ladders from `today` on and drop unsent ones that lapsed."""
    people = dienst_people(session, [plan.visitatie.dienst_id]).get(
        plan.visitatie.dienst_id, []) if people is None else people
    targets = _targets(session, plan, today)
    applicable = {(u.id, soort, obj.__tablename__, obj.id, day): (u, obj)
                  for u in people for soort, obj, day in _ladders(targets)}
    existing = _existing(session, plan)
    stale = [n for n in existing if n.sent_at is None and _key(n) not in applicable]
    for notificatie in stale:
        session.delete(notificatie)
    known = {_key(n) for n in existing}
    missing = [(key, who) for key, who in applicable.items()
               if key[4] >= today and key not in known]
    for (_user_id, soort, _type, _id, day), (user, obj) in missing:
        record_notification(session, user, soort, obj, day, flush=False)
    session.flush()
    return ReminderChanges(len(missing), len(stale))


def schedule_all_reminders(session, today: date) -> ReminderChanges:
    """Schedule the reminder ladders of every verbeterplan."""
    plans = list(session.scalars(select(Verbeterplan).options(selectinload(Verbeterplan.acties))
                                 .order_by(Verbeterplan.id)))
    people = dienst_people(session, {p.visitatie.dienst_id for p in plans})
    total = ReminderChanges()
    for plan in plans:
        total += schedule_plan_reminders(session, plan, today,
                                         people.get(plan.visitatie.dienst_id, []))
    return total


def dienst_people(session, dienst_ids) -> dict[int, list[User]]:
    """Return the active directeuren and contactpersonen per dienst id (one query)."""
    if not dienst_ids:
        return {}
    stmt = (select(RoleAssignment.dienst_id, User)
            .join(User, RoleAssignment.user_id == User.id)
            .where(RoleAssignment.dienst_id.in_(list(dienst_ids)),
                   RoleAssignment.rol.in_([r.value for r in DIENST_ROLES]),
                   User.is_actief.is_(True))
            .order_by(User.id))
    found: dict[int, list[User]] = {}
    for dienst_id, user in session.execute(stmt):
        if user not in found.setdefault(dienst_id, []):
            found[dienst_id].append(user)
    return found


def _targets(session, plan, today: date) -> list[tuple[str, object, date]]:
    """Return (soort prefix, object, date) for every date that still needs a ladder."""
    targets = []
    if plan.due_on and plan.state in AWAITING_SUBMISSION:
        targets.append((PLAN_PREFIX, plan, plan.due_on))
    if is_reporting(plan):
        targets += [(VOORTGANG_PREFIX, plan, p.due_on) for p in _open_periods(session, plan, today)]
    if plan.state in COMMITTED:
        targets += [(ACTIE_PREFIX, actie, actie.planned_on) for actie in plan.acties
                    if actie.planned_on and actie.status not in CLOSED_ACTIE_STATUSES]
    return targets


def _open_periods(session, plan, today: date) -> list[periods.Period]:
    submitted = set(session.scalars(
        select(Voortgangsrapportage.periode)
        .where(Voortgangsrapportage.verbeterplan_id == plan.id,
               Voortgangsrapportage.status == "ingediend")))
    return periods.open_periods(periods.local_date(plan.gepubliceerd_at),
                                plan.voortgang_interval_maanden, submitted, today)


def _ladders(targets):
    for prefix, obj, day in targets:
        for step, offset in LADDER:
            yield f"{prefix}{step}", obj, day + timedelta(days=offset)


def _existing(session, plan) -> list[Notificatie]:
    """Return the plan's ladder notifications, sent or not."""
    on_plan = and_(Notificatie.object_type == Verbeterplan.__tablename__,
                   Notificatie.object_id == plan.id,
                   or_(Notificatie.soort.startswith(PLAN_PREFIX, autoescape=True),
                       Notificatie.soort.startswith(VOORTGANG_PREFIX, autoescape=True)))
    on_acties = and_(Notificatie.object_type == Actie.__tablename__,
                     Notificatie.object_id.in_([a.id for a in plan.acties]),
                     Notificatie.soort.startswith(ACTIE_PREFIX, autoescape=True))
    return list(session.scalars(select(Notificatie).where(or_(on_plan, on_acties))))


def _key(n: Notificatie) -> tuple:
    return (n.user_id, n.soort, n.object_type, n.object_id, n.due_on)


@click.group("reminders")
def reminders_group():
    """Reminders about verbeterplannen, progress reports and acties."""


@reminders_group.command("schedule")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Plan as if it were this day (YYYY-MM-DD); default: today.")
@with_appcontext
def schedule_command(today):
    """Record the reminder ladders of all verbeterplannen; safe to repeat (e.g. daily)."""
    from visitatie.core.transaction import commit
    from visitatie.extensions import db

    changes = schedule_all_reminders(db.session, today.date() if today else local_today())
    commit()
    click.echo(f"Herinneringen: {changes.added} toegevoegd, {changes.removed} vervallen.")


def register_reminder_commands(app: Flask) -> None:
    """Add `flask reminders schedule` to the application's commands."""
    app.cli.add_command(reminders_group)
