import pytest

from tests.bevindingen.factories import make_codeboek, set_state
from tests.rapporten.factories import add_bevindingen


@pytest.fixture()
def themas(session, world):
    found = make_codeboek(session, world.ronde)
    session.commit()
    return found


@pytest.fixture()
def concept(session, world, themas, secretaris):
    """The world's visitatie in concept_rapport, with bevindingen."""
    add_bevindingen(session, world.visitatie, themas, secretaris)
    set_state(session, world.visitatie, "concept_rapport")
    return world.visitatie
