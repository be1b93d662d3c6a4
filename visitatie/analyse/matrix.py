"""The theme x dienst matrix of a ronde: how many findings of each type carry each theme.

Counted in SQL (COUNT DISTINCT per theme, visitatie and type), with a theme counting the
findings coded on it *or on any theme below it*, so that a chapter row sums its sub-themes
without counting a finding twice. Columns are the visitaties (one dienst each) that have
findings, or the chosen set of an interim Rode draden edition. The statement count is fixed:
the codebook, the columns and one aggregate over a recursive CTE of the theme tree.
"""
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import aliased, joinedload

from visitatie.bevindingen.models import Bevinding, BevindingThema, BevindingType
from visitatie.bevindingen.queries import ThemaKeuze, codebook_themes
from visitatie.diensten.models import Dienst, DienstProvincie
from visitatie.themas.models import Thema
from visitatie.visitaties.models import Visitatie

TYPES = tuple(t.value for t in BevindingType)


@dataclass(frozen=True)
class MatrixFilter:
    """What to count: empty tuples mean everything."""

    types: tuple[str, ...] = ()
    provincie: str | None = None
    thema_ids: tuple[int, ...] = ()           # rows to show (with their sub-themes)
    visitatie_ids: tuple[int, ...] | None = None   # an interim edition's chosen set

    @property
    def counted_types(self) -> tuple[str, ...]:
        return self.types or TYPES


@dataclass
class ThemeMatrix:
    rows: list[ThemaKeuze]
    columns: list[Visitatie]
    counts: dict[tuple[int, int], dict[str, int]] = field(default_factory=dict)
    row_totals: dict[int, dict[str, int]] = field(default_factory=dict)
    row_diensten: dict[int, dict[str, int]] = field(default_factory=dict)

    def cell(self, thema_id: int, visitatie_id: int) -> dict[str, int]:
        return self.counts.get((thema_id, visitatie_id), {})

    def cell_total(self, thema_id: int, visitatie_id: int) -> int:
        return sum(self.cell(thema_id, visitatie_id).values())

    def total(self, thema_id: int, type_: str | None = None) -> int:
        totals = self.row_totals.get(thema_id, {})
        return totals.get(type_, 0) if type_ else sum(totals.values())

    def diensten_with(self, thema_id: int, type_: str | None = None) -> int:
        """How many columns (diensten) have at least one such finding on this theme."""
        return self.row_diensten.get(thema_id, {}).get(type_ or "*", 0)

    @property
    def max_cell(self) -> int:
        return max((sum(c.values()) for c in self.counts.values()), default=0)


def theme_matrix(session, ronde_id: int, wanted: MatrixFilter = MatrixFilter(),
                 keuzes: list[ThemaKeuze] | None = None) -> ThemeMatrix:
    """Return the matrix of the ronde's findings by theme and visitatie, counted in SQL.

    `keuzes`: the ronde's codebook themes when the caller already read them.
    """
    if keuzes is None:
        keuzes = codebook_themes(session, ronde_id)
    rows = _selected_rows(keuzes, wanted.thema_ids)
    columns = matrix_columns(session, ronde_id, wanted)
    matrix = ThemeMatrix(rows=rows, columns=columns)
    if not rows or not columns:
        return matrix
    _fill(session, matrix, [k.thema.id for k in keuzes], [c.id for c in columns], wanted)
    return matrix


def matrix_columns(session, ronde_id: int, wanted: MatrixFilter) -> list[Visitatie]:
    """The visitaties counted: the chosen set, or those of the ronde that have findings."""
    stmt = (select(Visitatie).join(Visitatie.dienst)
            .where(Visitatie.ronde_id == ronde_id)
            .options(joinedload(Visitatie.dienst)).order_by(Dienst.naam))
    if wanted.visitatie_ids is not None:
        stmt = stmt.where(Visitatie.id.in_(wanted.visitatie_ids))
    else:
        stmt = stmt.where(select(Bevinding.id).where(Bevinding.visitatie_id == Visitatie.id)
                          .exists())
    if wanted.provincie:
        stmt = stmt.where(select(DienstProvincie.dienst_id).where(
            DienstProvincie.dienst_id == Visitatie.dienst_id,
            DienstProvincie.provincie == wanted.provincie).exists())
    return list(session.scalars(stmt).unique())


def _selected_rows(keuzes: list[ThemaKeuze], thema_ids: tuple[int, ...]) -> list[ThemaKeuze]:
    if not thema_ids:
        return keuzes
    chosen = set(thema_ids)
    for keuze in keuzes:  # tree order: parents first, so sub-themes follow their parent
        if keuze.thema.parent_id in chosen:
            chosen.add(keuze.thema.id)
    return [k for k in keuzes if k.thema.id in chosen]


def _fill(session, matrix: ThemeMatrix, thema_ids, column_ids, wanted: MatrixFilter) -> None:
    """Count per (theme, visitatie, type) in one aggregate over the theme-ancestor pairs."""
    row_ids = {k.thema.id for k in matrix.rows}
    per_dienst: dict[tuple[int, str], set[int]] = defaultdict(set)
    for thema_id, visitatie_id, type_, count in _counts(session, thema_ids, row_ids, column_ids,
                                                          wanted):
        matrix.counts.setdefault((thema_id, visitatie_id), {})[type_] = count
        totals = matrix.row_totals.setdefault(thema_id, {})
        totals[type_] = totals.get(type_, 0) + count
        per_dienst[(thema_id, type_)].add(visitatie_id)
        per_dienst[(thema_id, "*")].add(visitatie_id)
    for (thema_id, key), visitaties in per_dienst.items():
        matrix.row_diensten.setdefault(thema_id, {})[key] = len(visitaties)


def _counts(session, thema_ids, row_ids, column_ids, wanted: MatrixFilter):
    """COUNT(DISTINCT bevinding) grouped by row theme, visitatie and type.

    A finding coded on a theme counts for that theme and for each theme above it (the
    ancestry comes from a recursive CTE over the theme tree); a finding coded on both a
    chapter and one of its sub-themes still counts once for the chapter.
    """
    ancestry = _ancestry_cte(thema_ids)
    stmt = (select(ancestry.c.row_id, Bevinding.visitatie_id, Bevinding.type,
                   func.count(func.distinct(Bevinding.id)))
            .join(BevindingThema, BevindingThema.bevinding_id == Bevinding.id)
            .join(ancestry, ancestry.c.coded_id == BevindingThema.thema_id)
            .where(Bevinding.visitatie_id.in_(column_ids),
                   ancestry.c.row_id.in_(row_ids),
                   Bevinding.type.in_(wanted.counted_types))
            .group_by(ancestry.c.row_id, Bevinding.visitatie_id, Bevinding.type))
    return session.execute(stmt).all()


def _ancestry_cte(thema_ids: list[int]):
    """(coded_id, row_id) for every theme and each theme above it, including itself."""
    start = (select(Thema.id.label("coded_id"), Thema.id.label("row_id"))
             .where(Thema.id.in_(thema_ids)).cte("ancestry", recursive=True))
    parent = aliased(Thema)
    return start.union_all(
        select(start.c.coded_id, parent.parent_id)
        .join(parent, parent.id == start.c.row_id)
        .where(parent.parent_id.is_not(None)))
