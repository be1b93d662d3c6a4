"""The follow-up text for the new report, the partial on the visitatie page, the demo."""
import random

import pytest
from flask import render_template_string
from sqlalchemy import select

from tests.bevindingen.factories import set_state
from tests.opvolging.factories import (
    add_aanbevelingen, earlier_ronde, make_earlier_visitatie, make_merger, make_oordeel,
)
from tests.query_counter import count_queries
from visitatie.audit.models import AuditEvent
from visitatie.verbeterplannen.models import OpvolgingsOordeel
from visitatie.verbeterplannen.opvolging_demo import add_demo_opvolging
from visitatie.verbeterplannen.opvolging_queries import (
    REPORT_SLEUTEL, REPORT_TITEL, opvolging_report_text, section_context,
)

SECTION = '{% include "opvolging/_section.html" %}'


def _rate(session, visitatie, aanbevelingen, oordelen):
    for bevinding, (oordeel, tekst) in zip(aanbevelingen, oordelen):
        make_oordeel(session, visitatie, bevinding, oordeel, tekst)
    session.commit()


def test_report_text_lists_every_rating_with_a_summary(session, world, earlier):
    _rate(session, world.visitatie, earlier.aanbevelingen, [
        ("opgevolgd", None), ("deels_opgevolgd", "Half."),
        ("niet_opgevolgd", "Niet gedaan.\r\nGeen eigenaar.")])
    n = earlier.ronde.nummer
    assert opvolging_report_text(session, world.visitatie) == (
        "Van de 3 aanbevelingen uit de vorige ronde is er 1 opgevolgd, 1 deels en 1 niet.\n\n"
        f"Aanbeveling 1 (ronde {n}): opgevolgd.\n"
        f"Aanbeveling 2 (ronde {n}): deels opgevolgd — Half.\n"
        f"Aanbeveling 3 (ronde {n}): niet opgevolgd — Niet gedaan. Geen eigenaar.")
    assert (REPORT_SLEUTEL, REPORT_TITEL) == ("opvolging", "Opvolging van de vorige visitatie")


def test_report_summary_of_seven(session, world):
    visitatie = make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst)
    aanbevelingen = add_aanbevelingen(session, visitatie, 7)
    _rate(session, world.visitatie, aanbevelingen,
          [("opgevolgd", None)] * 4 + [("deels_opgevolgd", "Deels.")] * 2
          + [("niet_opgevolgd", "Niet.")])
    text = opvolging_report_text(session, world.visitatie)
    assert text.splitlines()[0] == ("Van de 7 aanbevelingen uit de vorige ronde zijn er 4 "
                                    "opgevolgd, 2 deels en 1 niet.")
    assert len(text.splitlines()) == 9


def test_unrated_aanbevelingen_are_named(session, world, earlier):
    _rate(session, world.visitatie, earlier.aanbevelingen[:1], [("niet_opgevolgd", "Nee.")])
    lines = opvolging_report_text(session, world.visitatie).splitlines()
    assert lines[0] == ("Van de 3 aanbevelingen uit de vorige ronde zijn er 0 opgevolgd, "
                        "0 deels en 1 niet; 2 zijn nog niet beoordeeld.")
    assert lines[-1] == f"Aanbeveling 3 (ronde {earlier.ronde.nummer}): nog niet beoordeeld."


def test_a_single_aanbeveling(session, world):
    visitatie = make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst)
    _rate(session, world.visitatie, add_aanbevelingen(session, visitatie, 1),
          [("deels_opgevolgd", "Deels.")])
    assert opvolging_report_text(session, world.visitatie).splitlines()[0] == (
        "De aanbeveling uit de vorige ronde is deels opgevolgd.")


def test_report_names_the_predecessor(session, world):
    west, oost = make_merger(session, world)
    ronde = earlier_ronde(session, world)
    [w1] = add_aanbevelingen(session, make_earlier_visitatie(session, ronde, west), 1)
    [o1] = add_aanbevelingen(session, make_earlier_visitatie(session, ronde, oost), 1)
    _rate(session, world.visitatie, [w1, o1], [("opgevolgd", "Ja."), ("opgevolgd", "Ook.")])
    lines = opvolging_report_text(session, world.visitatie).splitlines()
    assert lines[2:] == [f"Aanbeveling 1 (ronde {ronde.nummer}, {west.korte_naam}): "
                         "opgevolgd — Ja.",
                         f"Aanbeveling 1 (ronde {ronde.nummer}, {oost.korte_naam}): "
                         "opgevolgd — Ook."]


def test_no_report_text_without_ratings(session, world, earlier):
    assert opvolging_report_text(session, world.visitatie) is None


