import pytest

from tests.bevindingen.factories import make_codeboek, set_state


@pytest.fixture()
def themas(session, world):
    """The codebook of the world's ronde, by code."""
    found = make_codeboek(session, world.ronde)
    session.commit()
    return found


@pytest.fixture()
def in_bezoek(session, world, themas):
    """The world's visitatie in the state bezoek, with a codebook."""
    set_state(session, world.visitatie, "bezoek")
    return world.visitatie
