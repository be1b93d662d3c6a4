"""Read the codebooks, their history and the coded findings of a ronde."""
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import contains_eager, joinedload

from visitatie.auth.models import User
from visitatie.bevindingen.models import Bevinding, BevindingThema, BevindingType
from visitatie.bevindingen.queries import ThemaKeuze, in_tree_order
from visitatie.core.pagination import Page, paginate
from visitatie.diensten.models import Dienst
from visitatie.rondes.models import Ronde
from visitatie.themas.models import CodeWijziging, Codeboek, KaderThema, Thema, ThemaWijziging
from visitatie.visitaties.models import Visitatie

TYPE_RANK = case({t.value: i for i, t in enumerate(BevindingType)}, value=Bevinding.type)


@dataclass(frozen=True)
class RondeCodeboek:
    """A ronde with its current codebook (if any) and how much is in it."""

    ronde: Ronde
    codeboek: Codeboek | None
    themas: int = 0
    codes: int = 0


@dataclass(frozen=True)
class CoderingFilter:
    """Which findings of a ronde to list; None or False means no filter."""

    dienst_id: int | None = None
    type: str | None = None
    thema_ids: frozenset[int] | None = None
    alleen_ongecodeerd: bool = False


def current_codeboek(session, ronde_id: int) -> Codeboek | None:
    """Return the ronde's codebook: the newest if there are several."""
    return session.scalars(select(Codeboek).where(Codeboek.ronde_id == ronde_id)
                           .order_by(Codeboek.versie.desc()).limit(1)).first()


def rondes_with_codeboek(session) -> list[RondeCodeboek]:
    """Return every ronde, newest first, with its current codebook and its counts."""
    rondes = list(session.scalars(select(Ronde).order_by(Ronde.nummer.desc())))
    newest = {}
    for codeboek in session.scalars(select(Codeboek).order_by(Codeboek.versie)):
        newest[codeboek.ronde_id] = codeboek
    themas = dict(session.execute(
        select(Thema.codeboek_id, func.count(Thema.id))
        .where(Thema.samengevoegd_in_id.is_(None)).group_by(Thema.codeboek_id)).all())
    codes = dict(session.execute(
        select(Thema.codeboek_id, func.count())
        .join(BevindingThema, BevindingThema.thema_id == Thema.id)
        .group_by(Thema.codeboek_id)).all())
    rows = []
    for ronde in rondes:
        codeboek = newest.get(ronde.id)
        key = codeboek.id if codeboek else None
        rows.append(RondeCodeboek(ronde, codeboek, themas.get(key, 0), codes.get(key, 0)))
    return rows


def all_themes(session, codeboek_id: int) -> list[Thema]:
    """Return every theme of the codebook, merged ones included, with their kader theme."""
    return list(session.scalars(
        select(Thema).where(Thema.codeboek_id == codeboek_id)
        .options(joinedload(Thema.kader_thema)).order_by(Thema.volgorde, Thema.code)))


def codeboek_tree(session, codeboek_id: int) -> list[ThemaKeuze]:
    """Return every theme of the codebook in tree order, merged ones included."""
    return in_tree_order(all_themes(session, codeboek_id))


def code_counts(session, themas: list[Thema]) -> dict[int, tuple[int, int]]:
    """Return per theme how many findings carry it, and how many carry it or a theme below."""
    pairs = session.execute(
        select(BevindingThema.thema_id, BevindingThema.bevinding_id)
        .where(BevindingThema.thema_id.in_([t.id for t in themas]))).all()
    parent_of = {t.id: t.parent_id for t in themas}
    direct, family = defaultdict(set), defaultdict(set)
    for thema_id, bevinding_id in pairs:
        direct[thema_id].add(bevinding_id)
        node, steps = thema_id, 0
        while node is not None and steps <= len(themas):  # a tree has no cycles; be sure
            family[node].add(bevinding_id)
            node, steps = parent_of.get(node), steps + 1
    return {t.id: (len(direct[t.id]), len(family[t.id])) for t in themas}


def kader_themas(session) -> list[KaderThema]:
    """Return the themes A-F of the visitatiekader."""
    return list(session.scalars(select(KaderThema).order_by(KaderThema.code)))


