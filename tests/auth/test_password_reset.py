"""The forgot-password flow: no account disclosure, single-use expiring links."""
import re

import pytest
from limits import storage, strategies
from sqlalchemy import func, select

from tests.pages import main_of
from tests.factories import TEST_PASSWORD
from visitatie.audit.models import AuditEvent
from visitatie.mail.models import OutgoingMail

NEW_PASSWORD = "lente-zomer-herfst-winter"


def _mails_to(session, address):
    return session.scalars(select(OutgoingMail).where(OutgoingMail.to_address == address)).all()


def _link(caplog, address) -> str:
    """Return the last link the mail job wrote to the console for `address` (no SMTP)."""
    found = [re.search(r"http://visitatie\.test(/wachtwoord-instellen/\S+)", r.getMessage())
             for r in caplog.records if address in r.getMessage()]
    return [m.group(1) for m in found if m][-1]


def test_known_address_gets_a_mail_kept_in_the_outbox_without_the_link(client, session,
                                                                        directeur, caplog):
    response = client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    assert response.status_code == 200
    assert "Controleer uw e-mail" in response.text
    [mail] = _mails_to(session, directeur.email)
    assert mail.subject == "Wachtwoord opnieuw instellen"
    assert mail.status == "outbox" and mail.attempts == 1
    assert "/wachtwoord-instellen/" not in mail.body_text + mail.body_html
    assert "[link alleen zichtbaar voor de ontvanger]" in mail.body_text
    assert mail.secret_link is None  # undeliverable: the link is forgotten
    assert _link(caplog, directeur.email)  # without SMTP (development, demo): the console


@pytest.mark.parametrize("demo", [True, False])
def test_the_demo_says_where_the_link_appears(app, client, directeur, monkeypatch, demo):
    monkeypatch.setitem(app.config, "DEMO_MODE", demo)
    response = client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    assert response.status_code == 200
    sentence = ("Demo-omgeving: zonder mailserver wordt er geen e-mail verstuurd. De link "
                "verschijnt dan in het venster waarin ‘make run’ draait.")
    assert (sentence in response.text) is demo


def test_unknown_address_gets_the_same_page_and_no_mail(client, session, world):
    before = session.scalar(select(func.count(OutgoingMail.id)))
    known = client.post("/wachtwoord-vergeten", data={"email": world.users["directeur"].email})
    unknown = client.post("/wachtwoord-vergeten", data={"email": "onbekend@test.nl"})
    assert unknown.status_code == known.status_code == 200
    assert main_of(unknown.text) == main_of(known.text)
    assert session.scalar(select(func.count(OutgoingMail.id))) == before + 1


def test_invalid_address_is_explained(client, world):
    response = client.post("/wachtwoord-vergeten", data={"email": "geen-adres"})
    assert response.status_code == 400
    assert "Vul een geldig e-mailadres in" in response.text
    assert 'value="geen-adres"' in response.text


def test_link_sets_a_new_password_once(client, session, directeur, caplog):
    client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    link = _link(caplog, directeur.email)
    assert client.get(link).status_code == 200
    response = client.post(link, data={"nieuw_wachtwoord": NEW_PASSWORD,
                                       "herhaal_wachtwoord": NEW_PASSWORD})
    assert response.status_code == 302 and response.headers["Location"].endswith("/inloggen")
    assert client.post("/inloggen", data={"email": directeur.email,
                                          "wachtwoord": NEW_PASSWORD}).status_code == 302
    client.post("/uitloggen")
    assert client.get(link).status_code == 404  # spent
    assert client.post("/inloggen", data={"email": directeur.email,
                                          "wachtwoord": TEST_PASSWORD}).status_code == 401


def test_short_or_unequal_passwords_are_refused(client, session, directeur, caplog):
    client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    link = _link(caplog, directeur.email)
    short = client.post(link, data={"nieuw_wachtwoord": "kort", "herhaal_wachtwoord": "kort"})
    assert short.status_code == 400 and "minstens 12 tekens" in short.text
    unequal = client.post(link, data={"nieuw_wachtwoord": NEW_PASSWORD,
                                      "herhaal_wachtwoord": NEW_PASSWORD + "x"})
    assert "De twee wachtwoorden zijn niet gelijk." in unequal.text


def test_expired_or_forged_links_are_refused(app, client, session, directeur, monkeypatch,
                                            caplog):
    client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    link = _link(caplog, directeur.email)
    assert client.get(link + "x").status_code == 404
    monkeypatch.setitem(app.config, "PASSWORD_RESET_MAX_AGE", -1)
    response = client.get(link)
    assert response.status_code == 404
    assert "Deze link is niet (meer) geldig" in response.text


def _events(session, user, action):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "user_account", AuditEvent.object_id == user.id,
        AuditEvent.action == action)).all()


def test_the_audit_trail_names_who_asked_for_the_link(client, session, directeur, caplog):
    client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    [asked] = _events(session, directeur, "wachtwoord_herstel_gevraagd")
    assert asked.actor_id == directeur.id
    client.post(_link(caplog, directeur.email),
                data={"nieuw_wachtwoord": NEW_PASSWORD, "herhaal_wachtwoord": NEW_PASSWORD})
    [changed] = _events(session, directeur, "wachtwoord_gewijzigd")
    assert changed.details == {"via": "herstel", "link_aangevraagd_door": directeur.id}


def test_the_request_does_the_same_work_for_known_and_unknown_addresses(
        client, session, world, monkeypatch):
    """The lookup happens in a job: the request queues the same job either way (L1)."""
    queued = []
    monkeypatch.setattr("visitatie.auth.operations.enqueue_after_commit",
                        lambda _session, func, *args: queued.append((func, args)))
    per_address = []
    for email in (world.users["directeur"].email, "onbekend@test.nl"):
        before = len(queued)
        client.post("/wachtwoord-vergeten", data={"email": email})
        per_address.append(queued[before:])
    assert per_address == [[("visitatie.auth.jobs.send_password_reset",
                            (world.users["directeur"].email,))],
                          [("visitatie.auth.jobs.send_password_reset", ("onbekend@test.nl",))]]


@pytest.fixture()
def throttle(app, monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_THROTTLE_ENABLED", True)
    fresh = strategies.FixedWindowRateLimiter(storage.storage_from_string("memory://"))
    monkeypatch.setitem(app.extensions, "login_throttle", fresh)


def _ask(client, email, address="10.1.0.1"):
    return client.post("/wachtwoord-vergeten", data={"email": email},
                       environ_base={"REMOTE_ADDR": address})


def test_reset_requests_are_limited_per_account_without_saying_so(client, session, throttle,
                                                                  directeur):
    answers = [_ask(client, directeur.email, f"10.1.0.{n}") for n in range(6)]
    assert {a.status_code for a in answers} == {200}
    assert len({main_of(a.text) for a in answers}) == 1  # the fourth answer looks like the first
    assert len(_mails_to(session, directeur.email)) == 3


def test_reset_requests_are_limited_per_address(client, session, throttle, world):
    emails = [world.users[key].email for key in ("directeur", "contactpersoon", "secretaris")]
    for n in range(20):
        _ask(client, f"poging{n}@test.nl")
    for email in emails:
        assert _ask(client, email).status_code == 200
    assert sum(len(_mails_to(session, e)) for e in emails) == 0
    _ask(client, emails[0], "10.1.0.99")  # another address still gets its mail
    assert len(_mails_to(session, emails[0])) == 1
