"""A published verbeterplan of world.dienst with three acties (fixed dates)."""
from dataclasses import dataclass
from datetime import date

import pytest

from tests.voortgang.factories import at_noon, close_actie, make_actie, make_plan


@dataclass
class PlanWorld:
    plan: object
    gepland: object      # open, planned 1 March 2026
    loopt: object        # open, planned 1 September 2026
    klaar: object        # gerealiseerd before publication: not in any report


@pytest.fixture()
def plan_world(session, world):
    plan = make_plan(session, world.visitatie, published_on=date(2026, 1, 15))
    gepland = make_actie(session, plan, "Risicoanalyse actualiseren", "gepland",
                         date(2026, 3, 1))
    loopt = make_actie(session, plan, "Kennisdeling met ketenpartners", "loopt",
                       date(2026, 9, 1))
    klaar = make_actie(session, plan, "Organogram bijwerken", "loopt", date(2025, 12, 1))
    close_actie(session, klaar, "gerealiseerd", at_noon(date(2026, 1, 2)))
    session.commit()
    return PlanWorld(plan, gepland, loopt, klaar)


@pytest.fixture()
def request_context(app, session):
    """Operations called directly word their refusals for a request (Flask-Babel)."""
    with app.test_request_context():
        yield
