"""Test data for the follow-up: earlier visitaties, their aanbevelingen, plans and reports."""
from datetime import date, datetime, timezone

from tests.factories import make_dienst, make_ronde, make_visitatie
from visitatie.bevindingen.models import Bevinding
from visitatie.db import utcnow
from visitatie.verbeterplannen.models import (
    AanbevelingReactie, Actie, OpvolgingsOordeel, Verbeterplan, VoortgangRegel,
    Voortgangsrapportage,
)

ADOPTED = ("vastgesteld", "gepubliceerd", "in_uitvoering", "afgerond")
PUBLISHED = ("gepubliceerd", "in_uitvoering", "afgerond")


def earlier_ronde(session, world, steps_back: int = 1):
    """Return a new ronde numbered `steps_back` x 100 below the world's ronde."""
    return make_ronde(session, world.ronde.nummer - 100 * steps_back)


def make_earlier_visitatie(session, ronde, dienst, *, state: str = "vastgesteld",
                           historisch: bool = False):
    """Add a visitatie of `dienst` in `ronde`, by default with a vastgesteld report."""
    visitatie = make_visitatie(session, ronde, dienst, first_day=date(2022, 3, 1))
    visitatie.is_historisch = historisch
    visitatie.state = state
    if state in ("wederhoor", "vastgesteld", "gepubliceerd") and not historisch:
        visitatie.wederhoor_deadline = date(2022, 5, 1)
    if state in ("vastgesteld", "gepubliceerd") and not historisch:
        visitatie.vastgesteld_at = datetime(2022, 6, 1, tzinfo=timezone.utc)
    if state == "gepubliceerd":
        visitatie.gepubliceerd_at = datetime(2022, 9, 1, tzinfo=timezone.utc)
        visitatie.db_behandeld_op = visitatie.ab_behandeld_op = date(2022, 8, 1)
    session.flush()
    return visitatie


def add_aanbevelingen(session, visitatie, count: int, prefix: str = "Aanbeveling"):
    """Add aanbevelingen numbered 1..count; return them in order."""
    found = []
    for nummer in range(1, count + 1):
        bevinding = Bevinding(visitatie_id=visitatie.id, type="aanbeveling", nummer=nummer,
                              tekst=f"{prefix} {nummer}: verbeter de sturing.")
        session.add(bevinding)
        found.append(bevinding)
    session.flush()
    return found


def make_plan(session, visitatie, state: str = "in_uitvoering") -> Verbeterplan:
    """Add a verbeterplan in `state` with the columns its CHECK constraints demand."""
    plan = Verbeterplan(visitatie_id=visitatie.id, state=state)
    if state in ADOPTED:
        plan.vastgesteld_op, plan.vastgesteld_door = date(2022, 10, 1), "AB"
    if state in PUBLISHED:
        plan.gepubliceerd_at = utcnow()
    if state == "afgerond":
        plan.afgerond_at = utcnow()
    session.add(plan)
    session.flush()
    return plan


def make_actie(session, plan, aanbevelingen, titel: str, status: str = "loopt",
               planned_on: date | None = date(2023, 6, 1),
               stop_reden: str | None = None) -> Actie:
    """Add an actie of `plan` linked to `aanbevelingen`."""
    actie = Actie(verbeterplan_id=plan.id, titel=titel, eigenaar_naam="Teamleider VTH",
                  status=status, planned_on=planned_on, stop_reden=stop_reden)
    actie.aanbevelingen = list(aanbevelingen)
    session.add(actie)
    session.flush()
    return actie


def make_rapportage(session, plan, periode: int, regels: dict, ingediend: bool = True):
    """Add a progress report with a line (status, toelichting) per actie in `regels`."""
    rapportage = Voortgangsrapportage(
        verbeterplan_id=plan.id, periode=periode, due_on=date(2023, 1, 1),
        status="ingediend" if ingediend else "concept",
        ingediend_at=datetime(2023, periode, 1, tzinfo=timezone.utc) if ingediend else None)
    rapportage.regels = [VoortgangRegel(actie_id=actie.id, status=status, toelichting=tekst)
                         for actie, (status, tekst) in regels.items()]
    session.add(rapportage)
    session.flush()
    return rapportage


def make_reactie(session, plan, bevinding, motivering: str) -> AanbevelingReactie:
    reactie = AanbevelingReactie(verbeterplan_id=plan.id, bevinding_id=bevinding.id,
                                 motivering=motivering)
    session.add(reactie)
    session.flush()
    return reactie


def make_oordeel(session, visitatie, bevinding, oordeel: str, toelichting: str | None = None,
                 by=None) -> OpvolgingsOordeel:
    row = OpvolgingsOordeel(visitatie_id=visitatie.id, bevinding_id=bevinding.id,
                            oordeel=oordeel, toelichting=toelichting,
                            by_id=by.id if by else None)
    session.add(row)
    session.flush()
    return row


def make_merger(session, world):
    """Make the world's dienst the successor of two predecessors; return them."""
    first = make_dienst(session, "Omgevingsdienst Voorganger West")
    second = make_dienst(session, "Regionale Uitvoeringsdienst Voorganger Oost")
    for predecessor in (first, second):
        predecessor.geldig_tot = date(2025, 12, 31)
        predecessor.opgevolgd_door_id = world.dienst.id
    session.flush()
    return first, second
