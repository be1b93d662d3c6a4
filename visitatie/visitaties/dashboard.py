"""The dashboard's rows: per visitatie its state, days in it, next deadline and what is overdue.

A constant number of queries whatever the number of visitaties: the rondes, the default
ronde, the visitaties with their committees; the rest is computed here in Python.
"""
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from visitatie.auth.models import RoleAssignment
from visitatie.auth.roles import COMMITTEE_ROLES, Rol
from visitatie.rondes.models import Ronde
from visitatie.visitaties.models import Visitatie
from visitatie.visitaties.planning_permissions import can_see_whole_ronde
from workflows.visitatie import VisitatieState as S
from visitatie.core.dates import local_today

LOCAL_TIME = ZoneInfo("Europe/Amsterdam")
BEFORE_VISIT = frozenset({S.GEPLAND, S.VOORBEREIDING, S.KERNSTUKKEN_INGEDIEND})

DEADLINE_LABELS = {
    "bezoekdagen_plannen": _l("Bezoekdagen vastleggen"),
    "eerste_bezoekdag": _l("Eerste bezoekdag"),
    "tweede_bezoekdag": _l("Tweede bezoekdag, daarna het bezoek afronden"),
    "naar_wederhoor": _l("Concept goedkeuren en naar hoor en wederhoor"),
    "wederhoor": _l("Reactie van de dienst in hoor en wederhoor"),
    "vaststellen": _l("Correcties verwerken en rapport vaststellen"),
    "behandeling": _l("DB/AB-behandeling, daarna publiceren"),
}
OVERDUE_LABELS = {
    "bezoek_verstreken": _l("De eerste bezoekdag is voorbij, maar de visitatie staat nog in "
                            "een fase vóór het bezoek."),
    "wederhoor_verlopen": _l("De termijn voor hoor en wederhoor is verstreken zonder reactie "
                             "van de dienst."),
}


@dataclass(frozen=True)
class DashboardRow:
    """One visitatie on the dashboard, as plain values."""

    visitatie_id: int
    dienst_naam: str
    state: str
    is_historisch: bool
    eerste_bezoekdag: date | None
    tweede_bezoekdag: date | None
    days_in_state: int | None
    deadline: date | None
    deadline_kind: str | None
    overdue_kind: str | None
    days_until_deadline: int | None
    voorzitters: tuple[str, ...] = ()
    secretarissen: tuple[str, ...] = ()
    member_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def is_overdue(self) -> bool:
        return self.overdue_kind is not None

    @property
    def deadline_label(self) -> str:
        return str(DEADLINE_LABELS[self.deadline_kind]) if self.deadline_kind else ""

    @property
    def overdue_label(self) -> str:
        return str(OVERDUE_LABELS[self.overdue_kind]) if self.overdue_kind else ""


@dataclass
class Dashboard:
    """Everything the dashboard page shows."""

    rondes: list
    ronde: Ronde | None
    whole_ronde: bool
    rows: list[DashboardRow]
    members: list[tuple[int, str]]

    @property
    def overdue_count(self) -> int:
        return sum(1 for r in self.rows if r.is_overdue)


def dashboard_rows(session, user, ronde_id: int | None, state: str | None = None,
                   member_id: int | None = None, today: date | None = None,
                   *, whole_ronde: bool | None = None) -> list[DashboardRow]:
    """Return the dashboard rows the user may see, filtered and sorted by next deadline."""
    return build_dashboard(session, user, ronde_id, state, member_id, today,
                           whole_ronde=whole_ronde).rows


def build_dashboard(session, user, ronde_id: int | None, state: str | None = None,
                    member_id: int | None = None, today: date | None = None,
                    *, whole_ronde: bool | None = None) -> Dashboard:
    """Collect the dashboard for one ronde (default: the newest with visitaties in progress)."""
    today = today or local_today()
    whole = can_see_whole_ronde(user) and whole_ronde is not False
    rondes = list(session.scalars(select(Ronde).order_by(Ronde.nummer.desc())))
    if ronde_id not in {r.id for r in rondes}:
        ronde_id = _default_ronde_id(session, user, whole, rondes, today)
    visitaties = _visible_visitaties(session, user, ronde_id, whole)
    rows = [make_row(v, today) for v in visitaties]
    rows = [r for r in rows if _matches(r, state, member_id)]
    return Dashboard(rondes=rondes, ronde=next((r for r in rondes if r.id == ronde_id), None),
                     whole_ronde=whole, rows=sorted(rows, key=_by_deadline),
                     members=_members(visitaties))


