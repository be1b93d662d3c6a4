"""Shared helpers of the codebook and coding tests."""
import html
from datetime import datetime, timezone

from sqlalchemy import func, select

from tests.bevindingen.factories import make_bevinding
from visitatie.audit.models import AuditEvent
from visitatie.bevindingen.models import BevindingThema
from visitatie.themas.models import CodeWijziging, Codeboek, Thema, ThemaWijziging

EARLIER = datetime(2025, 3, 4, 10, 30, tzinfo=timezone.utc)


def coded(session, visitatie, tekst, themas, coder, type="bevinding", nummer=None):
    """A finding coded with `themas` by `coder` at a fixed, earlier moment."""
    bevinding = make_bevinding(session, visitatie, type, tekst, themas, nummer=nummer)
    for code in bevinding.themas:
        code.gecodeerd_door_id, code.gecodeerd_at = coder.id, EARLIER
    session.commit()
    return bevinding


def codes_of(session, bevinding_id) -> dict[int, tuple]:
    """The current codes of a finding: theme id -> (coder id, coded at)."""
    session.expire_all()
    rows = session.scalars(select(BevindingThema).where(
        BevindingThema.bevinding_id == bevinding_id)).all()
    return {c.thema_id: (c.gecodeerd_door_id, c.gecodeerd_at) for c in rows}


def all_codes(session) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(BevindingThema))


def coded_bevindingen(session, thema_ids) -> set[int]:
    return set(session.scalars(select(BevindingThema.bevinding_id)
                               .where(BevindingThema.thema_id.in_(thema_ids))))


def versie(session, thema: Thema) -> int:
    session.expire_all()
    return session.get(Codeboek, thema.codeboek_id).versie


def wijzigingen(session, thema_id, soort=None) -> list[ThemaWijziging]:
    stmt = select(ThemaWijziging).where(ThemaWijziging.thema_id == thema_id)
    if soort:
        stmt = stmt.where(ThemaWijziging.soort == soort)
    return session.scalars(stmt.order_by(ThemaWijziging.id)).all()


def code_changes(session, bevinding_id) -> list[CodeWijziging]:
    return session.scalars(select(CodeWijziging).where(
        CodeWijziging.bevinding_id == bevinding_id).order_by(CodeWijziging.id)).all()


def audit(session, action, obj_id) -> list[AuditEvent]:
    return session.scalars(select(AuditEvent).where(
        AuditEvent.action == action, AuditEvent.object_id == obj_id)).all()


def fresh(session, model, obj_id):
    session.expire_all()
    return session.get(model, obj_id)



def text(response) -> str:
    """The page as a reader sees it: HTML entities (like &#39;) turned back into characters."""
    return html.unescape(response.get_data(as_text=True))
