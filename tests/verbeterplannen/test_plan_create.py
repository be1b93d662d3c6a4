"""Drawing up the verbeterplan, and the verbeterplan section of the visitatie page."""
from datetime import date, datetime, timezone

import pytest
from flask import render_template
from sqlalchemy import func, select

from tests.verbeterplannen import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.core.domain import DomainError
from visitatie.verbeterplannen import operations as ops
from visitatie.verbeterplannen.models import Verbeterplan
from visitatie.verbeterplannen.queries import visitatie_section_context


def _create(client, visitatie):
    return client.post(f"/verbeterplannen/visitaties/{visitatie.id}/opstellen")


def _plans(session, visitatie):
    return list(session.scalars(select(Verbeterplan).where(
        Verbeterplan.visitatie_id == visitatie.id)))


@pytest.mark.parametrize("state", ["vastgesteld", "gepubliceerd"])
def test_directeur_draws_up_the_plan(session, login, world, directeur, state):
    f.adopt_report(session, world.visitatie, state=state)
    world.ronde.voortgang_interval_maanden = 4
    session.commit()
    response = _create(login(directeur), world.visitatie)
    [plan] = _plans(session, world.visitatie)
    assert response.status_code == 302 and response.location.endswith(f"/verbeterplannen/{plan.id}")
    assert plan.state == "concept"
    assert plan.due_on == date(2026, 5, 20)  # vastgesteld 20 January + 4 months
    assert plan.voortgang_interval_maanden == 4
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "verbeterplan", AuditEvent.object_id == plan.id)).one()
    assert (event.action, event.actor_id, event.to_state) == (
        "plan_aangemaakt", directeur.id, "concept")


def test_pressing_twice_gives_the_one_plan(session, login, world, aanbevelingen, directeur):
    client = login(directeur)
    first = _create(client, world.visitatie)
    second = _create(client, world.visitatie)
    assert first.location == second.location
    assert len(_plans(session, world.visitatie)) == 1


@pytest.mark.parametrize("key", ["contactpersoon", "beheerder", "bestuur", "voorzitter",
                                 "secretaris", "commissielid", "klankbord", "directeur_elders"])
def test_only_the_directeur_of_the_dienst_draws_it_up(session, login, world, aanbevelingen,
                                                     key):
    assert _create(login(world.users[key]), world.visitatie).status_code == 403
    assert _plans(session, world.visitatie) == []


@pytest.mark.parametrize("state", ["gepland", "bezoek", "concept_rapport"])
def test_not_before_the_report_is_vastgesteld(session, login, world, directeur, state):
    world.visitatie.state = state
    session.commit()
    response = _create(login(directeur), world.visitatie)
    assert response.status_code == 409
    assert "nadat het visitatierapport is vastgesteld" in response.text
    assert _plans(session, world.visitatie) == []


def test_unknown_visitatie_is_404(login, directeur):
    assert _create(login(directeur), type("V", (), {"id": 999999})).status_code == 404


def test_ensure_plan_creates_once(session, world, aanbevelingen, directeur):
    plan = ops.ensure_plan(session, directeur, world.visitatie)
    assert ops.ensure_plan(session, directeur, world.visitatie) is plan
    assert session.scalar(select(func.count(Verbeterplan.id)).where(
        Verbeterplan.visitatie_id == world.visitatie.id)) == 1


def test_create_plan_refuses_a_second(session, world, aanbevelingen, directeur, request_context):
    ops.create_plan(session, directeur, world.visitatie)
    with pytest.raises(DomainError, match="al een verbeterplan"):
        ops.create_plan(session, directeur, world.visitatie)


@pytest.mark.parametrize("moment,due", [
    (datetime(2026, 1, 20, 10, tzinfo=timezone.utc), date(2026, 5, 20)),
    (datetime(2026, 10, 31, 23, 30, tzinfo=timezone.utc), date(2027, 3, 1)),  # 1 Nov in NL
    (datetime(2026, 10, 30, 12, tzinfo=timezone.utc), date(2027, 2, 28)),
])
def test_due_date_is_four_months_after_the_dutch_date_of_vaststelling(moment, due):
    visitatie = type("V", (), {"vastgesteld_at": moment})
    assert ops.plan_due_on(visitatie) == due


def test_historic_visitatie_without_date_has_no_due_date():
    assert ops.plan_due_on(type("V", (), {"vastgesteld_at": None})) is None


# --- the section on the visitatie page --------------------------------------------------

def _section(user, visitatie, session):
    context = visitatie_section_context(session, user, visitatie)
    return context, render_template("verbeterplannen/_visitatie_section.html",
                                    visitatie=visitatie, **context)


def test_section_offers_the_directeur_to_draw_up(app, session, world, aanbevelingen, directeur):
    with app.test_request_context():
        context, html = _section(directeur, world.visitatie, session)
    assert context["verbeterplan_can_create"] and context["verbeterplan_plan"] is None
    assert "Verbeterplan opstellen</button>" in html
    assert f'action="/verbeterplannen/visitaties/{world.visitatie.id}/opstellen"' in html


@pytest.mark.parametrize("key", ["contactpersoon", "beheerder", "voorzitter"])
def test_section_for_others_without_plan(app, session, world, aanbevelingen, key):
    with app.test_request_context():
        context, html = _section(world.users[key], world.visitatie, session)
    assert not context["verbeterplan_can_create"]
    assert "Verbeterplan opstellen" not in html
    assert "nog geen verbeterplan" in html


def test_section_shows_the_plan_state_and_link(app, session, world, plan, beheerder):
    f.set_state(session, plan, "ingediend")
    with app.test_request_context():
        context, html = _section(beheerder, world.visitatie, session)
    assert context["verbeterplan_plan"].id == plan.id
    assert context["verbeterplan_state_label"] == "Ingediend"
    assert f'href="/verbeterplannen/{plan.id}"' in html
    assert "Verbeterplan opstellen" not in html


def test_section_is_empty_before_the_report_is_vastgesteld(app, session, world, directeur):
    with app.test_request_context():
        context, html = _section(directeur, world.visitatie, session)
    assert context["verbeterplan_report_ready"] is False
    assert html.strip() == ""
