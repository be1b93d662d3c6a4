"""Read what a beheerder picks from when planning visitaties and composing committees."""
from sqlalchemy import select
from sqlalchemy.orm import contains_eager

from visitatie.auth.models import RoleAssignment, User
from visitatie.diensten.models import Dienst
from visitatie.rondes.models import Ronde
from visitatie.visitaties.models import Visitatie
from visitatie.visitaties.operations_planning import is_geldig_in_ronde


def rondes_newest_first(session) -> list[Ronde]:
    """Return every ronde, newest first."""
    return list(session.scalars(select(Ronde).order_by(Ronde.nummer.desc())))


def plannable_diensten(session, ronde: Ronde) -> list[Dienst]:
    """Return the diensten that exist in the ronde's period and have no visitatie in it yet."""
    planned = set(session.scalars(select(Visitatie.dienst_id).where(
        Visitatie.ronde_id == ronde.id)))
    diensten = session.scalars(select(Dienst).order_by(Dienst.naam))
    return [d for d in diensten if d.id not in planned and is_geldig_in_ronde(d, ronde)]


def committee_candidates(session) -> list[User]:
    """Return the active users by dienst (those without one last), then by name."""
    stmt = (select(User).outerjoin(User.dienst).where(User.is_actief.is_(True))
            .options(contains_eager(User.dienst))
            .order_by(Dienst.naam.is_(None), Dienst.naam, User.naam, User.id))
    return list(session.scalars(stmt).unique())


def committee_assignment(session, visitatie, assignment_id: int) -> RoleAssignment | None:
    """Return the committee role `assignment_id` if it belongs to this visitatie."""
    assignment = session.get(RoleAssignment, assignment_id)
    if assignment is None or assignment.visitatie_id != visitatie.id:
        return None
    return assignment
