"""notify() records event notifications and mails them right after the commit."""
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.mail.factories import make_plan, make_vastgesteld
from visitatie.auth.roles import Rol
from visitatie.core.transaction import commit, rollback
from visitatie.jobs import PENDING_KEY
from visitatie.mail.models import OutgoingMail
from visitatie.notificaties.models import Notificatie
from visitatie.notificaties.operations import SEND_JOB, notify, recipients_for
from visitatie.core.dates import local_today

TODAY = date(2026, 3, 2)


def _mails(session):
    return list(session.scalars(select(OutgoingMail).order_by(OutgoingMail.to_address)))


def _notificaties(session, soort):
    stmt = select(Notificatie).where(Notificatie.soort == soort).order_by(Notificatie.user_id)
    return list(session.scalars(stmt))


def test_notify_records_and_mails_after_the_commit(app, session, world, secretaris):
    with app.test_request_context():
        rows = notify(session, "kernstukken_ingediend", world.visitatie, [secretaris], TODAY)
        assert [(r.user_id, r.due_on, r.sent_at) for r in rows] == [(secretaris.id, TODAY, None)]
        assert _mails(session) == []  # nothing leaves before the commit
        commit()
    [mail] = _mails(session)
    assert mail.to_address == secretaris.email and mail.status == "outbox"
    assert "Omgevingsdienst Bezocht heeft de kernstukken" in mail.body_text
    [row] = _notificaties(session, "kernstukken_ingediend")
    assert row.sent_at is not None and row.mail_id == mail.id


def test_notify_uses_today_by_default(session, world, secretaris):
    [row] = notify(session, "kernstukken_ingediend", world.visitatie, [secretaris])
    assert row.due_on == local_today()


def test_rollback_sends_and_keeps_nothing(app, session, world, secretaris):
    with app.test_request_context():
        notify(session, "kernstukken_ingediend", world.visitatie, [secretaris], TODAY)
        rollback()
    assert _mails(session) == [] and _notificaties(session, "kernstukken_ingediend") == []


def test_inactive_and_repeated_users_get_one_or_none(app, session, world, directeur,
                                                     contactpersoon):
    contactpersoon.is_actief = False
    session.commit()
    with app.test_request_context():
        rows = notify(session, "kernstukken_teruggestuurd", world.visitatie,
                      [directeur, contactpersoon, directeur, None], TODAY)
        commit()
    assert [r.user_id for r in rows] == [directeur.id]
    assert [m.to_address for m in _mails(session)] == [directeur.email]


def test_the_sending_job_is_queued_once_per_transaction(session, world, directeur,
                                                        contactpersoon, secretaris):
    notify(session, "kernstukken_teruggestuurd", world.visitatie, [directeur], TODAY)
    notify(session, "kernstukken_teruggestuurd", world.visitatie, [contactpersoon], TODAY)
    notify(session, "kernstukken_ingediend", world.visitatie, [secretaris], TODAY)
    assert session.info[PENDING_KEY] == [(SEND_JOB, ())]


def test_nobody_to_notify_queues_nothing(session, world, directeur):
    directeur.is_actief = False
    assert notify(session, "kernstukken_teruggestuurd", world.visitatie, [directeur], TODAY) == []
    assert PENDING_KEY not in session.info


def test_the_same_event_twice_on_a_day_is_one_notification(app, session, world, secretaris):
    with app.test_request_context():
        notify(session, "kernstukken_ingediend", world.visitatie, [secretaris], TODAY)
        commit()
        notify(session, "kernstukken_ingediend", world.visitatie, [secretaris], TODAY)
        commit()
    assert len(_notificaties(session, "kernstukken_ingediend")) == 1
    assert session.scalar(select(func.count(OutgoingMail.id))) == 1


def test_notify_about_a_plan(app, session, world, directeur, contactpersoon):
    make_vastgesteld(session, world.visitatie)
    plan = make_plan(session, world.visitatie, state="teruggestuurd")
    with app.test_request_context():
        notify(session, "verbeterplan_teruggestuurd", plan,
               recipients_for(world.visitatie, Rol.DIRECTEUR, Rol.CONTACTPERSOON), TODAY)
        commit()
    mails = _mails(session)
    assert {m.to_address for m in mails} == {directeur.email, contactpersoon.email}
    assert all("Het verbeterplan van Omgevingsdienst Bezocht is teruggestuurd." in m.body_text
               for m in mails)


@pytest.mark.parametrize("soort", ["bestaat_niet", "wederhoor"])
def test_an_unknown_soort_is_refused(session, world, directeur, soort):
    with pytest.raises(ValueError, match="Unknown notification soort"):
        notify(session, soort, world.visitatie, [directeur], TODAY)


def test_a_soort_about_another_kind_of_object_is_refused(session, world, directeur):
    with pytest.raises(ValueError, match="is about a verbeterplan, not a visitatie"):
        notify(session, "verbeterplan_ingediend", world.visitatie, [directeur], TODAY)


def test_notify_without_flush_waits_for_the_callers_flush(session, world, secretaris):
    world.visitatie.state = "wederhoor"  # the CHECK needs the deadline too: not flushable yet
    notify(session, "wederhoor_ingediend", world.visitatie, [secretaris], TODAY, flush=False)
    world.visitatie.wederhoor_deadline = TODAY
    session.flush()
    assert len(_notificaties(session, "wederhoor_ingediend")) == 1


# recipients_for ---------------------------------------------------------------------------

def _keys(world, users):
    by_id = {u.id: key for key, u in world.users.items()}
    return [by_id[u.id] for u in users]


@pytest.mark.parametrize("roles, expected", [
    ((Rol.SECRETARIS,), ["secretaris"]),
    ((Rol.VOORZITTER, Rol.COMMISSIELID, Rol.SECRETARIS),
     ["voorzitter", "commissielid", "secretaris"]),
    ((Rol.DIRECTEUR, Rol.CONTACTPERSOON), ["directeur", "contactpersoon"]),
    (("directeur", "voorzitter"), ["voorzitter", "directeur"]),
    ((Rol.BEHEERDER,), ["beheerder"]),
    ((Rol.KLANKBORD,), ["klankbord"]),
    ((), []),
])
def test_recipients_for(world, roles, expected):
    found = recipients_for(world.visitatie, *roles)
    assert sorted(_keys(world, found)) == sorted(expected)
    assert [u.id for u in found] == sorted(u.id for u in found)


def test_recipients_for_leaves_out_inactive_people_and_other_diensten(session, world,
                                                                     contactpersoon):
    contactpersoon.is_actief = False
    session.commit()
    found = recipients_for(world.visitatie, Rol.DIRECTEUR, Rol.CONTACTPERSOON)
    assert _keys(world, found) == ["directeur"]  # not contactpersoon, not directeur_elders
    assert recipients_for(world.other_visitatie, Rol.SECRETARIS) == []


def test_recipients_for_the_other_dienst(world):
    found = recipients_for(world.other_visitatie, Rol.DIRECTEUR)
    assert _keys(world, found) == ["directeur_elders"]
