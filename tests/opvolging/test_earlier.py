"""Which earlier visitatie's aanbevelingen a committee follows up."""
import pytest

from tests.factories import make_dienst
from tests.opvolging.factories import (
    add_aanbevelingen, earlier_ronde, make_earlier_visitatie, make_merger,
)
from visitatie.verbeterplannen.opvolging_queries import earlier_visitaties, load_opvolging


def test_same_dienst_in_the_newest_earlier_ronde(session, world):
    oldest = make_earlier_visitatie(session, earlier_ronde(session, world, 2), world.dienst)
    newest = make_earlier_visitatie(session, earlier_ronde(session, world, 1), world.dienst)
    add_aanbevelingen(session, oldest, 2, "Oud")
    add_aanbevelingen(session, newest, 1, "Nieuw")
    session.commit()
    assert earlier_visitaties(session, world.visitatie) == [newest]
    [item] = load_opvolging(session, world.visitatie).aanbevelingen
    assert item.bevinding.tekst.startswith("Nieuw") and item.voorganger is None
    assert item.ronde_nummer == world.ronde.nummer - 100


def test_other_diensten_and_later_rondes_are_ignored(session, world):
    later = earlier_ronde(session, world, -1)  # a higher number: a later ronde
    make_earlier_visitatie(session, later, world.dienst)
    make_earlier_visitatie(session, earlier_ronde(session, world), world.other_dienst)
    session.commit()
    assert earlier_visitaties(session, world.visitatie) == []
    assert load_opvolging(session, world.visitatie).vorige == []


def test_aanbevelingen_of_an_earlier_report_not_yet_vastgesteld_stay_hidden(session, world):
    make_earlier_visitatie(session, earlier_ronde(session, world, 2), world.dienst,
                           state="gepubliceerd")
    unfinished = make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst,
                                        state="wederhoor")
    add_aanbevelingen(session, unfinished, 2)
    session.commit()
    # The newest earlier visitatie counts, but its concept aanbevelingen are committee
    # material of the other committee until the report is vastgesteld.
    assert earlier_visitaties(session, world.visitatie) == [unfinished]
    opvolging = load_opvolging(session, world.visitatie)
    assert opvolging.vorige[0].nog_niet_vastgesteld and opvolging.aanbevelingen == []


@pytest.mark.parametrize("state", ["vastgesteld", "gepubliceerd"])
def test_aanbevelingen_of_a_vastgesteld_report_are_shown(session, world, state):
    visitatie = make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst,
                                       state=state)
    add_aanbevelingen(session, visitatie, 2)
    session.commit()
    opvolging = load_opvolging(session, world.visitatie)
    assert not opvolging.vorige[0].nog_niet_vastgesteld
    assert [a.bevinding.nummer for a in opvolging.aanbevelingen] == [1, 2]


def test_after_a_merger_the_predecessors_are_followed_up(session, world):
    west, oost = make_merger(session, world)
    ronde = earlier_ronde(session, world)
    visit_oost = make_earlier_visitatie(session, ronde, oost)
    visit_west = make_earlier_visitatie(session, ronde, west)
    add_aanbevelingen(session, visit_west, 2, "West")
    add_aanbevelingen(session, visit_oost, 1, "Oost")
    unrelated = make_dienst(session, "Omgevingsdienst Elders")
    make_earlier_visitatie(session, ronde, unrelated)
    session.commit()
    opvolging = load_opvolging(session, world.visitatie)
    assert [v.visitatie for v in opvolging.vorige] == [visit_west, visit_oost]  # by name
    assert [(a.voorganger, a.bevinding.nummer) for a in opvolging.aanbevelingen] == [
        (west, 1), (west, 2), (oost, 1)]


def test_own_visitatie_comes_before_a_predecessors_in_the_same_ronde(session, world):
    (west, _oost) = make_merger(session, world)
    ronde = earlier_ronde(session, world)
    visit_west = make_earlier_visitatie(session, ronde, west)
    own = make_earlier_visitatie(session, ronde, world.dienst)
    session.commit()
    assert earlier_visitaties(session, world.visitatie) == [own, visit_west]


def test_the_successors_own_newer_visitatie_wins_over_the_predecessors(session, world):
    west, _oost = make_merger(session, world)
    make_earlier_visitatie(session, earlier_ronde(session, world, 2), west)
    own = make_earlier_visitatie(session, earlier_ronde(session, world, 1), world.dienst)
    session.commit()
    assert earlier_visitaties(session, world.visitatie) == [own]


def test_a_historical_visitatie_has_no_report_in_the_application(session, world):
    historical = make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst,
                                        historisch=True)
    session.commit()
    [vorig] = load_opvolging(session, world.visitatie).vorige
    assert vorig.visitatie == historical and vorig.rapport_ontbreekt
    assert vorig.aanbevelingen == []


def test_a_non_historical_visitatie_without_aanbevelingen_is_not_missing(session, world):
    make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst)
    session.commit()
    [vorig] = load_opvolging(session, world.visitatie).vorige
    assert not vorig.rapport_ontbreekt
