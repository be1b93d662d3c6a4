import pytest

from tests.opvolging.factories import (
    add_aanbevelingen, earlier_ronde, make_actie, make_earlier_visitatie, make_plan,
    make_rapportage,
)


class Earlier:
    """The world's dienst's visitatie in an earlier ronde, with three aanbevelingen."""

    def __init__(self, session, world):
        self.ronde = earlier_ronde(session, world)
        self.visitatie = make_earlier_visitatie(session, self.ronde, world.dienst)
        self.aanbevelingen = add_aanbevelingen(session, self.visitatie, 3)
        self.plan = make_plan(session, self.visitatie)


@pytest.fixture()
def earlier(session, world):
    found = Earlier(session, world)
    session.commit()
    return found


@pytest.fixture()
def with_progress(session, earlier):
    """Two acties on aanbeveling 1 (one also on 2) and two submitted progress reports."""
    a1, a2, _a3 = earlier.aanbevelingen
    first = make_actie(session, earlier.plan, [a1, a2], "Sturingscyclus inrichten")
    second = make_actie(session, earlier.plan, [a1], "Dashboard outcome-indicatoren",
                        status="gestopt", stop_reden="Opgegaan in landelijk programma")
    make_rapportage(session, earlier.plan, 1, {first: ("loopt", "Eerste kwartaal gestart.")})
    make_rapportage(session, earlier.plan, 2, {first: ("vertraagd", "Capaciteit ontbrak.")})
    make_rapportage(session, earlier.plan, 3, {first: ("gerealiseerd", "Concepttekst.")},
                    ingediend=False)
    session.commit()
    return first, second
