"""Read accounts and what a beheerder picks from when assigning roles."""
from sqlalchemy import or_, select

from visitatie.auth.models import RoleAssignment, User
from visitatie.core.pagination import Page, paginate
from visitatie.diensten.models import Dienst
from visitatie.rondes.models import Ronde
from visitatie.visitaties.models import Visitatie


def search_users(session, q: str | None, rol: str | None, page: int) -> Page:
    """Return a page of users matching a name/e-mail fragment and a role."""
    stmt = select(User).order_by(User.naam, User.id)
    if q:
        pattern = f"%{q.strip().lower()}%"
        stmt = stmt.where(or_(User.email.like(pattern), User.naam.ilike(pattern)))
    if rol:
        stmt = stmt.where(User.roles.any(RoleAssignment.rol == rol))
    return paginate(session, stmt, page)


def role_scope_choices(session) -> tuple[list, list, list]:
    """Return the diensten, visitaties and rondes a role can be assigned on."""
    diensten = list(session.scalars(select(Dienst).order_by(Dienst.naam)))
    visitaties = list(session.scalars(
        select(Visitatie).join(Visitatie.ronde).join(Visitatie.dienst)
        .where(Visitatie.is_historisch.is_(False))
        .order_by(Ronde.nummer.desc(), Dienst.naam)))
    rondes = list(session.scalars(select(Ronde).order_by(Ronde.nummer)))
    return diensten, visitaties, rondes


def all_diensten(session) -> list[Dienst]:
    """Return every dienst by name."""
    return list(session.scalars(select(Dienst).order_by(Dienst.naam)))
