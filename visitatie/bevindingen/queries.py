"""Read bevindingen and the themes of the codebook they are coded with."""
from dataclasses import dataclass

from sqlalchemy import case, func, select

from visitatie.bevindingen.models import Bevinding, BevindingThema, BevindingType
from visitatie.themas.models import Codeboek, Thema

TYPE_ORDER = tuple(BevindingType)


@dataclass(frozen=True)
class ThemaKeuze:
    """A theme as offered to choose from: the theme and its depth in the tree."""

    thema: Thema
    depth: int


def codebook_themes(session, ronde_id: int) -> list[ThemaKeuze]:
    """Return the themes of the ronde's newest codebook in tree order (merged ones left out)."""
    newest = (select(func.max(Codeboek.versie)).where(Codeboek.ronde_id == ronde_id)
              .scalar_subquery())
    stmt = (select(Thema).join(Thema.codeboek)
            .where(Codeboek.ronde_id == ronde_id, Codeboek.versie == newest,
                   Thema.samengevoegd_in_id.is_(None))
            .order_by(Thema.volgorde, Thema.code))
    return in_tree_order(list(session.scalars(stmt)))


def in_tree_order(themas: list[Thema]) -> list[ThemaKeuze]:
    """Return `themas` parents first, each followed by its children, with their depth."""
    ids = {t.id for t in themas}
    children: dict[int | None, list[Thema]] = {}
    for thema in themas:
        parent = thema.parent_id if thema.parent_id in ids else None
        children.setdefault(parent, []).append(thema)
    ordered: list[ThemaKeuze] = []

    def walk(parent_id, depth):
        for thema in children.get(parent_id, []):
            ordered.append(ThemaKeuze(thema, depth))
            walk(thema.id, depth + 1)

    walk(None, 0)
    return ordered


def with_descendants(keuzes: list[ThemaKeuze], thema_id: int) -> set[int]:
    """Return the id of the theme and of every theme below it."""
    found = {thema_id}
    for keuze in keuzes:  # tree order: a parent always comes before its children
        if keuze.thema.parent_id in found:
            found.add(keuze.thema.id)
    return found


def bevindingen_of(session, visitatie_id: int, thema_ids: set[int] | None = None
                   ) -> list[Bevinding]:
    """Return the bevindingen of a visitatie by type, aanbevelingen by number."""
    type_rank = case({t.value: i for i, t in enumerate(TYPE_ORDER)}, value=Bevinding.type)
    stmt = (select(Bevinding).where(Bevinding.visitatie_id == visitatie_id)
            .order_by(type_rank, Bevinding.nummer, Bevinding.id))
    if thema_ids:
        stmt = stmt.where(Bevinding.themas.any(BevindingThema.thema_id.in_(thema_ids)))
    return list(session.scalars(stmt))


def grouped_by_type(bevindingen: list[Bevinding]) -> dict[str, list[Bevinding]]:
    """Return the bevindingen per type, every type present (possibly empty), in type order."""
    groups: dict[str, list[Bevinding]] = {t.value: [] for t in TYPE_ORDER}
    for bevinding in bevindingen:
        groups[bevinding.type].append(bevinding)
    return groups


def load_bevinding(session, visitatie_id: int, bevinding_id: int) -> Bevinding | None:
    """Return the bevinding if it belongs to this visitatie."""
    bevinding = session.get(Bevinding, bevinding_id)
    return bevinding if bevinding and bevinding.visitatie_id == visitatie_id else None


def count_bevindingen(session, visitatie_id: int) -> int:
    """Return how many bevindingen a visitatie has."""
    return session.scalar(select(func.count(Bevinding.id))
                          .where(Bevinding.visitatie_id == visitatie_id))
