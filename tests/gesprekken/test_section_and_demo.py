"""The gesprekken section of the visitatie page, and the demo programme."""
import random
from datetime import time

import pytest
from flask import render_template
from sqlalchemy import select

from tests.gesprekken.factories import make_gesprek, make_notitie, set_state
from tests.query_counter import count_queries
from visitatie.audit.models import AuditEvent
from visitatie.extensions import db
from visitatie.gesprekken.demo import add_demo_gesprekken
from visitatie.gesprekken.models import CATEGORIEEN, Gesprek, GesprekNotitie
from visitatie.gesprekken.queries import section_context
from visitatie.visitaties.facts import gather_facts


def _section(app, user, visitatie):
    with app.test_request_context():
        context = section_context(db.session, user, visitatie)
        return context, render_template("gesprekken/_section.html", visitatie=visitatie,
                                        current_user=user, **context)


def test_section_summarises_days_intake_and_closing(app, session, world, secretaris,
                                                     voorzitter):
    set_state(session, world.visitatie, "bezoek")
    intake = make_gesprek(session, world.visitatie, gehouden=True)
    make_gesprek(session, world.visitatie, start=time(10), eind=time(11), categorie="mt",
                 niveau="management")
    make_gesprek(session, world.visitatie, dag=2, categorie="afsluitende_sessie")
    make_notitie(session, intake, voorzitter, "Notitie die nooit in de sectie staat")
    context, html = _section(app, secretaris, world.visitatie)
    assert context["gesprekken_intake"] == (True, True)
    assert context["gesprekken_afsluitend"] == (True, False)
    assert "2 gesprekken" in html and "1 gesprek<" in html
    assert "Dag 1 (3 maart)" in html and "gepland, nog niet gehouden" in html
    assert f"/visitaties/{world.visitatie.id}/gesprekken/" in html and "Gesprek toevoegen" in html
    assert "Notitie die nooit" not in html


def test_section_for_an_empty_schedule(app, world, directeur):
    context, html = _section(app, directeur, world.visitatie)
    assert context["gesprekken_can_edit"] is True
    assert "0 gesprekken" in html and html.count("nog niet gepland") == 2


def test_section_is_cheap(app, session, world, voorzitter):
    for hour in range(8, 16):
        make_gesprek(session, world.visitatie, start=time(hour), eind=time(hour, 45))
    with app.test_request_context(), count_queries(db.engine) as statements:
        section_context(db.session, voorzitter, world.visitatie)
    assert len(statements) <= 2


@pytest.mark.parametrize("key", ["bestuur", "klankbord", "directeur_elders"])
def test_section_is_empty_for_those_who_may_not_see_the_schedule(app, world, key):
    context, html = _section(app, world.users[key], world.visitatie)
    assert context == {"gesprekken_can_view": False} and html.strip() == ""


def test_section_for_beheerder_has_no_edit_link(app, world, beheerder):
    context, html = _section(app, beheerder, world.visitatie)
    assert context["gesprekken_can_edit"] is False and "Gesprek toevoegen" not in html


def test_demo_programme_is_planned(session, world, secretaris):
    gesprekken = add_demo_gesprekken(session, world.visitatie, secretaris, random.Random(3),
                                     held=False)
    session.commit()
    assert {g.categorie for g in gesprekken} == set(CATEGORIEEN)
    assert {g.dag for g in gesprekken} == {1, 2}
    assert all(g.deelnemers and not g.is_gehouden for g in gesprekken)
    assert all("(demo)" in d.naam for g in gesprekken for d in g.deelnemers)
    assert session.scalars(select(GesprekNotitie)).all() == []
    facts = gather_facts(session, world.visitatie)
    assert not facts.intake_held


def test_demo_programme_when_held(session, world, secretaris):
    set_state(session, world.visitatie, "concept_rapport")
    add_demo_gesprekken(session, world.visitatie, secretaris, random.Random(5), held=True)
    session.commit()
    gesprekken = session.scalars(select(Gesprek).where(
        Gesprek.visitatie_id == world.visitatie.id)).all()
    assert len(gesprekken) == 10 and all(g.is_gehouden for g in gesprekken)
    notes = session.scalars(select(GesprekNotitie)).all()
    assert 1 <= len(notes) <= 2 and all(n.auteur_id == secretaris.id for n in notes)
    facts = gather_facts(session, world.visitatie)
    assert facts.intake_held and facts.afsluitende_sessie_held
    assert session.scalars(select(AuditEvent).where(
        AuditEvent.action == "gesprek_aangemaakt")).all()


def test_demo_schedule_renders(login, session, world, secretaris):
    set_state(session, world.visitatie, "bezoek")
    add_demo_gesprekken(session, world.visitatie, secretaris, random.Random(1), held=True)
    session.commit()
    page = login(secretaris).get(f"/visitaties/{world.visitatie.id}/gesprekken/").text
    for label in ("Intake", "Ondernemingsraad", "Complexe casus / zaakdossier",
                  "Ambtelijk opdrachtgevers", "Afsluitende sessie"):
        assert label in page


@pytest.mark.parametrize("key", ["directeur", "contactpersoon", "voorzitter", "beheerder"])
def test_visitatie_page_shows_the_section_without_notes(login, session, world, voorzitter,
                                                        key):
    set_state(session, world.visitatie, "bezoek")
    gesprek = make_gesprek(session, world.visitatie)
    make_notitie(session, gesprek, voorzitter, "Strikt vertrouwelijke indruk")
    page = login(world.users[key]).get(f"/visitaties/{world.visitatie.id}").text
    assert 'id="gesprekken-kop"' in page and "Gesprekkenschema bekijken" in page
    assert "Strikt vertrouwelijke indruk" not in page


def test_visitatie_page_hides_the_section_from_bestuur(login, world, bestuur):
    page = login(bestuur).get(f"/visitaties/{world.visitatie.id}").text
    assert 'id="gesprekken-kop"' not in page
