"""A ronde with four visited diensten whose plans stand differently (dates relative to today)."""
from dataclasses import dataclass

import pytest

from tests.clock import month_day
from tests.factories import make_dienst, make_ronde, make_visitatie
from tests.voortgang.factories import at_noon, close_actie, make_actie, make_plan, make_report

@dataclass
class Ronde:
    uitvoering: object   # world.visitatie: plan in uitvoering, 5 acties, report 1 missing
    zonder_plan: object  # world.other_visitatie: no plan
    concept: object      # plan in concept, past its due date
    rapporteert: object  # plan published 14 months ago, report 1 submitted, report 2 missing


@pytest.fixture()
def ronde(session, world):
    return Ronde(_in_uitvoering(session, world), world.other_visitatie,
                 _concept(session, world), _rapporteert(session, world))


def _in_uitvoering(session, world):
    plan = make_plan(session, world.visitatie, state="in_uitvoering",
                     published_on=month_day(-8, 15))
    make_actie(session, plan, "A", "gepland", month_day(-1))       # overdue
    make_actie(session, plan, "B", "gepland", month_day(3))
    make_actie(session, plan, "C", "loopt", month_day(-3))         # overdue
    done = make_actie(session, plan, "D", "loopt", month_day(-4))
    close_actie(session, done, "gerealiseerd", at_noon(month_day(-5, 28)))
    make_actie(session, plan, "E", "gestopt", month_day(-6))
    session.commit()
    return world.visitatie


def _concept(session, world):
    visitatie = make_visitatie(session, world.ronde, make_dienst(session, "Aa-dienst"))
    make_plan(session, visitatie, state="concept", due_on=month_day(-1))
    session.commit()
    return visitatie


def _rapporteert(session, world):
    visitatie = make_visitatie(session, world.ronde, make_dienst(session, "Zz-dienst"))
    plan = make_plan(session, visitatie, published_on=month_day(-14))
    actie = make_actie(session, plan, "Z", "vertraagd", month_day(4))
    make_report(session, plan, 1, month_day(-8), at_noon(month_day(-8, 5)),
                lines={actie: ("vertraagd", "Later.")})
    make_report(session, plan, 2, month_day(-2), None)  # a concept: not submitted
    # Another ronde's visitatie of the same dienst stays out of this ronde's view.
    elders = make_visitatie(session, make_ronde(session), visitatie.dienst)
    make_plan(session, elders, state="concept")
    session.commit()
    return visitatie
