"""Read what the analysis pages show: rondes, the matrix with the previous ronde, findings.

Every count is made in SQL (visitatie/analyse/matrix.py); a page runs a fixed number of
statements whatever the number of diensten, themes or findings.
"""
from dataclasses import dataclass, replace
from functools import cached_property

from sqlalchemy import case, func, select
from sqlalchemy.orm import contains_eager, joinedload

from visitatie.analyse.matrix import MatrixFilter, ThemeMatrix, theme_matrix
from visitatie.bevindingen.models import Bevinding, BevindingThema
from visitatie.bevindingen.queries import TYPE_ORDER, ThemaKeuze
from visitatie.diensten.models import Dienst
from visitatie.rondes.models import Ronde
from visitatie.themas.models import Thema
from visitatie.visitaties.models import Visitatie


@dataclass(frozen=True)
class RondeOverzicht:
    """A ronde on the index page: how many findings are coded, in how many visitaties."""

    ronde: Ronde
    gecodeerd: int
    diensten: int


@dataclass(frozen=True)
class Aandeel:
    """A share of diensten: at `diensten` of the `van` diensten."""

    diensten: int
    van: int

    @property
    def procent(self) -> int:
        return round(100 * self.diensten / self.van) if self.van else 0


@dataclass
class Analyse:
    """The matrix of a ronde with the matrix of the previous ronde, compared by theme code."""

    ronde: Ronde
    wanted: MatrixFilter
    matrix: ThemeMatrix
    vorige_ronde: Ronde | None = None
    vorige: ThemeMatrix | None = None

    @property
    def van(self) -> int:
        """The number of diensten counted (the columns)."""
        return len(self.matrix.columns)

    @property
    def types(self) -> tuple[str, ...]:
        return self.wanted.counted_types

    def aandeel(self, thema: Thema, type_: str | None = None) -> Aandeel:
        """Return at how many diensten this theme has findings (of `type_`, or any counted)."""
        return Aandeel(self.matrix.diensten_with(thema.id, type_), self.van)

    def vorig_aandeel(self, thema: Thema, type_: str | None = None) -> Aandeel | None:
        """Return the previous ronde's share for the same theme code; None if not comparable."""
        vorig_id = self._vorige_ids.get(thema.code)
        if vorig_id is None:
            return None
        return Aandeel(self.vorige.diensten_with(vorig_id, type_), len(self.vorige.columns))

    def vorig_totaal(self, thema: Thema, type_: str | None = None) -> int | None:
        """Return the previous ronde's number of findings for the same theme code."""
        vorig_id = self._vorige_ids.get(thema.code)
        return None if vorig_id is None else self.vorige.total(vorig_id, type_)

    @cached_property
    def _vorige_ids(self) -> dict[str, int]:
        if self.vorige is None or not self.vorige.columns:
            return {}
        return {keuze.thema.code: keuze.thema.id for keuze in self.vorige.rows}


def analyse_of(session, ronde: Ronde, wanted: MatrixFilter,
               keuzes: list[ThemaKeuze] | None = None) -> Analyse:
    """Return the ronde's matrix and, for comparison, the previous ronde's (same filter).

    `keuzes`: the ronde's codebook themes when the caller already read them.
    """
    matrix = theme_matrix(session, ronde.id, wanted, keuzes)
    vorige_ronde = previous_ronde(session, ronde)
    vorige = None
    if vorige_ronde is not None:
        # Every theme of the previous codebook: rows are matched by code, not by id.
        vorige = theme_matrix(session, vorige_ronde.id,
                              replace(wanted, thema_ids=(), visitatie_ids=None))
    return Analyse(ronde, wanted, matrix, vorige_ronde, vorige)


def previous_ronde(session, ronde: Ronde) -> Ronde | None:
    """Return the ronde before this one (by number), if any."""
    stmt = (select(Ronde).where(Ronde.nummer < ronde.nummer)
            .order_by(Ronde.nummer.desc()).limit(1))
    return session.scalars(stmt).first()


def ronde_overzicht(session, ronde_ids: set[int] | None) -> list[RondeOverzicht]:
    """Return the rondes (all, or those in `ronde_ids`) with their coded findings, newest first."""
    coded = (select(Visitatie.ronde_id,
                    func.count(Bevinding.id).label("gecodeerd"),
                    func.count(func.distinct(Bevinding.visitatie_id)).label("diensten"))
             .join(Bevinding, Bevinding.visitatie_id == Visitatie.id)
             .where(Bevinding.themas.any())
             .group_by(Visitatie.ronde_id).subquery())
    stmt = (select(Ronde, func.coalesce(coded.c.gecodeerd, 0),
                   func.coalesce(coded.c.diensten, 0))
            .outerjoin(coded, coded.c.ronde_id == Ronde.id)
            .order_by(Ronde.nummer.desc()))
    if ronde_ids is not None:
        stmt = stmt.where(Ronde.id.in_(ronde_ids))
    return [RondeOverzicht(*row) for row in session.execute(stmt)]


def coded_findings(session, matrix: ThemeMatrix, types: tuple[str, ...]) -> list[Bevinding]:
    """Return the findings of the matrix's columns (diensten) coded on one of its rows.

    In type order, then by dienst and number; visitatie, dienst and codes come in the same
    statement (a selectin load would take one more statement per 500 findings).
    """
    column_ids = [c.id for c in matrix.columns]
    thema_ids = {k.thema.id for k in matrix.rows}
    if not column_ids or not thema_ids:
        return []
    type_rank = case({t.value: i for i, t in enumerate(TYPE_ORDER)}, value=Bevinding.type)
    stmt = (select(Bevinding).join(Bevinding.visitatie).join(Visitatie.dienst)
            .where(Bevinding.visitatie_id.in_(column_ids), Bevinding.type.in_(types),
                   Bevinding.themas.any(BevindingThema.thema_id.in_(thema_ids)))
            .options(contains_eager(Bevinding.visitatie).contains_eager(Visitatie.dienst),
                     joinedload(Bevinding.themas))
            .order_by(type_rank, Dienst.naam, Bevinding.nummer, Bevinding.id))
    return list(session.scalars(stmt).unique())


def grouped_by_type(bevindingen: list[Bevinding], types: tuple[str, ...]
                    ) -> dict[str, list[Bevinding]]:
    """Return the findings per counted type, in type order, every counted type present."""
    groups = {t.value: [] for t in TYPE_ORDER if t.value in types}
    for bevinding in bevindingen:
        groups[bevinding.type].append(bevinding)
    return groups
