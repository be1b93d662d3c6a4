"""The wederhoor section of the visitatie page: its context and the partial."""
from datetime import date

import pytest
from flask import render_template

from tests.wederhoor.factories import make_correctie, open_wederhoor, set_vastgesteld
from visitatie.core.dates import add_working_days
from visitatie.extensions import db
from visitatie.wederhoor.queries import section_context, working_days_between

MONDAY = date(2026, 3, 2)


def _render(app, user, visitatie, today=None):
    context = section_context(db.session, user, visitatie, today)
    with app.test_request_context():
        return render_template("wederhoor/_section.html", visitatie=visitatie,
                               current_user=user, **context)


def test_working_days_between():
    assert working_days_between(MONDAY, date(2026, 3, 6)) == 4
    assert working_days_between(MONDAY, date(2026, 3, 9)) == 5
    assert working_days_between(MONDAY, MONDAY) == 0
    assert working_days_between(MONDAY, add_working_days(MONDAY, 15)) == 15


def test_context_for_the_directeur_in_wederhoor(session, world, directeur):
    versie = open_wederhoor(session, world.visitatie, deadline=add_working_days(MONDAY, 15))
    make_correctie(session, world.visitatie, versie.secties[0], directeur)
    context = section_context(session, directeur, world.visitatie, MONDAY)
    assert all(key.startswith("wederhoor_") for key in context)
    assert context["wederhoor_can_view"] and context["wederhoor_can_respond"]
    assert context["wederhoor_counts"] == (1, 1)
    assert context["wederhoor_deadline"].working_days_left == 15
    assert not context["wederhoor_deadline"].passed


@pytest.mark.parametrize("key", ["bestuur", "klankbord", "directeur_elders"])
def test_context_hides_counts_from_outsiders(session, world, key):
    open_wederhoor(session, world.visitatie)
    context = section_context(session, world.users[key], world.visitatie)
    assert not context["wederhoor_can_view"] and context["wederhoor_counts"] is None


def test_partial_in_wederhoor(app, session, world, directeur, secretaris, bestuur):
    open_wederhoor(session, world.visitatie, deadline=add_working_days(MONDAY, 15))
    html = _render(app, directeur, world.visitatie, MONDAY)
    assert "Reageer uiterlijk op" in html and "(nog 15 werkdagen)" in html
    assert "Concept bekijken en reageren" in html and "Reactie ingediend" in html
    assert "Correcties verwerken" in _render(app, secretaris, world.visitatie, MONDAY)
    assert _render(app, bestuur, world.visitatie, MONDAY).strip() == ""


def test_partial_when_vastgesteld(app, session, world, directeur, bestuur, secretaris):
    open_wederhoor(session, world.visitatie)
    set_vastgesteld(session, world.visitatie)
    html = _render(app, directeur, world.visitatie)
    assert "Bestuurlijke behandeling vastleggen" in html
    assert "behandeling nog niet vastgelegd" in html
    for user in (bestuur, secretaris):
        html = _render(app, user, world.visitatie)
        assert "Dagelijks Bestuur" in html and "vastleggen" not in html


def test_partial_before_wederhoor_is_empty(app, session, world, secretaris):
    assert _render(app, secretaris, world.visitatie).strip() == ""
