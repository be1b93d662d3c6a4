"""Objects every kind of notification can be about: a visitatie, a plan, an actie."""
from datetime import date, datetime, timezone

from tests.wederhoor.factories import make_versie
from visitatie.verbeterplannen.models import Actie, Verbeterplan

MONDAY = date(2026, 3, 2)
DEADLINE = date(2026, 3, 23)  # 15 working days after MONDAY


def put_in_wederhoor(session, visitatie, deadline: date = DEADLINE) -> None:
    """Put the visitatie in hoor en wederhoor on an approved version; commit."""
    make_versie(session, visitatie)
    visitatie.state = "wederhoor"
    visitatie.wederhoor_deadline = deadline
    visitatie.wederhoor_versie_nummer = 1
    session.commit()


def make_vastgesteld(session, visitatie) -> None:
    """Put the visitatie's report in the state vastgesteld; commit."""
    visitatie.state = "vastgesteld"
    visitatie.wederhoor_deadline = DEADLINE
    visitatie.vastgesteld_at = datetime(2026, 4, 14, 9, 30, tzinfo=timezone.utc)
    session.commit()


ADOPTED = ("vastgesteld", "gepubliceerd", "in_uitvoering", "afgerond")


def make_plan(session, visitatie, state: str = "concept",
              due_on: date | None = date(2026, 8, 14)) -> Verbeterplan:
    """A plan in `state`, with the columns its CHECK constraints demand."""
    plan = Verbeterplan(visitatie_id=visitatie.id, state=state, due_on=due_on)
    if state in ADOPTED:
        plan.vastgesteld_op, plan.vastgesteld_door = date(2026, 6, 1), "AB"
    if state in ADOPTED[1:]:
        plan.gepubliceerd_at = datetime(2026, 6, 2, tzinfo=timezone.utc)
    if state == "afgerond":
        plan.afgerond_at = datetime(2027, 6, 2, tzinfo=timezone.utc)
    session.add(plan)
    session.flush()
    return plan


def make_actie(session, plan, titel: str = "Vergunningverlening digitaliseren",
               status: str = "gepland", planned_on: date | None = date(2026, 11, 30)) -> Actie:
    actie = Actie(verbeterplan_id=plan.id, titel=titel, eigenaar_naam="J. de Vries",
                  eigenaar_functie="Teamleider VTH", planned_on=planned_on, status=status)
    session.add(actie)
    session.flush()
    return actie


def object_for(session, world, object_type: str):
    """Return an object of `object_type` belonging to the world's visitatie (vastgesteld)."""
    if object_type == "visitatie":
        return world.visitatie
    make_vastgesteld(session, world.visitatie)
    plan = make_plan(session, world.visitatie)
    return plan if object_type == "verbeterplan" else make_actie(session, plan)
