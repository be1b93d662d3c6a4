"""The daily job sends the reminders due, exactly once, on fixed dates."""
import logging
from datetime import date

import pytest
from sqlalchemy import func, select, update

from tests.mail.factories import (
    DEADLINE, MONDAY, make_actie, make_plan, make_vastgesteld, put_in_wederhoor,
)
from visitatie.db import utcnow
from visitatie.mail.models import OutgoingMail
from visitatie.notificaties import operations
from visitatie.notificaties.cli import register_notification_commands
from visitatie.notificaties.jobs import send_due_notifications
from visitatie.notificaties.kinds import LADDER_OFFSETS
from visitatie.notificaties.models import Notificatie
from visitatie.notificaties.operations import record_notification
from visitatie.verbeterplannen.reminders import LADDER
from visitatie.wederhoor.operations import schedule_wederhoor_notifications

HERINNERING = date(2026, 3, 18)


def _mail_count(session) -> int:
    return session.scalar(select(func.count(OutgoingMail.id)))


def _sent(session) -> list[tuple[str, str]]:
    """(to, soort) of every mail sent for a notification."""
    stmt = (select(OutgoingMail.to_address, Notificatie.soort)
            .join(Notificatie, Notificatie.mail_id == OutgoingMail.id)
            .order_by(Notificatie.soort, OutgoingMail.to_address))
    return [tuple(row) for row in session.execute(stmt)]


@pytest.fixture()
def in_wederhoor(session, world):
    put_in_wederhoor(session, world.visitatie)
    schedule_wederhoor_notifications(session, world.visitatie, MONDAY)
    session.commit()
    return world.visitatie


def test_the_ladder_goes_out_on_its_dates(session, in_wederhoor, directeur, contactpersoon,
                                          secretaris):
    assert send_due_notifications(date(2026, 3, 1)) == 0
    assert send_due_notifications(MONDAY) == 2
    assert _sent(session) == sorted([(contactpersoon.email, "wederhoor_geopend"),
                                     (directeur.email, "wederhoor_geopend")])
    assert send_due_notifications(date(2026, 3, 17)) == 0
    assert send_due_notifications(HERINNERING) == 2
    assert send_due_notifications(DEADLINE) == 2
    assert send_due_notifications(date(2026, 3, 24)) == 1
    assert (secretaris.email, "wederhoor_verlopen") in _sent(session)
    assert _mail_count(session) == 7
    assert all(m.status == "outbox" for m in session.scalars(select(OutgoingMail)))


def test_running_twice_sends_nothing_twice(session, in_wederhoor):
    assert send_due_notifications(DEADLINE) == 6
    assert send_due_notifications(DEADLINE) == 0
    assert send_due_notifications(date(2026, 3, 24)) == 1
    assert send_due_notifications(date(2026, 3, 24)) == 0
    assert _mail_count(session) == 7
    unsent = session.scalar(select(func.count(Notificatie.id)).where(
        Notificatie.sent_at.is_(None)))
    assert unsent == 0


def test_a_late_run_catches_up(session, in_wederhoor):
    assert send_due_notifications(date(2026, 3, 19)) == 4  # geopend and herinnering
    soorten = [soort for _, soort in _sent(session)]
    assert soorten.count("wederhoor_geopend") == soorten.count("wederhoor_herinnering") == 2


def test_the_claim_is_atomic(session, in_wederhoor, monkeypatch):
    """Another run claims each notification between our listing and our claim: we send none."""
    real_claim = operations.claim_notification
    claimed_elsewhere = []

    def claim_after_someone_else(session_, notificatie_id):
        session_.execute(update(Notificatie).where(Notificatie.id == notificatie_id)
                         .values(sent_at=utcnow()))
        claimed_elsewhere.append(notificatie_id)
        return real_claim(session_, notificatie_id)

    monkeypatch.setattr(operations, "claim_notification", claim_after_someone_else)
    assert send_due_notifications(MONDAY) == 0
    assert len(claimed_elsewhere) == 2 and _mail_count(session) == 0
    rows = session.scalars(select(Notificatie).where(Notificatie.id.in_(claimed_elsewhere)))
    assert all(n.sent_at is not None and n.mail_id is None for n in rows)


def test_claim_notification_claims_once(session, in_wederhoor):
    first = session.scalars(select(Notificatie.id).order_by(Notificatie.id)).first()
    assert operations.claim_notification(session, first) is True
    assert operations.claim_notification(session, first) is False


def test_a_wederhoor_reminder_is_dropped_when_the_visitatie_left_wederhoor(
        session, in_wederhoor, caplog):
    make_vastgesteld(session, in_wederhoor)
    with caplog.at_level(logging.INFO, logger="visitatie.notificaties.operations"):
        assert send_due_notifications(HERINNERING) == 0
    assert _mail_count(session) == 0
    remaining = session.scalars(select(Notificatie.soort).where(
        Notificatie.object_id == in_wederhoor.id, Notificatie.due_on <= HERINNERING)).all()
    assert remaining == []
    assert "wederhoor_herinnering about visitatie" in caplog.text and "lapsed" in caplog.text


def test_no_reminder_after_the_dienst_submitted(session, in_wederhoor, directeur):
    send_due_notifications(MONDAY)
    in_wederhoor.wederhoor_ingediend_at = utcnow()  # as if its owner forgot to cancel
    session.commit()
    assert send_due_notifications(DEADLINE) == 0
    assert _mail_count(session) == 2


