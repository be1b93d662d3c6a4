"""Reminders of the wederhoor are recorded as Notificatie rows (sent by a later job)."""
from datetime import date

import pytest
from sqlalchemy import select

from tests.wederhoor.factories import make_versie
from visitatie.core.dates import add_working_days, local_today
from visitatie.db import utcnow
from visitatie.notificaties.models import Notificatie
from visitatie.notificaties.operations import cancel_pending, record_notification
from visitatie.notificaties.queries import notifications_due
from visitatie.wederhoor.operations import schedule_wederhoor_notifications

MONDAY = date(2026, 3, 2)
DEADLINE = date(2026, 3, 23)  # 15 working days after MONDAY


def _rows(session, visitatie):
    session.expire_all()
    stmt = (select(Notificatie).where(Notificatie.object_type == "visitatie",
                                      Notificatie.object_id == visitatie.id)
            .order_by(Notificatie.user_id, Notificatie.due_on))
    return [(n.user_id, n.soort, n.due_on) for n in session.scalars(stmt)]


def _open(session, visitatie, today=MONDAY, deadline=DEADLINE):
    make_versie(session, visitatie)
    visitatie.state = "wederhoor"
    visitatie.wederhoor_deadline = deadline
    visitatie.wederhoor_versie_nummer = 1
    session.flush()
    schedule_wederhoor_notifications(session, visitatie, today)
    session.commit()


def test_deadline_fixture_is_15_working_days():
    assert add_working_days(MONDAY, 15) == DEADLINE


def test_wederhoor_schedules_the_right_reminders(session, world, directeur, contactpersoon,
                                                 secretaris):
    _open(session, world.visitatie)
    expected = []
    for user in (directeur, contactpersoon):
        expected += [(user.id, "wederhoor_geopend", MONDAY),
                     (user.id, "wederhoor_herinnering", date(2026, 3, 18)),
                     (user.id, "wederhoor_deadline", DEADLINE)]
    expected.append((secretaris.id, "wederhoor_verlopen", date(2026, 3, 24)))
    assert sorted(_rows(session, world.visitatie)) == sorted(expected)


def test_scheduling_twice_adds_nothing(session, world):
    _open(session, world.visitatie)
    before = _rows(session, world.visitatie)
    schedule_wederhoor_notifications(session, world.visitatie, MONDAY)
    session.commit()
    assert _rows(session, world.visitatie) == before and len(before) == 7


def test_inactive_people_and_other_diensten_get_nothing(session, world, contactpersoon,
                                                        directeur_elders):
    contactpersoon.is_actief = False
    session.commit()
    _open(session, world.visitatie)
    users = {user_id for user_id, _, _ in _rows(session, world.visitatie)}
    assert contactpersoon.id not in users and directeur_elders.id not in users


def test_a_short_term_skips_a_reminder_in_the_past(session, world, directeur):
    _open(session, world.visitatie, deadline=add_working_days(MONDAY, 2))
    soorten = {s for user_id, s, _ in _rows(session, world.visitatie) if user_id == directeur.id}
    assert soorten == {"wederhoor_geopend", "wederhoor_deadline"}


def test_record_notification_is_idempotent(session, world, directeur):
    first = record_notification(session, directeur, "wederhoor_geopend", world.visitatie, MONDAY)
    again = record_notification(session, directeur, "wederhoor_geopend", world.visitatie, MONDAY)
    assert first.id == again.id


def test_cancel_pending_keeps_sent_and_other_notifications(session, world, directeur):
    _open(session, world.visitatie)
    sent = session.scalars(select(Notificatie).where(
        Notificatie.soort == "wederhoor_herinnering", Notificatie.user_id == directeur.id)).one()
    sent.sent_at = utcnow()
    session.flush()
    removed = cancel_pending(session, "wederhoor_herinnering", world.visitatie)
    session.commit()
    assert removed == 1  # the contactpersoon's; the directeur's was already sent
    soorten = [s for _, s, _ in _rows(session, world.visitatie)]
    assert soorten.count("wederhoor_herinnering") == 1 and soorten.count("wederhoor_deadline") == 2


def test_notifications_due(session, world, directeur):
    _open(session, world.visitatie)
    assert {n.soort for n in notifications_due(session, MONDAY)} >= {"wederhoor_geopend"}
    ours = [n for n in notifications_due(session, date(2026, 3, 18))
            if n.object_id == world.visitatie.id]
    assert {n.soort for n in ours} == {"wederhoor_geopend", "wederhoor_herinnering"}
    for n in ours:
        n.sent_at = utcnow()
    session.flush()
    assert [n for n in notifications_due(session, date(2026, 3, 18))
            if n.object_id == world.visitatie.id] == []


def test_submitting_cancels_the_remaining_reminders(session, login, world, directeur,
                                                    secretaris):
    today = local_today()
    _open(session, world.visitatie, today=today, deadline=add_working_days(today, 15))
    response = login(directeur).post(f"/visitaties/{world.visitatie.id}/wederhoor/indienen")
    assert response.status_code == 302
    rows = _rows(session, world.visitatie)
    soorten = sorted(s for _, s, _ in rows)
    assert soorten == ["wederhoor_geopend", "wederhoor_geopend", "wederhoor_ingediend"]
    assert (secretaris.id, "wederhoor_ingediend", today) in rows


def test_my_notifications_page(session, login, world, directeur, secretaris):
    today = local_today()
    _open(session, world.visitatie, today=today, deadline=add_working_days(today, 15))
    page = login(directeur).get("/meldingen/")
    assert page.status_code == 200
    assert "Het conceptrapport staat klaar voor hoor en wederhoor" in page.text
    assert "Omgevingsdienst Bezocht" in page.text
    assert "loopt bijna af" not in page.text  # not due yet
    assert "staat klaar" not in login(secretaris).get("/meldingen/").text


def test_my_notifications_needs_login(client):
    assert client.get("/meldingen/").status_code == 302


def test_scheduling_in_the_middle_of_a_transition_does_not_flush(session, world, directeur):
    make_versie(session, world.visitatie)
    world.visitatie.state = "concept_rapport"
    session.commit()
    world.visitatie.wederhoor_deadline = DEADLINE  # the CHECK wants the state changed too
    world.visitatie.wederhoor_versie_nummer = 1
    schedule_wederhoor_notifications(session, world.visitatie, MONDAY)
    schedule_wederhoor_notifications(session, world.visitatie, MONDAY)
    world.visitatie.state = "wederhoor"
    session.commit()
    assert len(_rows(session, world.visitatie)) == 7
