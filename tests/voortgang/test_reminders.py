"""Reminder ladders of a verbeterplan on fixed dates: exact rows, idempotence, cancellation."""
from datetime import date

import pytest
from sqlalchemy import or_, select

from tests.voortgang.factories import at_noon, close_actie, make_actie, make_plan, make_report
from visitatie.db import utcnow
from visitatie.notificaties.models import Notificatie
from visitatie.verbeterplannen.reminders import (
    ReminderChanges, reminders_group, schedule_all_reminders, schedule_plan_reminders,
)
from visitatie.verbeterplannen.voortgang_operations import RegelInput, submit_voortgang


def _rows(session, plan):
    session.expire_all()
    actie_ids = [a.id for a in plan.acties]
    stmt = (select(Notificatie)
            .where(or_((Notificatie.object_type == "verbeterplan")
                       & (Notificatie.object_id == plan.id),
                       (Notificatie.object_type == "actie")
                       & Notificatie.object_id.in_(actie_ids)))
            .order_by(Notificatie.due_on, Notificatie.soort, Notificatie.user_id))
    return [(n.user_id, n.soort, n.object_type, n.object_id, n.due_on)
            for n in session.scalars(stmt)]


def _for_both(world, rows):
    people = (world.users["directeur"].id, world.users["contactpersoon"].id)
    return sorted((user, *row) for user in people for row in rows)


@pytest.fixture()
def concept_plan(session, world):
    plan = make_plan(session, world.visitatie, state="concept", due_on=date(2026, 5, 1))
    make_actie(session, plan, "Nog in concept", planned_on=date(2026, 9, 1))
    session.commit()
    return plan


@pytest.fixture()
def published_plan(session, world):
    """Published 15 January 2026, every 6 months: period 1 due 15 July 2026."""
    plan = make_plan(session, world.visitatie, published_on=date(2026, 1, 15),
                     due_on=date(2025, 11, 1))
    make_actie(session, plan, "Open", planned_on=date(2026, 6, 10))
    make_actie(session, plan, "Zonder datum")
    make_actie(session, plan, "Klaar", status="gerealiseerd", planned_on=date(2026, 6, 20))
    session.commit()
    return plan


def test_plan_due_date_ladder(session, world, concept_plan):
    changes = schedule_plan_reminders(session, concept_plan, date(2026, 4, 1))
    session.commit()
    plan = ("verbeterplan", concept_plan.id)
    assert sorted(_rows(session, concept_plan)) == _for_both(world, [
        ("plan_termijn_herinnering", *plan, date(2026, 4, 17)),
        ("plan_termijn_vandaag", *plan, date(2026, 5, 1)),
        ("plan_termijn_verlopen", *plan, date(2026, 5, 8)),
    ])  # acties of a plan that is not adopted yet get no reminders
    assert changes == ReminderChanges(added=6, removed=0)


@pytest.mark.parametrize("today,steps", [
    (date(2026, 4, 17), ["plan_termijn_herinnering", "plan_termijn_vandaag",
                         "plan_termijn_verlopen"]),
    (date(2026, 4, 18), ["plan_termijn_vandaag", "plan_termijn_verlopen"]),
    (date(2026, 5, 2), ["plan_termijn_verlopen"]),
    (date(2026, 5, 8), ["plan_termijn_verlopen"]),
    (date(2026, 5, 9), []),
])
def test_only_steps_from_today_on(session, directeur, concept_plan, today, steps):
    schedule_plan_reminders(session, concept_plan, today)
    assert [soort for user, soort, *_rest in _rows(session, concept_plan)
            if user == directeur.id] == steps


def test_published_plan_ladders(session, world, published_plan):
    schedule_plan_reminders(session, published_plan, date(2026, 6, 1))
    session.commit()
    open_actie = published_plan.acties[0]
    plan = ("verbeterplan", published_plan.id)
    assert sorted(_rows(session, published_plan)) == _for_both(world, [
        # 27 May (14 days before the actie's date) lies before today: not recorded
        ("actie_datum_vandaag", "actie", open_actie.id, date(2026, 6, 10)),
        ("actie_datum_verlopen", "actie", open_actie.id, date(2026, 6, 17)),
        ("voortgang_termijn_herinnering", *plan, date(2026, 7, 1)),
        ("voortgang_termijn_vandaag", *plan, date(2026, 7, 15)),
        ("voortgang_termijn_verlopen", *plan, date(2026, 7, 22)),
    ])  # no plan_termijn: the plan was submitted long ago


def test_scheduling_twice_adds_nothing(session, published_plan):
    first = schedule_plan_reminders(session, published_plan, date(2026, 6, 1))
    session.commit()
    before = _rows(session, published_plan)
    second = schedule_plan_reminders(session, published_plan, date(2026, 6, 1))
    session.commit()
    assert _rows(session, published_plan) == before
    assert first.added == 10 and second == ReminderChanges(0, 0)


def test_submitting_the_plan_cancels_its_reminders(session, directeur, concept_plan):
    schedule_plan_reminders(session, concept_plan, date(2026, 4, 1))
    sent = session.scalars(select(Notificatie).where(
        Notificatie.user_id == directeur.id,
        Notificatie.soort == "plan_termijn_herinnering")).one()
    sent.sent_at = utcnow()
    concept_plan.state = "ingediend"
    changes = schedule_plan_reminders(session, concept_plan, date(2026, 4, 20))
    session.commit()
    # Only the reminder that went out stays.
    assert _rows(session, concept_plan) == [
        (directeur.id, "plan_termijn_herinnering", "verbeterplan", concept_plan.id,
         date(2026, 4, 17))]
    assert changes == ReminderChanges(added=0, removed=5)


