"""The progress section of the plan page, and the demo reports."""
import random
from datetime import date, datetime, time, timezone

from flask import render_template
from sqlalchemy import select

from tests.query_counter import count_queries
from tests.voortgang.factories import at_noon, make_actie, make_plan, make_report
from visitatie.verbeterplannen.models import Voortgangsrapportage
from visitatie.verbeterplannen.voortgang_demo import add_demo_voortgang
from visitatie.verbeterplannen.voortgang_queries import section_context

LATE = date(2026, 7, 20)  # period 1 of plan_world was due 15 July 2026


def test_section_for_a_reader(app, session, plan_world, beheerder):
    with count_queries(app.extensions["database_engine"]) as statements:
        context = section_context(session, beheerder, plan_world.plan, LATE)
    assert len([s for s in statements if s.startswith("SELECT")]) <= 1
    assert context["voortgang_can_view"] and not context["voortgang_can_write"]
    assert context["voortgang_next"].periode == 1 and context["voortgang_next_overdue"]
    assert context["voortgang_last_submitted_on"] is None
    assert context["voortgang_overdue_count"] == 1
    assert all(key.startswith("voortgang_") for key in context)


def test_section_for_the_dienst_after_a_report(session, plan_world, directeur):
    make_report(session, plan_world.plan, 1, date(2026, 7, 15), at_noon(date(2026, 7, 10)),
                by=directeur)
    context = section_context(session, directeur, plan_world.plan, LATE)
    assert context["voortgang_can_write"] and context["voortgang_submitted_count"] == 1
    assert context["voortgang_last_submitted_on"] == date(2026, 7, 10)
    assert context["voortgang_next"].due_on == date(2027, 1, 15)
    assert not context["voortgang_next_overdue"] and context["voortgang_overdue_count"] == 0


def test_section_hidden_for_another_dienst(session, plan_world, directeur_elders):
    context = section_context(session, directeur_elders, plan_world.plan, LATE)
    assert context["voortgang_can_view"] is False and context["voortgang_next"] is None


def test_section_before_publication(session, world, directeur):
    plan = make_plan(session, world.visitatie, state="vastgesteld")
    context = section_context(session, directeur, plan, LATE)
    assert context["voortgang_can_view"] and not context["voortgang_published"]
    assert not context["voortgang_can_write"]


def test_partial_renders_due_date_overdue_and_links(app, session, plan_world, directeur):
    context = section_context(session, directeur, plan_world.plan, LATE)
    with app.test_request_context():
        html = render_template("voortgang/_section.html", **context)
    assert '<h2 id="voortgang-kop">Voortgangsrapportages</h2>' in html
    assert "Periode 1, uiterlijk 15 juli 2026" in html and "te laat" in html
    assert f"/verbeterplannen/{plan_world.plan.id}/voortgang/schrijven" in html
    assert "nog geen rapportage ingediend" in html


def test_partial_is_empty_without_permission(app, session, plan_world, directeur_elders):
    context = section_context(session, directeur_elders, plan_world.plan, LATE)
    with app.test_request_context():
        assert render_template("voortgang/_section.html", **context).strip() == ""


def test_demo_writes_and_submits_reports(session, world, directeur):
    plan = make_plan(session, world.visitatie, published_on=date(2024, 1, 15))
    acties = [make_actie(session, plan, f"Demo-actie {n}", "gepland") for n in range(4)]
    session.commit()
    written = add_demo_voortgang(session, plan, directeur, 2, random.Random(4))
    session.commit()
    reports = session.scalars(select(Voortgangsrapportage).where(
        Voortgangsrapportage.verbeterplan_id == plan.id)
        .order_by(Voortgangsrapportage.periode)).all()
    assert reports == written and [r.periode for r in reports] == [1, 2]
    assert all(r.status == "ingediend" and r.reflectie.startswith("(Demo)") for r in reports)
    assert reports[0].ingediend_at == datetime.combine(date(2024, 7, 15), time(10),
                                                       tzinfo=timezone.utc)
    assert all(regel.toelichting for r in reports for regel in r.regels)
    assert {a.status for a in acties} != {"gepland"}  # the reports moved the acties on
    assert all(a.stop_reden for a in acties if a.status == "gestopt")


def test_demo_skips_plans_that_do_not_report(session, world, directeur):
    plan = make_plan(session, world.visitatie, state="vastgesteld")
    assert add_demo_voortgang(session, plan, directeur, 2, random.Random(1)) == []
