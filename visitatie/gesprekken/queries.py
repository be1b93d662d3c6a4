"""Read the interview schedule of a visitatie and the committee's notes."""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from visitatie.gesprekken.models import Gesprek, GesprekNotitie
from visitatie.gesprekken.permissions import can_edit_gesprekken, can_view_gesprekken
from workflows.visitatie import ORDER, VisitatieState

DAGEN = (1, 2)


@dataclass
class Dag:
    """One visit day of the schedule with its gesprekken in time order."""

    nummer: int
    datum: date | None
    gesprekken: list


def gesprekken_of(session, visitatie) -> list[Gesprek]:
    """Return the gesprekken of a visitatie by day and start time, with participants."""
    stmt = (select(Gesprek).where(Gesprek.visitatie_id == visitatie.id)
            .order_by(Gesprek.dag, Gesprek.start_tijd, Gesprek.eind_tijd, Gesprek.id))
    return list(session.scalars(stmt))


def schedule_of(session, visitatie) -> list[Dag]:
    """Return both visit days with their gesprekken."""
    gesprekken = gesprekken_of(session, visitatie)
    return [Dag(n, dag_datum(visitatie, n), [g for g in gesprekken if g.dag == n])
            for n in DAGEN]


def dag_datum(visitatie, dag: int) -> date | None:
    """Return the calendar date of visit day 1 or 2, if the visit is planned."""
    return visitatie.eerste_bezoekdag if dag == 1 else visitatie.tweede_bezoekdag


def load_gesprek(session, visitatie, gesprek_id: int) -> Gesprek | None:
    """Return the gesprek with this id if it belongs to the visitatie."""
    gesprek = session.get(Gesprek, gesprek_id)
    if gesprek is None or gesprek.visitatie_id != visitatie.id:
        return None
    return gesprek


def notities_of(session, gesprek) -> list[GesprekNotitie]:
    """Return the notes on a gesprek, oldest first, with their authors."""
    stmt = (select(GesprekNotitie).where(GesprekNotitie.gesprek_id == gesprek.id)
            .order_by(GesprekNotitie.created_at, GesprekNotitie.id))
    return list(session.scalars(stmt))


def load_notitie(session, gesprek, notitie_id: int) -> GesprekNotitie | None:
    """Return the note with this id if it belongs to the gesprek."""
    notitie = session.get(GesprekNotitie, notitie_id)
    if notitie is None or notitie.gesprek_id != gesprek.id:
        return None
    return notitie


def notitie_counts(session, visitatie) -> dict[int, int]:
    """Return the number of notes per gesprek id of a visitatie (for the committee)."""
    stmt = (select(GesprekNotitie.gesprek_id, func.count(GesprekNotitie.id))
            .join(Gesprek).where(Gesprek.visitatie_id == visitatie.id)
            .group_by(GesprekNotitie.gesprek_id))
    return dict(session.execute(stmt).all())


def section_context(session, user, visitatie) -> dict:
    """Return what the visitatie page's gesprekken section shows, in one query."""
    if not can_view_gesprekken(user, visitatie):
        return {"gesprekken_can_view": False}
    rows = session.execute(
        select(Gesprek.dag, Gesprek.categorie, Gesprek.is_gehouden)
        .where(Gesprek.visitatie_id == visitatie.id)).all()
    return {
        "gesprekken_can_view": True,
        "gesprekken_can_edit": can_edit_gesprekken(user, visitatie),
        "gesprekken_per_dag": [(n, dag_datum(visitatie, n), sum(r.dag == n for r in rows))
                               for n in DAGEN],
        "gesprekken_intake": _planned_and_held(rows, "intake"),
        "gesprekken_afsluitend": _planned_and_held(rows, "afsluitende_sessie"),
    }


def _planned_and_held(rows, categorie: str) -> tuple[bool, bool]:
    matching = [r for r in rows if r.categorie == categorie]
    return bool(matching), any(r.is_gehouden for r in matching)


def visit_has_started(visitatie) -> bool:
    """Return whether the visit days have begun (so 'held' means something)."""
    return ORDER.index(VisitatieState(visitatie.state)) >= ORDER.index(VisitatieState.BEZOEK)
