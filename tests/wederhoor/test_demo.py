"""Demo corrections for a demo visitatie in wederhoor."""
from sqlalchemy import select

from tests.wederhoor.factories import open_wederhoor
from visitatie.wederhoor.demo import add_demo_wederhoor
from visitatie.wederhoor.models import WederhoorCorrectie


def _corrections(session, visitatie):
    return list(session.scalars(select(WederhoorCorrectie).where(
        WederhoorCorrectie.visitatie_id == visitatie.id).order_by(WederhoorCorrectie.id)))


def test_open_demo_corrections(session, world, directeur, secretaris):
    open_wederhoor(session, world.visitatie)
    add_demo_wederhoor(session, world.visitatie, directeur, secretaris, submitted=False)
    add_demo_wederhoor(session, world.visitatie, directeur, secretaris, submitted=False)
    corrections = _corrections(session, world.visitatie)
    assert len(corrections) == 3 and {c.besluit for c in corrections} == {"open"}
    assert world.visitatie.wederhoor_ingediend_at is None


def test_submitted_demo_corrections_are_decided(session, world, directeur, secretaris):
    open_wederhoor(session, world.visitatie)
    add_demo_wederhoor(session, world.visitatie, directeur, secretaris, submitted=True)
    session.commit()
    besluiten = [c.besluit for c in _corrections(session, world.visitatie)]
    assert besluiten == ["overgenomen", "overgenomen", "niet_overgenomen"]
    assert world.visitatie.wederhoor_ingediend_at is not None


def test_without_a_wederhoor_version_nothing_happens(session, world, directeur, secretaris):
    add_demo_wederhoor(session, world.visitatie, directeur, secretaris, submitted=True)
    assert _corrections(session, world.visitatie) == []
