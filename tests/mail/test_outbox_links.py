"""The outbox never shows a link that lets its reader set someone's password (M7)."""
import logging

from sqlalchemy import select

from tests.factories import TEST_PASSWORD
from visitatie.audit.models import AuditEvent
from visitatie.auth.models import User
from visitatie.mail.models import OutgoingMail

MARK = "[link alleen zichtbaar voor de ontvanger]"


def _invite(client, email="visitator@test.nl"):
    response = client.post("/beheer/gebruikers/nieuw", data={
        "naam": "Nieuwe Visitator", "email": email, "dienst_id": ""})
    assert response.status_code == 302


def _mail_to(session, address) -> OutgoingMail:
    return session.scalars(select(OutgoingMail).where(OutgoingMail.to_address == address)).one()


def test_the_beheerder_sees_the_invitation_without_its_link(login, session, beheerder):
    client = login(beheerder)
    _invite(client)
    mail = _mail_to(session, "visitator@test.nl")
    page = client.get(f"/beheer/e-mail/{mail.id}").text
    assert MARK in page
    assert "/wachtwoord-instellen/" not in page


def test_the_invitation_records_the_beheerder_who_sent_it(login, session, beheerder):
    _invite(login(beheerder))
    user = session.scalars(select(User).where(User.email == "visitator@test.nl")).one()
    [event] = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "uitnodiging_verstuurd", AuditEvent.object_id == user.id)).all()
    assert event.actor_id == beheerder.id
    assert event.details == {"aangevraagd_door": beheerder.id}


def test_the_recipient_gets_the_live_link_over_smtp(app, login, session, beheerder,
                                                    monkeypatch):
    sent = []
    monkeypatch.setitem(app.config, "MAIL_SERVER", "smtp.test")
    monkeypatch.setattr("visitatie.mail.jobs._smtp_send", sent.append)
    _invite(login(beheerder))
    [message] = sent
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "http://visitatie.test/wachtwoord-instellen/" in text
    assert 'href="http://visitatie.test/wachtwoord-instellen/' in html
    assert MARK not in text + html
    assert _mail_to(session, "visitator@test.nl").secret_link is None  # sent: forgotten


def test_a_link_stored_before_the_change_is_hidden_too(login, session, beheerder):
    mail = OutgoingMail(to_address="oud@test.nl", subject="Wachtwoord opnieuw instellen",
                        body_text="Kies een wachtwoord:\n\nhttp://visitatie.test/"
                                  "wachtwoord-instellen/eyJ1Ijo.abc.def\n", status="outbox")
    session.add(mail)
    session.flush()
    page = login(beheerder).get(f"/beheer/e-mail/{mail.id}").text
    assert "eyJ1Ijo" not in page and MARK in page


def test_production_does_not_write_the_link_to_the_log(app, client, session, directeur,
                                                       monkeypatch, caplog):
    monkeypatch.setitem(app.config, "ENVIRONMENT", "production")
    monkeypatch.setitem(app.config, "DEMO_MODE", False)
    with caplog.at_level(logging.INFO):
        client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    assert _mail_to(session, directeur.email).status == "outbox"
    assert "/wachtwoord-instellen/" not in caplog.text


def test_the_demo_writes_the_link_to_the_console_for_the_recipient(app, client, session,
                                                                   directeur, monkeypatch,
                                                                   caplog):
    monkeypatch.setitem(app.config, "ENVIRONMENT", "production")
    monkeypatch.setitem(app.config, "DEMO_MODE", True)
    client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    [record] = [r for r in caplog.records if "/wachtwoord-instellen/" in r.getMessage()]
    path = record.getMessage().split("http://visitatie.test", 1)[1]
    assert client.post(path, data={"nieuw_wachtwoord": "een-nieuw-demo-wachtwoord",
                                   "herhaal_wachtwoord": "een-nieuw-demo-wachtwoord"}
                       ).status_code == 302
    assert client.post("/inloggen", data={"email": directeur.email,
                                          "wachtwoord": TEST_PASSWORD}).status_code == 401