def test_submitted_report_moves_the_ladder_to_the_next_period(session, world, published_plan,
                                                              directeur):
    schedule_plan_reminders(session, published_plan, date(2026, 6, 1))
    make_report(session, published_plan, 1, date(2026, 7, 15), at_noon(date(2026, 7, 2)),
                by=directeur)
    schedule_plan_reminders(session, published_plan, date(2026, 7, 2))
    session.commit()
    voortgang = [(soort, due) for user, soort, _t, _i, due in _rows(session, published_plan)
                 if user == directeur.id and soort.startswith("voortgang")]
    assert voortgang == [("voortgang_termijn_herinnering", date(2027, 1, 1)),
                         ("voortgang_termijn_vandaag", date(2027, 1, 15)),
                         ("voortgang_termijn_verlopen", date(2027, 1, 22))]


def test_submit_operation_reschedules(app, session, world, published_plan, directeur):
    schedule_plan_reminders(session, published_plan, date(2026, 6, 1))
    open_actie = published_plan.acties[0]
    with app.test_request_context():
        submit_voortgang(session, directeur, published_plan, 1,
                         {open_actie.id: RegelInput("gerealiseerd", "Klaar.")}, "Goed.", None,
                         date(2026, 7, 2))
    session.commit()
    soorten = {(soort, due) for _u, soort, _t, _i, due in _rows(session, published_plan)}
    assert ("voortgang_termijn_vandaag", date(2026, 7, 15)) not in soorten
    assert ("voortgang_termijn_vandaag", date(2027, 1, 15)) in soorten
    assert not any(s.startswith("actie_datum") for s, _due in soorten)  # actie closed


def test_overdue_report_keeps_its_verlopen_step(session, directeur, published_plan):
    schedule_plan_reminders(session, published_plan, date(2026, 7, 20))
    voortgang = [(soort, due) for user, soort, _t, _i, due in _rows(session, published_plan)
                 if user == directeur.id and soort.startswith("voortgang")]
    # Period 1 is overdue (its last step is still to come); period 2 follows.
    assert voortgang == [("voortgang_termijn_verlopen", date(2026, 7, 22)),
                         ("voortgang_termijn_herinnering", date(2027, 1, 1)),
                         ("voortgang_termijn_vandaag", date(2027, 1, 15)),
                         ("voortgang_termijn_verlopen", date(2027, 1, 22))]


def test_closed_actie_loses_its_reminders(session, published_plan):
    schedule_plan_reminders(session, published_plan, date(2026, 6, 1))
    close_actie(session, published_plan.acties[0], "gestopt", at_noon(date(2026, 6, 2)))
    changes = schedule_plan_reminders(session, published_plan, date(2026, 6, 2))
    assert not [row for row in _rows(session, published_plan) if row[2] == "actie"]
    assert changes.removed == 4


def test_moved_date_replaces_the_ladder(session, directeur, published_plan):
    schedule_plan_reminders(session, published_plan, date(2026, 6, 1))
    actie = published_plan.acties[0]
    actie.planned_on = date(2026, 10, 1)
    changes = schedule_plan_reminders(session, published_plan, date(2026, 6, 2))
    assert [(soort, due) for user, soort, kind, _i, due in _rows(session, published_plan)
            if user == directeur.id and kind == "actie"] == [
        ("actie_datum_herinnering", date(2026, 9, 17)),
        ("actie_datum_vandaag", date(2026, 10, 1)),
        ("actie_datum_verlopen", date(2026, 10, 8))]
    assert changes == ReminderChanges(added=6, removed=4)


def test_finished_plan_has_no_reminders(session, published_plan):
    schedule_plan_reminders(session, published_plan, date(2026, 6, 1))
    published_plan.state, published_plan.afgerond_at = "afgerond", utcnow()
    schedule_plan_reminders(session, published_plan, date(2026, 6, 2))
    assert _rows(session, published_plan) == []


def test_inactive_people_get_no_reminders(session, world, concept_plan, contactpersoon):
    contactpersoon.is_actief = False
    schedule_plan_reminders(session, concept_plan, date(2026, 4, 1))
    assert {row[0] for row in _rows(session, concept_plan)} == {world.users["directeur"].id}


def test_schedule_all_covers_every_plan(session, world, published_plan):
    other = make_plan(session, world.other_visitatie, state="concept", due_on=date(2026, 8, 1))
    session.commit()
    changes = schedule_all_reminders(session, date(2026, 6, 1))
    assert changes.added == 13  # world.other_dienst has only a directeur: 3 for its plan
    assert len(_rows(session, other)) == 3


def test_cli_command_uses_the_given_day(app, session, published_plan):
    result = app.test_cli_runner().invoke(reminders_group, ["schedule", "--today", "2026-06-01"])
    assert result.exit_code == 0, result.output
    assert "Herinneringen: 10 toegevoegd, 0 vervallen." in result.output
    assert len(_rows(session, published_plan)) == 10


def test_cli_rejects_a_bad_day(app):
    result = app.test_cli_runner().invoke(reminders_group, ["schedule", "--today", "1-6-2026"])
    assert result.exit_code != 0 and "--today" in result.output
