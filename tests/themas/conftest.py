import pytest

from tests.bevindingen.factories import make_codeboek
from visitatie.reference.data import KADER_THEMAS
from visitatie.themas.models import KaderThema


@pytest.fixture()
def themas(session, world):
    """The codebook of the world's ronde (version 1) by code, and the kader themes A-F."""
    for code, titel in KADER_THEMAS:
        if session.get(KaderThema, code) is None:
            session.add(KaderThema(code=code, titel=titel))
    found = make_codeboek(session, world.ronde)
    session.commit()
    return found