def merged_into(themas: list[Thema], thema_id: int) -> list[Thema]:
    """Return the themes merged into `thema_id`, directly or through another merged theme."""
    found, frontier = [], {thema_id}
    while frontier:
        step = [t for t in themas if t.samengevoegd_in_id in frontier]
        found += step
        frontier = {t.id for t in step}
    return found


def codeboek_history(session, codeboek_id: int, page_number: int) -> Page:
    """Return a page of the codebook's changes, newest first."""
    stmt = (select(ThemaWijziging).join(ThemaWijziging.thema)
            .where(Thema.codeboek_id == codeboek_id)
            .options(contains_eager(ThemaWijziging.thema), joinedload(ThemaWijziging.door))
            .order_by(ThemaWijziging.codeboek_versie.desc(), ThemaWijziging.id.desc()))
    return paginate(session, stmt, page_number, per_page=50)


def thema_history(session, thema_ids: set[int]) -> list[ThemaWijziging]:
    """Return the changes of these themes, newest first."""
    return list(session.scalars(
        select(ThemaWijziging).where(ThemaWijziging.thema_id.in_(thema_ids))
        .options(joinedload(ThemaWijziging.thema), joinedload(ThemaWijziging.door))
        .order_by(ThemaWijziging.codeboek_versie.desc(), ThemaWijziging.id.desc())))


def merge_preview(session, source_id: int, target_id: int) -> tuple[int, int]:
    """Return how many codes a merge moves, and how many it drops (the finding had both)."""
    with_target = select(BevindingThema.bevinding_id).where(BevindingThema.thema_id == target_id)
    source = select(func.count()).where(BevindingThema.thema_id == source_id)
    dropping = session.scalar(source.where(BevindingThema.bevinding_id.in_(with_target)))
    return session.scalar(source) - dropping, dropping


def diensten_of_ronde(session, ronde_id: int) -> list[Dienst]:
    """Return the diensten with a visitatie in the ronde, by name."""
    return list(session.scalars(
        select(Dienst).join(Visitatie, Visitatie.dienst_id == Dienst.id)
        .where(Visitatie.ronde_id == ronde_id).distinct().order_by(Dienst.naam)))


def coding_page(session, ronde_id: int, chosen: CoderingFilter, page_number: int) -> Page:
    """Return a page (50) of the ronde's findings by dienst, type and number."""
    stmt = (select(Bevinding).join(Bevinding.visitatie).join(Visitatie.dienst)
            .where(Visitatie.ronde_id == ronde_id)
            .options(contains_eager(Bevinding.visitatie).contains_eager(Visitatie.dienst))
            .order_by(Dienst.naam, TYPE_RANK, Bevinding.nummer, Bevinding.id))
    return paginate(session, _filtered(stmt, chosen), page_number, per_page=50)


def _filtered(stmt, chosen: CoderingFilter):
    if chosen.dienst_id:
        stmt = stmt.where(Visitatie.dienst_id == chosen.dienst_id)
    if chosen.type:
        stmt = stmt.where(Bevinding.type == chosen.type)
    if chosen.thema_ids:
        stmt = stmt.where(Bevinding.themas.any(BevindingThema.thema_id.in_(chosen.thema_ids)))
    if chosen.alleen_ongecodeerd:
        stmt = stmt.where(~Bevinding.themas.any())
    return stmt


def load_bevinding(session, bevinding_id: int) -> Bevinding | None:
    """Return the finding with its visitatie."""
    return session.scalars(select(Bevinding).where(Bevinding.id == bevinding_id)
                           .options(joinedload(Bevinding.visitatie))).first()


def code_history(session, bevinding_id: int) -> list[CodeWijziging]:
    """Return the code changes of a finding, newest first, with who made them."""
    return list(session.scalars(
        select(CodeWijziging).where(CodeWijziging.bevinding_id == bevinding_id)
        .options(joinedload(CodeWijziging.thema), joinedload(CodeWijziging.van_thema),
                 joinedload(CodeWijziging.door))
        .order_by(CodeWijziging.at.desc(), CodeWijziging.id.desc())))


def coders_of(session, bevinding: Bevinding) -> dict[int, User]:
    """Return the users who gave the finding's current codes, by id."""
    ids = {c.gecodeerd_door_id for c in bevinding.themas if c.gecodeerd_door_id}
    if not ids:
        return {}
    return {u.id: u for u in session.scalars(select(User).where(User.id.in_(ids)))}
