"""Read visitaties for the start pages and lists."""
from sqlalchemy import case, func, select
from sqlalchemy.orm import contains_eager, selectinload

from visitatie.auth.models import RoleAssignment
from visitatie.diensten.models import Dienst
from visitatie.rondes.models import Ronde
from visitatie.visitaties.models import Visitatie
from workflows.visitatie import ORDER


def rondes_with_state_counts(session) -> list[tuple[Ronde, dict[str, int]]]:
    """Return every ronde, newest first, with its number of visitaties per state."""
    rondes = list(session.scalars(select(Ronde).order_by(Ronde.nummer.desc())))
    rows = session.execute(
        select(Visitatie.ronde_id, Visitatie.state, func.count())
        .group_by(Visitatie.ronde_id, Visitatie.state)
    )
    counts: dict[int, dict[str, int]] = {}
    for ronde_id, state, n in rows:
        counts.setdefault(ronde_id, {})[state] = n
    return [(r, _in_lifecycle_order(counts.get(r.id, {}))) for r in rondes]


def _in_lifecycle_order(counts: dict[str, int]) -> dict[str, int]:
    return {s.value: counts[s.value] for s in ORDER if s.value in counts}


def visitaties_of_ronde(session, ronde_id: int) -> list[Visitatie]:
    """Return the visitaties of a ronde by visit date, with their committees."""
    stmt = (
        select(Visitatie).join(Visitatie.dienst)
        .where(Visitatie.ronde_id == ronde_id)
        .options(selectinload(Visitatie.commissie).joinedload(RoleAssignment.user))
        .order_by(Visitatie.eerste_bezoekdag.is_(None), Visitatie.eerste_bezoekdag, Dienst.naam)
    )
    return list(session.scalars(stmt))


FINISHED_STATES = ("vastgesteld", "gepubliceerd")


def committee_visitaties_stmt(ids):
    """The visitaties with these ids: running ones first, then newest ronde, first visit day."""
    finished = case((Visitatie.state.in_(FINISHED_STATES), 1), else_=0)
    return (select(Visitatie).join(Visitatie.ronde).join(Visitatie.dienst)
            .where(Visitatie.id.in_(ids))
            .options(contains_eager(Visitatie.ronde), contains_eager(Visitatie.dienst))
            .order_by(finished, Ronde.nummer.desc(), Visitatie.eerste_bezoekdag, Dienst.naam))


def visitaties_of_diensten(session, dienst_ids) -> list[Visitatie]:
    """Return the visitaties of these diensten, newest ronde first."""
    if not dienst_ids:
        return []
    stmt = (
        select(Visitatie).join(Visitatie.ronde)
        .where(Visitatie.dienst_id.in_(dienst_ids))
        .order_by(Ronde.nummer.desc())
    )
    return list(session.scalars(stmt))


def load_visitatie(session, visitatie_id: int) -> Visitatie | None:
    """Return one visitatie with its committee."""
    stmt = (
        select(Visitatie).where(Visitatie.id == visitatie_id)
        .options(selectinload(Visitatie.commissie).joinedload(RoleAssignment.user))
    )
    return session.scalars(stmt).first()
