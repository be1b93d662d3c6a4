"""Test data for planning and the dashboard: visitaties in later states, a grown ronde."""
from datetime import date, datetime, timezone

from tests.factories import make_dienst, make_user, make_visitatie
from visitatie.auth import operations as auth_ops
from visitatie.auth.roles import Rol

MOMENT = datetime(2026, 1, 15, 9, 0, tzinfo=timezone.utc)


def put_in_state(session, visitatie, state: str, *, wederhoor_deadline=date(2026, 6, 1),
                 wederhoor_ingediend_at=None, changed_at: datetime = MOMENT):
    """Set `state` with the columns its CHECK constraints demand, and commit."""
    visitatie.state, visitatie.state_changed_at = state, changed_at
    later = ("wederhoor", "vastgesteld", "gepubliceerd")
    visitatie.wederhoor_deadline = wederhoor_deadline if state in later else None
    visitatie.wederhoor_ingediend_at = wederhoor_ingediend_at if state in later else None
    visitatie.vastgesteld_at = MOMENT if state in later[1:] else None
    if state == "gepubliceerd":
        visitatie.db_behandeld_op = visitatie.ab_behandeld_op = date(2026, 7, 1)
        visitatie.gepubliceerd_at = MOMENT
    session.commit()
    return visitatie


def grow_ronde(session, ronde, n: int, member) -> list:
    """Add `n` visitaties to the ronde, each with a committee on which `member` sits."""
    member = session.get(type(member), member.id)  # the instance of this (fresh) session
    visitaties = []
    for _ in range(n):
        visitatie = make_visitatie(session, ronde, make_dienst(session))
        for rol in (Rol.VOORZITTER, Rol.SECRETARIS):
            auth_ops.assign_role(session, None, make_user(session), rol, visitatie=visitatie)
        auth_ops.assign_role(session, None, member, Rol.COMMISSIELID, visitatie=visitatie)
        visitaties.append(visitatie)
    session.commit()
    return visitaties
