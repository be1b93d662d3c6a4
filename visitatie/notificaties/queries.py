"""Read recorded notifications: who gets them, what is due for sending, a person's own."""
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import joinedload, object_session

from visitatie.auth.models import RoleAssignment, User
from visitatie.auth.roles import COMMITTEE_ROLES, DIENST_ROLES, GLOBAL_ROLES, RONDE_ROLES, Rol
from visitatie.core.pagination import Page, paginate
from visitatie.notificaties.models import Notificatie
from visitatie.visitaties.models import Visitatie


def recipients_for(visitatie: Visitatie, *roles) -> list[User]:
    """Return the active users holding one of `roles` for this visitatie, each once, by id.

    Committee roles come from the visitatie's committee; directeur and contactpersoon are
    those of the visited dienst; beheerder and bestuur are global; klankbord is per ronde.
    """
    wanted = {Rol(r) for r in roles}
    users = {a.user.id: a.user for a in visitatie.commissie
             if a.rol in wanted & set(COMMITTEE_ROLES)}
    scopes = _role_scopes(visitatie, wanted)
    if scopes:
        stmt = (select(User).join(RoleAssignment, RoleAssignment.user_id == User.id)
                .where(or_(*scopes)).distinct())
        users.update((u.id, u) for u in object_session(visitatie).scalars(stmt))
    return [users[i] for i in sorted(users) if users[i].is_actief]


def _role_scopes(visitatie: Visitatie, wanted: set[Rol]) -> list:
    scopes = []
    for group, column, value in ((DIENST_ROLES, RoleAssignment.dienst_id, visitatie.dienst_id),
                                 (RONDE_ROLES, RoleAssignment.ronde_id, visitatie.ronde_id),
                                 (GLOBAL_ROLES, None, None)):
        rollen = [r.value for r in group if r in wanted]
        if rollen:
            scope = RoleAssignment.rol.in_(rollen)
            scopes.append(scope if column is None else and_(scope, column == value))
    return scopes


def due_notification_ids(session, day) -> list[int]:
    """Return the ids of the unsent notifications due on or before `day`, oldest first."""
    stmt = (select(Notificatie.id)
            .where(Notificatie.sent_at.is_(None), Notificatie.due_on <= day)
            .order_by(Notificatie.due_on, Notificatie.id))
    return list(session.scalars(stmt))


def notifications_page(session, user, day, number: int, per_page: int = 25) -> Page:
    """Return one page of the user's sent or due notifications, newest first."""
    stmt = (select(Notificatie)
            .where(Notificatie.user_id == user.id,
                   or_(Notificatie.due_on <= day, Notificatie.sent_at.is_not(None)))
            .order_by(Notificatie.due_on.desc(), Notificatie.id.desc()))
    return paginate(session, stmt, number, per_page)


def notifications_due(session, day) -> list[Notificatie]:
    """Return the unsent notifications due on or before `day`, oldest first, with users."""
    stmt = (select(Notificatie).options(joinedload(Notificatie.user))
            .where(Notificatie.sent_at.is_(None), Notificatie.due_on <= day)
            .order_by(Notificatie.due_on, Notificatie.id))
    return list(session.scalars(stmt))
