"""A ronde with four visited diensten whose plans stand differently (fixed dates)."""
from dataclasses import dataclass
from datetime import date

import pytest

from tests.factories import make_dienst, make_ronde, make_visitatie
from tests.voortgang.factories import at_noon, close_actie, make_actie, make_plan, make_report

TODAY = date(2026, 9, 1)


@dataclass
class Ronde:
    uitvoering: object   # world.visitatie: plan in uitvoering, 5 acties, report 1 missing
    zonder_plan: object  # world.other_visitatie: no plan
    concept: object      # plan in concept, past its due date
    rapporteert: object  # plan published 1 July 2025, report 1 submitted, report 2 missing


@pytest.fixture()
def ronde(session, world):
    return Ronde(_in_uitvoering(session, world), world.other_visitatie,
                 _concept(session, world), _rapporteert(session, world))


def _in_uitvoering(session, world):
    plan = make_plan(session, world.visitatie, state="in_uitvoering",
                     published_on=date(2026, 1, 15))
    make_actie(session, plan, "A", "gepland", date(2026, 8, 1))       # overdue
    make_actie(session, plan, "B", "gepland", date(2026, 12, 1))
    make_actie(session, plan, "C", "loopt", date(2026, 6, 1))         # overdue
    done = make_actie(session, plan, "D", "loopt", date(2026, 5, 1))
    close_actie(session, done, "gerealiseerd", at_noon(date(2026, 4, 30)))
    make_actie(session, plan, "E", "gestopt", date(2026, 3, 1))
    session.commit()
    return world.visitatie


def _concept(session, world):
    visitatie = make_visitatie(session, world.ronde, make_dienst(session, "Aa-dienst"))
    make_plan(session, visitatie, state="concept", due_on=date(2026, 8, 1))
    session.commit()
    return visitatie


def _rapporteert(session, world):
    visitatie = make_visitatie(session, world.ronde, make_dienst(session, "Zz-dienst"))
    plan = make_plan(session, visitatie, published_on=date(2025, 7, 1))
    actie = make_actie(session, plan, "Z", "vertraagd", date(2027, 1, 1))
    make_report(session, plan, 1, date(2026, 1, 1), at_noon(date(2026, 1, 5)),
                lines={actie: ("vertraagd", "Later.")})
    make_report(session, plan, 2, date(2026, 7, 1), None)  # a concept: not submitted
    # Another ronde's visitatie of the same dienst stays out of this ronde's view.
    elders = make_visitatie(session, make_ronde(session), visitatie.dienst)
    make_plan(session, elders, state="concept")
    session.commit()
    return visitatie