def test_no_report_text_without_an_earlier_visitatie(session, world):
    assert opvolging_report_text(session, world.visitatie) is None


def _render(app, session, user, visitatie):
    context = section_context(session, user, visitatie)
    with app.test_request_context():
        return render_template_string(SECTION, visitatie=visitatie, current_user=user,
                                      **context), context


def test_section_counts_aanbevelingen_and_ratings(app, session, world, earlier, secretaris):
    _rate(session, world.visitatie, earlier.aanbevelingen[:1], [("opgevolgd", None)])
    set_state(session, world.visitatie, "bezoek")
    html, context = _render(app, session, secretaris, world.visitatie)
    assert context["opvolging_visible"] and context["opvolging_can_edit"]
    assert (context["opvolging_aantal"], context["opvolging_beoordeeld"]) == (3, 1)
    assert context["opvolging_ronde"] == earlier.ronde
    assert '<h2 id="opvolging-kop">Opvolging van de vorige visitatie</h2>' in html
    assert f"3 aanbevelingen uit {earlier.ronde.naam}" in html and "1 beoordeeld" in html
    assert f'href="/visitaties/{world.visitatie.id}/opvolging/"' in html
    assert "Eerdere aanbevelingen beoordelen" in html


def test_section_for_a_reader_has_no_rating_wording(app, session, world, earlier,
                                                    commissielid):
    html, context = _render(app, session, commissielid, world.visitatie)
    assert context["opvolging_visible"] and not context["opvolging_can_edit"]
    assert "Eerdere aanbevelingen en hun opvolging" in html


def test_section_says_the_historical_report_is_missing(app, session, world, secretaris):
    ronde = earlier_ronde(session, world)
    make_earlier_visitatie(session, ronde, world.dienst, historisch=True)
    session.commit()
    html, context = _render(app, session, secretaris, world.visitatie)
    assert context["opvolging_rapport_ontbreekt"]
    assert f"Het rapport van de vorige visitatie ({ronde.naam}) staat niet in deze applicatie." \
        in html


def test_section_says_the_earlier_report_is_not_vastgesteld(app, session, world, secretaris):
    ronde = earlier_ronde(session, world)
    unfinished = make_earlier_visitatie(session, ronde, world.dienst, state="wederhoor")
    add_aanbevelingen(session, unfinished, 2)
    session.commit()
    html, context = _render(app, session, secretaris, world.visitatie)
    assert context["opvolging_nog_niet_vastgesteld"] and context["opvolging_aantal"] == 0
    assert f"Het rapport van de vorige visitatie ({ronde.naam}) is nog niet vastgesteld." in html


def test_section_is_empty_without_an_earlier_visitatie(app, session, world, secretaris):
    html, context = _render(app, session, secretaris, world.visitatie)
    assert not context["opvolging_visible"] and "<section" not in html


@pytest.mark.parametrize("key", ["bestuur", "klankbord", "directeur_elders", "directeur"])
def test_section_is_empty_for_who_may_not_read(app, session, world, earlier, key):
    html, context = _render(app, session, world.users[key], world.visitatie)
    assert not context["opvolging_visible"] and "<section" not in html


def test_section_context_runs_at_most_two_queries(app, session, world, earlier, secretaris):
    section_context(session, secretaris, world.visitatie)  # loads the user's roles
    with count_queries(app.extensions["database_engine"]) as statements:
        section_context(session, secretaris, world.visitatie)
    assert len(statements) <= 2


def test_demo_rates_every_earlier_aanbeveling(session, world, earlier, secretaris):
    set_state(session, world.visitatie, "bezoek")
    assert add_demo_opvolging(session, world.visitatie, secretaris, random.Random(4)) == 3
    rows = session.scalars(select(OpvolgingsOordeel)).all()
    assert len(rows) == 3 and all(r.by_id == secretaris.id for r in rows)
    assert all(r.toelichting for r in rows if r.oordeel != "opgevolgd")
    assert len(session.scalars(select(AuditEvent).where(
        AuditEvent.action == "opvolgingsoordeel_gegeven")).all()) == 3
    # Running it again changes nothing.
    add_demo_opvolging(session, world.visitatie, secretaris, random.Random(5))
    assert len(session.scalars(select(OpvolgingsOordeel)).all()) == 3
    assert opvolging_report_text(session, world.visitatie) is not None


def test_demo_without_earlier_aanbevelingen_does_nothing(session, world, secretaris):
    make_earlier_visitatie(session, earlier_ronde(session, world), world.dienst,
                           historisch=True)
    assert add_demo_opvolging(session, world.visitatie, secretaris, random.Random(1)) == 0
    assert session.scalars(select(OpvolgingsOordeel)).all() == []