def make_row(visitatie: Visitatie, today: date) -> DashboardRow:
    """Return the dashboard row of one loaded visitatie (its committee loaded) on `today`."""
    deadline, kind = (None, None) if visitatie.is_historisch else _next_deadline(visitatie)
    return DashboardRow(
        visitatie_id=visitatie.id, dienst_naam=visitatie.dienst.naam, state=visitatie.state,
        is_historisch=visitatie.is_historisch,
        eerste_bezoekdag=visitatie.eerste_bezoekdag, tweede_bezoekdag=visitatie.tweede_bezoekdag,
        days_in_state=None if visitatie.is_historisch else _days_in_state(visitatie, today),
        deadline=deadline, deadline_kind=kind,
        overdue_kind=None if visitatie.is_historisch else _overdue(visitatie, today),
        days_until_deadline=(deadline - today).days if deadline else None,
        voorzitters=tuple(u.naam for u in visitatie.members_as(Rol.VOORZITTER)),
        secretarissen=tuple(u.naam for u in visitatie.members_as(Rol.SECRETARIS)),
        member_ids=frozenset(a.user_id for a in visitatie.commissie),
    )


def _next_deadline(v: Visitatie) -> tuple[date | None, str | None]:
    state = S(v.state)
    if state in BEFORE_VISIT:
        return (v.eerste_bezoekdag, "eerste_bezoekdag") if v.eerste_bezoekdag else (
            None, "bezoekdagen_plannen")
    if state == S.BEZOEK:
        return v.tweede_bezoekdag, "tweede_bezoekdag"
    if state == S.CONCEPT_RAPPORT:
        return None, "naar_wederhoor"
    if state == S.WEDERHOOR:
        return ((None, "vaststellen") if v.wederhoor_ingediend_at
                else (v.wederhoor_deadline, "wederhoor"))
    if state == S.VASTGESTELD:
        return None, "behandeling"
    return None, None


def _overdue(v: Visitatie, today: date) -> str | None:
    state = S(v.state)
    if state in BEFORE_VISIT and v.eerste_bezoekdag and today > v.eerste_bezoekdag:
        return "bezoek_verstreken"
    if (state == S.WEDERHOOR and v.wederhoor_ingediend_at is None
            and v.wederhoor_deadline and today > v.wederhoor_deadline):
        return "wederhoor_verlopen"
    return None


def _days_in_state(v: Visitatie, today: date) -> int:
    moment: datetime = v.state_changed_at
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they are stored in UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0, (today - moment.astimezone(LOCAL_TIME).date()).days)


def _matches(row: DashboardRow, state: str | None, member_id: int | None) -> bool:
    return (not state or row.state == state) and (not member_id or member_id in row.member_ids)


def _by_deadline(row: DashboardRow) -> tuple:
    return (row.deadline is None, row.deadline or date.max, row.is_historisch, row.dienst_naam)


def _members(visitaties) -> list[tuple[int, str]]:
    people = {a.user_id: a.user.naam for v in visitaties for a in v.commissie}
    return sorted(people.items(), key=lambda item: (item[1].lower(), item[0]))


def _visible_visitaties(session, user, ronde_id: int | None, whole: bool) -> list[Visitatie]:
    if ronde_id is None:
        return []
    stmt = (select(Visitatie).where(Visitatie.ronde_id == ronde_id)
            .options(selectinload(Visitatie.commissie).joinedload(RoleAssignment.user)))
    if not whole:
        stmt = stmt.where(Visitatie.id.in_(_committee_visitatie_ids(user)))
    return list(session.scalars(stmt).unique())


def _committee_visitatie_ids(user):
    """The visitaties on whose committee the user sits, as a subquery: a secretaris of many
    rondes has hundreds, which as literal parameters would make a long statement to build."""
    return (select(RoleAssignment.visitatie_id)
            .where(RoleAssignment.user_id == user.id,
                   RoleAssignment.rol.in_([r.value for r in COMMITTEE_ROLES])))


def _default_ronde_id(session, user, whole: bool, rondes, today: date) -> int | None:
    # The newest ronde that has started, with visitaties in progress the user may see;
    # else the newest. Rondes planned for later years are not the default.
    stmt = (select(Ronde.id).join(Visitatie, Visitatie.ronde_id == Ronde.id)
            .where(Visitatie.is_historisch.is_(False), Ronde.start_datum <= today)
            .order_by(Ronde.nummer.desc()).limit(1))
    if not whole:
        stmt = stmt.where(Visitatie.id.in_(_committee_visitatie_ids(user)))
    found = session.scalar(stmt)
    return found if found is not None else (rondes[0].id if rondes else None)
