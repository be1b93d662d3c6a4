"""The follow-up page: who may read it, what it shows, and in how many queries."""
import pytest

from tests.bevindingen.factories import set_state
from tests.opvolging.factories import (
    add_aanbevelingen, earlier_ronde, make_actie, make_earlier_visitatie, make_merger,
    make_oordeel, make_rapportage, make_reactie,
)
from tests.query_counter import count_queries

COMMITTEE_AND_BEHEERDER = ["voorzitter", "commissielid", "secretaris", "beheerder"]
NEVER = ["bestuur", "klankbord", "directeur_elders"]
DIENST = ["directeur", "contactpersoon"]


def _url(visitatie):
    return f"/visitaties/{visitatie.id}/opvolging/"


@pytest.mark.parametrize("key", COMMITTEE_AND_BEHEERDER)
@pytest.mark.parametrize("state", ["gepland", "bezoek", "vastgesteld"])
def test_committee_and_beheerder_read_in_every_state(login, session, world, earlier, key,
                                                     state):
    set_state(session, world.visitatie, state)
    response = login(world.users[key]).get(_url(world.visitatie))
    assert response.status_code == 200
    assert "Aanbeveling 1: verbeter de sturing." in response.text


@pytest.mark.parametrize("key", NEVER)
@pytest.mark.parametrize("state", ["bezoek", "vastgesteld"])
def test_others_get_403(login, session, world, earlier, key, state):
    set_state(session, world.visitatie, state)
    assert login(world.users[key]).get(_url(world.visitatie)).status_code == 403


@pytest.mark.parametrize("key", DIENST)
@pytest.mark.parametrize("state", ["gepland", "bezoek", "concept_rapport", "wederhoor"])
def test_dienst_gets_403_before_the_report_is_vastgesteld(login, session, world, earlier,
                                                          key, state):
    set_state(session, world.visitatie, state)
    assert login(world.users[key]).get(_url(world.visitatie)).status_code == 403


@pytest.mark.parametrize("key", DIENST)
@pytest.mark.parametrize("state", ["vastgesteld", "gepubliceerd"])
def test_dienst_reads_once_the_report_is_vastgesteld(login, session, world, earlier, key,
                                                     state):
    make_oordeel(session, world.visitatie, earlier.aanbevelingen[0], "deels_opgevolgd",
                 "Half gedaan.")
    set_state(session, world.visitatie, state)
    response = login(world.users[key]).get(_url(world.visitatie))
    assert response.status_code == 200
    assert "Deels opgevolgd" in response.text and "Half gedaan." in response.text
    assert "Beoordelen" not in response.text


def test_anonymous_is_sent_to_login(client, world, earlier):
    response = client.get(_url(world.visitatie))
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


def test_unknown_visitatie_is_404(login, world, secretaris):
    assert login(secretaris).get("/visitaties/999999/opvolging/").status_code == 404


def test_page_shows_acties_latest_submitted_line_and_rating(login, session, world, earlier,
                                                            with_progress, secretaris):
    make_reactie(session, earlier.plan, earlier.aanbevelingen[2], "Past niet bij onze taken.")
    make_oordeel(session, world.visitatie, earlier.aanbevelingen[0], "opgevolgd",
                 "Sturing staat.", by=secretaris)
    set_state(session, world.visitatie, "bezoek")
    html = login(secretaris).get(_url(world.visitatie)).text
    assert f"ronde {earlier.ronde.nummer}" in html
    assert "1 van de 3 aanbevelingen is beoordeeld." in html
    assert html.count("Sturingscyclus inrichten") == 2  # under aanbeveling 1 and 2
    assert "Dashboard outcome-indicatoren" in html and "Opgegaan in landelijk programma" in html
    # The latest submitted report (periode 2), not the concept of periode 3.
    assert "Capaciteit ontbrak." in html and "rapportage 2" in html
    assert "Concepttekst." not in html and "Eerste kwartaal gestart." not in html
    assert "nog geen ingediende rapportage" in html  # the gestopt actie has no line
    assert "Past niet bij onze taken." in html
    assert "Sturing staat." in html and "Test secretaris" in html
    assert html.count("Oordeel wijzigen") == 1 and html.count(">Beoordelen<") == 2


def test_no_rating_links_outside_the_open_states(login, session, world, earlier, secretaris):
    set_state(session, world.visitatie, "gepland")
    html = login(secretaris).get(_url(world.visitatie)).text
    assert ">Beoordelen<" not in html
    assert "tijdens het bezoek, het conceptrapport en hoor en wederhoor" in html


def test_commissielid_reads_but_sees_no_rating_links(login, session, world, earlier,
                                                     commissielid):
    set_state(session, world.visitatie, "bezoek")
    html = login(commissielid).get(_url(world.visitatie)).text
    assert ">Beoordelen<" not in html


def test_no_earlier_visitatie(login, world, secretaris):
    html = login(secretaris).get(_url(world.visitatie)).text
    assert "Er is geen eerdere visitatie van deze dienst" in html


def test_historical_earlier_report_is_not_in_the_application(login, session, world,
                                                             secretaris):
    make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst,
                           historisch=True)
    session.commit()
    html = login(secretaris).get(_url(world.visitatie)).text
    assert "is opgesteld vóór deze applicatie en staat er niet in" in html


def test_earlier_report_not_yet_vastgesteld(login, session, world, secretaris):
    unfinished = make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst,
                                        state="concept_rapport")
    add_aanbevelingen(session, unfinished, 1, "Geheim concept")
    session.commit()
    html = login(secretaris).get(_url(world.visitatie)).text
    assert "Het rapport van deze visitatie is nog niet vastgesteld (fase: " in html
    assert "Geheim concept" not in html


def test_predecessor_is_named(login, session, world, secretaris):
    west, _oost = make_merger(session, world)
    visit_west = make_earlier_visitatie(session, earlier_ronde(session, world), west)
    add_aanbevelingen(session, visit_west, 1, "West")
    session.commit()
    html = login(secretaris).get(_url(world.visitatie)).text
    assert "aan voorganger Omgevingsdienst Voorganger West" in html
    assert "Omgevingsdienst Voorganger West is opgegaan in Omgevingsdienst Bezocht" in html


def _page_queries(app, session, client, visitatie) -> int:
    session.expire_all()
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get(_url(visitatie)).status_code == 200
    return len(statements)


def test_query_count_does_not_grow_with_the_earlier_plan(app, login, session, world, earlier,
                                                         with_progress, secretaris):
    make_oordeel(session, world.visitatie, earlier.aanbevelingen[0], "opgevolgd", by=secretaris)
    session.commit()
    client = login(secretaris)
    small = _page_queries(app, session, client, world.visitatie)
    extra = add_aanbevelingen(session, make_earlier_visitatie(
        session, earlier_ronde(session, world, 3), world.dienst), 1)  # an older ronde: unseen
    assert extra
    acties = [make_actie(session, earlier.plan, earlier.aanbevelingen, f"Extra actie {i}")
              for i in range(8)]
    for periode in (4, 5, 6):
        make_rapportage(session, earlier.plan, periode,
                        {a: ("loopt", f"Stand {periode}") for a in acties})
    for bevinding in earlier.aanbevelingen[1:]:
        make_oordeel(session, world.visitatie, bevinding, "niet_opgevolgd", "Niet.",
                     by=secretaris)
    session.commit()
    large = _page_queries(app, session, client, world.visitatie)
    assert large <= small, f"{small} statements before, {large} after growing"
    assert "Extra actie 7" in client.get(_url(world.visitatie)).text
