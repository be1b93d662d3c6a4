"""The ODNL monitoring of the verbeterplannen of a ronde: one row per visited dienst.

Counting happens in SQL (GROUP BY per plan); one statement yields all rows, whatever the
number of plans, acties and reports. What depends on `today` and on month arithmetic
(which periods are due) is computed here from the aggregated values.
"""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from visitatie.diensten.models import Dienst
from visitatie.rondes.models import Ronde
from visitatie.verbeterplannen import voortgang_periods as periods
from visitatie.verbeterplannen.models import Actie, Verbeterplan, Voortgangsrapportage
from visitatie.verbeterplannen.reminders import AWAITING_SUBMISSION
from visitatie.verbeterplannen.voortgang_permissions import REPORTING_STATES
from visitatie.visitaties.models import Visitatie
from workflows.verbeterplan import CLOSED_ACTIE_STATUSES, ActieStatus, PlanState
from workflows.visitatie import ORDER as VISITATIE_ORDER

STATUSES = tuple(s.value for s in ActieStatus)
CLOSED = tuple(s.value for s in CLOSED_ACTIE_STATUSES)
PLAN_ORDER = tuple(PlanState)


@dataclass(frozen=True)
class MonitoringRow:
    """One visited dienst with the state of its verbeterplan, as plain values."""

    visitatie_id: int
    dienst_naam: str
    visitatie_state: str
    plan_id: int | None
    plan_state: str | None
    acties: int
    per_status: dict[str, int]
    acties_te_laat: int
    rapportages_te_laat: int | None  # None: the plan does not report (yet)
    dagen_sinds_rapportage: int | None  # None: no report submitted
    plan_due_on: date | None
    plan_te_laat: bool

    def share(self, status: str) -> int | None:
        """Return the percentage of acties with `status` (None without acties)."""
        if not self.acties:
            return None
        return round(100 * self.per_status[status] / self.acties)


def _by_name(r):
    return r.dienst_naam.lower()


SORT_KEYS = {
    "dienst": _by_name,
    "visitatie": lambda r: VISITATIE_ORDER.index(r.visitatie_state),
    "plan": lambda r: PLAN_ORDER.index(r.plan_state) if r.plan_state else None,
    "acties": lambda r: r.acties,
    **{s: (lambda r, s=s: r.share(s)) for s in STATUSES},
    "acties_te_laat": lambda r: r.acties_te_laat,
    "rapportages_te_laat": lambda r: r.rapportages_te_laat,
    "dagen_sinds_rapportage": lambda r: r.dagen_sinds_rapportage,
    "plan_termijn": lambda r: r.plan_due_on,
}
DEFAULT_SORT = "dienst"


def monitoring_rows(session, ronde_id: int, today: date, sort: str = DEFAULT_SORT,
                    descending: bool = False) -> list[MonitoringRow]:
    """Return one row per dienst visited in the ronde, sorted by `sort` (missing values last)."""
    rows = [_row(values, today) for values in session.execute(_statement(ronde_id, today))]
    return sort_rows(rows, sort, descending)


def sort_rows(rows, sort: str, descending: bool) -> list[MonitoringRow]:
    """Return the rows sorted on a column; rows without a value come last, by name."""
    key = SORT_KEYS.get(sort, SORT_KEYS[DEFAULT_SORT])
    by_name = sorted(rows, key=_by_name)
    present = [r for r in by_name if key(r) is not None]
    absent = [r for r in by_name if key(r) is None]
    return sorted(present, key=key, reverse=descending) + absent


def rondes(session) -> list[Ronde]:
    """Return all rondes, newest first."""
    return list(session.scalars(select(Ronde).order_by(Ronde.nummer.desc())))


def default_ronde_id(session, all_rondes) -> int | None:
    """Return the newest ronde with a verbeterplan, else the newest ronde."""
    found = session.scalar(
        select(Ronde.id).join(Visitatie, Visitatie.ronde_id == Ronde.id)
        .join(Verbeterplan, Verbeterplan.visitatie_id == Visitatie.id)
        .order_by(Ronde.nummer.desc()).limit(1))
    return found if found is not None else (all_rondes[0].id if all_rondes else None)


def _statement(ronde_id: int, today: date):
    acties = _acties_per_plan(today)
    reports = _reports_per_plan(today)
    return (select(Visitatie.id, Dienst.naam, Visitatie.state, Verbeterplan.id,
                   Verbeterplan.state, Verbeterplan.due_on, Verbeterplan.gepubliceerd_at,
                   Verbeterplan.voortgang_interval_maanden,
                   *[acties.c[name] for name in ("totaal", *STATUSES, "te_laat")],
                   reports.c.laatst, reports.c.ingediend_vervallen)
            .select_from(Visitatie).join(Dienst, Dienst.id == Visitatie.dienst_id)
            .outerjoin(Verbeterplan, Verbeterplan.visitatie_id == Visitatie.id)
            .outerjoin(acties, acties.c.plan_id == Verbeterplan.id)
            .outerjoin(reports, reports.c.plan_id == Verbeterplan.id)
            .where(Visitatie.ronde_id == ronde_id))


def _acties_per_plan(today: date):
    count = func.count(Actie.id)
    return (select(Actie.verbeterplan_id.label("plan_id"), count.label("totaal"),
                   *[count.filter(Actie.status == s).label(s) for s in STATUSES],
                   count.filter(Actie.planned_on < today, Actie.status.not_in(CLOSED))
                   .label("te_laat"))
            .group_by(Actie.verbeterplan_id).subquery())


def _reports_per_plan(today: date):
    rapportage = Voortgangsrapportage
    return (select(rapportage.verbeterplan_id.label("plan_id"),
                   func.max(rapportage.ingediend_at).label("laatst"),
                   func.count(rapportage.id).filter(rapportage.due_on < today)
                   .label("ingediend_vervallen"))
            .where(rapportage.status == "ingediend")
            .group_by(rapportage.verbeterplan_id).subquery())


def _row(values, today: date) -> MonitoringRow:
    (visitatie_id, naam, visitatie_state, plan_id, plan_state, due_on, published, interval,
     totaal, *rest) = values
    per_status = dict(zip(STATUSES, (n or 0 for n in rest[:len(STATUSES)])))
    te_laat, laatst, ingediend_vervallen = rest[len(STATUSES):]
    return MonitoringRow(
        visitatie_id=visitatie_id, dienst_naam=naam, visitatie_state=visitatie_state,
        plan_id=plan_id, plan_state=plan_state, acties=totaal or 0, per_status=per_status,
        acties_te_laat=te_laat or 0,
        rapportages_te_laat=_reports_overdue(plan_state, published, interval,
                                             ingediend_vervallen or 0, today),
        dagen_sinds_rapportage=(today - periods.local_date(laatst)).days if laatst else None,
        plan_due_on=due_on,
        plan_te_laat=bool(due_on and due_on < today and plan_state in AWAITING_SUBMISSION))


def _reports_overdue(plan_state, published, interval, submitted_due: int,
                     today: date) -> int | None:
    if plan_state not in REPORTING_STATES or published is None:
        return None
    due = periods.periods_due_before(periods.local_date(published), interval, today)
    return max(0, due - submitted_due)
