"""The forgot-password flow: no account disclosure, single-use expiring links."""
import re

from sqlalchemy import func, select

from tests.factories import TEST_PASSWORD
from visitatie.mail.models import OutgoingMail

NEW_PASSWORD = "lente-zomer-herfst-winter"


def _mails_to(session, address):
    return session.scalars(select(OutgoingMail).where(OutgoingMail.to_address == address)).all()


def _link(mail) -> str:
    return re.search(r"http://visitatie\.test(/wachtwoord-instellen/\S+)", mail.body_text).group(1)


def test_known_address_gets_a_link_kept_in_the_outbox(client, session, directeur):
    response = client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    assert response.status_code == 200
    assert "Controleer uw e-mail" in response.text
    [mail] = _mails_to(session, directeur.email)
    assert mail.subject == "Wachtwoord opnieuw instellen"
    assert mail.status == "outbox" and mail.attempts == 1
    assert "/wachtwoord-instellen/" in mail.body_text and mail.body_html


def test_unknown_address_gets_the_same_page_and_no_mail(client, session, world):
    before = session.scalar(select(func.count(OutgoingMail.id)))
    known = client.post("/wachtwoord-vergeten", data={"email": world.users["directeur"].email})
    unknown = client.post("/wachtwoord-vergeten", data={"email": "onbekend@test.nl"})
    assert unknown.status_code == known.status_code == 200
    assert unknown.text == known.text
    assert session.scalar(select(func.count(OutgoingMail.id))) == before + 1


def test_invalid_address_is_explained(client, world):
    response = client.post("/wachtwoord-vergeten", data={"email": "geen-adres"})
    assert response.status_code == 400
    assert "Vul een geldig e-mailadres in" in response.text
    assert 'value="geen-adres"' in response.text


def test_link_sets_a_new_password_once(client, session, directeur):
    client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    link = _link(_mails_to(session, directeur.email)[0])
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


def test_short_or_unequal_passwords_are_refused(client, session, directeur):
    client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    link = _link(_mails_to(session, directeur.email)[0])
    short = client.post(link, data={"nieuw_wachtwoord": "kort", "herhaal_wachtwoord": "kort"})
    assert short.status_code == 400 and "minstens 12 tekens" in short.text
    unequal = client.post(link, data={"nieuw_wachtwoord": NEW_PASSWORD,
                                      "herhaal_wachtwoord": NEW_PASSWORD + "x"})
    assert "De twee wachtwoorden zijn niet gelijk." in unequal.text


def test_expired_or_forged_links_are_refused(app, client, session, directeur, monkeypatch):
    client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    link = _link(_mails_to(session, directeur.email)[0])
    assert client.get(link + "x").status_code == 404
    monkeypatch.setitem(app.config, "PASSWORD_RESET_MAX_AGE", -1)
    response = client.get(link)
    assert response.status_code == 404
    assert "Deze link is niet (meer) geldig" in response.text