def test_an_inactive_person_gets_no_reminder(session, in_wederhoor, directeur):
    directeur.is_actief = False
    session.commit()
    assert send_due_notifications(MONDAY) == 1
    assert session.scalar(select(func.count(Notificatie.id)).where(
        Notificatie.user_id == directeur.id, Notificatie.due_on == MONDAY)) == 0


def test_one_broken_notification_does_not_stop_the_others(session, in_wederhoor, directeur,
                                                          monkeypatch, caplog):
    real = operations.queue_notification_mail

    def broken_for_directeur(session_, notificatie, about):
        if notificatie.user_id == directeur.id:
            raise RuntimeError("template kapot")
        return real(session_, notificatie, about)

    monkeypatch.setattr(operations, "queue_notification_mail", broken_for_directeur)
    assert send_due_notifications(MONDAY) == 1
    assert "could not be sent" in caplog.text
    left = session.scalars(select(Notificatie).where(Notificatie.user_id == directeur.id,
                                                     Notificatie.due_on == MONDAY)).one()
    assert left.sent_at is None  # the claim was rolled back: the next run retries
    monkeypatch.setattr(operations, "queue_notification_mail", real)
    assert send_due_notifications(MONDAY) == 1 and _mail_count(session) == 2


def test_the_job_accepts_an_iso_date(session, in_wederhoor):
    assert send_due_notifications("2026-03-02") == 2


def test_plan_ladders_lapse_with_their_object(session, world, directeur):
    make_vastgesteld(session, world.visitatie)
    plan = make_plan(session, world.visitatie, state="in_uitvoering")
    open_actie = make_actie(session, plan)
    done_actie = make_actie(session, plan, titel="Klaar", status="gerealiseerd")
    day = date(2026, 11, 30)
    for soort, obj in [("plan_termijn_verlopen", plan),  # submitted long ago: lapsed
                       ("voortgang_termijn_herinnering", plan),
                       ("actie_datum_vandaag", open_actie), ("actie_datum_vandaag", done_actie)]:
        record_notification(session, directeur, soort, obj, day)
    session.commit()
    assert send_due_notifications(day) == 2
    assert sorted(soort for _, soort in _sent(session)) == ["actie_datum_vandaag",
                                                            "voortgang_termijn_herinnering"]
    texts = [m.body_text for m in session.scalars(select(OutgoingMail))]
    assert any("‘Vergunningverlening digitaliseren’" in t for t in texts)
    assert any("uiterlijk 14 december 2026 zijn ingediend" in t for t in texts)
    assert not any("‘Klaar’" in t for t in texts)


@pytest.mark.parametrize("state, sent", [("concept", 1), ("teruggestuurd", 1), ("ingediend", 0),
                                         ("geaccepteerd", 0), ("vastgesteld", 0)])
def test_the_plan_deadline_matters_until_the_plan_is_submitted(session, world, directeur,
                                                               state, sent):
    make_vastgesteld(session, world.visitatie)
    plan = make_plan(session, world.visitatie, state=state)
    record_notification(session, directeur, "plan_termijn_vandaag", plan, MONDAY)
    session.commit()
    assert send_due_notifications(MONDAY) == sent


@pytest.mark.parametrize("state, sent", [("vastgesteld", 0), ("gepubliceerd", 1),
                                         ("in_uitvoering", 1), ("afgerond", 0)])
def test_progress_reminders_only_while_reporting(session, world, directeur, state, sent):
    make_vastgesteld(session, world.visitatie)
    plan = make_plan(session, world.visitatie, state=state)
    record_notification(session, directeur, "voortgang_termijn_vandaag", plan, MONDAY)
    session.commit()
    assert send_due_notifications(MONDAY) == sent


def test_the_ladder_offsets_match_the_scheduler():
    assert dict(LADDER) == LADDER_OFFSETS


# the command for cron -------------------------------------------------------------------

@pytest.fixture()
def cli(app):
    register_notification_commands(app)
    return app.test_cli_runner()


def test_flask_reminders_run(session, in_wederhoor, cli):
    result = cli.invoke(args=["reminders", "run", "--today", "2026-03-02"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Meldingen tot en met 2026-03-02: 2 verstuurd."
    again = cli.invoke(args=["reminders", "run", "--today", "2026-03-02"])
    assert again.output.strip() == "Meldingen tot en met 2026-03-02: 0 verstuurd."
    assert _mail_count(session) == 2
    body = session.scalars(select(OutgoingMail.body_text)).first()
    assert f"http://visitatie.test/visitaties/{in_wederhoor.id}/wederhoor/" in body


def test_flask_reminders_run_refuses_a_bad_date(session, cli):
    result = cli.invoke(args=["reminders", "run", "--today", "2-3-2026"])
    assert result.exit_code == 2 and "--today" in result.output


def test_registering_twice_is_harmless(app):
    register_notification_commands(app)
    register_notification_commands(app)
    assert "run" in app.cli.commands["reminders"].commands


def test_run_joins_a_reminders_group_of_another_feature():
    from flask import Flask

    from visitatie.verbeterplannen.reminders import register_reminder_commands

    bare = Flask("bare")
    register_reminder_commands(bare)
    register_notification_commands(bare)
    assert {"schedule", "run"} <= set(bare.cli.commands["reminders"].commands)
