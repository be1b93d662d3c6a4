"""Test data for progress reports: a published verbeterplan with acties, made directly."""
from datetime import date, datetime, time, timezone

from tests.bevindingen.factories import set_state
from visitatie.db import utcnow
from visitatie.verbeterplannen.models import (
    Actie, ActieStatusWijziging, Verbeterplan, Voortgangsrapportage, VoortgangRegel,
)

PUBLISHED_STATES = ("gepubliceerd", "in_uitvoering", "afgerond")
ADOPTED_STATES = ("vastgesteld", *PUBLISHED_STATES)


def at_noon(day: date) -> datetime:
    """Return noon UTC on `day` (the same calendar day in the Netherlands)."""
    return datetime.combine(day, time(12), tzinfo=timezone.utc)


def make_plan(session, visitatie, state: str = "gepubliceerd",
              published_on: date | None = date(2026, 1, 15), interval: int = 6,
              due_on: date | None = date(2025, 11, 1)) -> Verbeterplan:
    """Add a plan in `state` (with the columns its CHECKs demand) to a vastgesteld visitatie."""
    if visitatie.state not in ("vastgesteld", "gepubliceerd"):
        set_state(session, visitatie, "vastgesteld")
    plan = Verbeterplan(visitatie_id=visitatie.id, state=state, due_on=due_on,
                        voortgang_interval_maanden=interval)
    if state in ADOPTED_STATES:
        plan.vastgesteld_op, plan.vastgesteld_door = date(2025, 12, 10), "AB"
    if state in PUBLISHED_STATES:
        plan.gepubliceerd_at = at_noon(published_on)
    if state == "afgerond":
        plan.afgerond_at = utcnow()
    session.add(plan)
    session.flush()
    return plan


def make_actie(session, plan, titel: str = "Actie", status: str = "gepland",
               planned_on: date | None = None, stop_reden: str | None = None) -> Actie:
    """Add an actie directly (no history)."""
    actie = Actie(verbeterplan_id=plan.id, titel=titel, eigenaar_naam="J. de Vries",
                  eigenaar_functie="teamleider", status=status, planned_on=planned_on,
                  stop_reden=stop_reden or ("Gestopt." if status == "gestopt" else None))
    session.add(actie)
    session.flush()
    return actie


def close_actie(session, actie, status: str, at: datetime, reden: str = "Vervallen.") -> None:
    """Close an actie with a history row at `at`."""
    source = actie.status
    actie.status = status
    actie.stop_reden = reden if status == "gestopt" else None
    session.add(ActieStatusWijziging(actie_id=actie.id, van=source, naar=status, at=at))
    session.flush()


def make_report(session, plan, periode: int, due_on: date, submitted_at: datetime | None,
                lines: dict | None = None, by=None) -> Voortgangsrapportage:
    """Add a progress report directly (submitted when `submitted_at` is given)."""
    rapportage = Voortgangsrapportage(
        verbeterplan_id=plan.id, periode=periode, due_on=due_on,
        status="ingediend" if submitted_at else "concept", ingediend_at=submitted_at,
        ingediend_by_id=by.id if by and submitted_at else None, reflectie="Reflectie.")
    rapportage.regels = [VoortgangRegel(actie_id=a.id, status=s, toelichting=t)
                         for a, (s, t) in (lines or {}).items()]
    session.add(rapportage)
    session.flush()
    return rapportage
