"""A title is one line: a line break in it broke its notification mail (issue 19, L6)."""
from sqlalchemy import select

from tests.mail.factories import MONDAY
from visitatie.mail.jobs import _as_message
from visitatie.notificaties.about import load_about
from visitatie.notificaties.messages import queue_notification_mail
from visitatie.notificaties.operations import record_notification
from visitatie.synthese.models import Synthese

REFUSED = "‘Titel’ mag geen regeleinde, tab of ander stuurteken bevatten; het is één regel tekst."


def test_a_title_with_a_line_break_is_refused_and_kept_in_the_form(session, login, synthese,
                                                                   auteur):
    response = login(auteur).post(f"/rode-draden/{synthese.id}/teksten", data={
        "titel": "Rode draden\r\nBcc: iedereen@example.org", "inleiding": "Mijn inleiding.",
        "version_id": synthese.version_id})
    assert response.status_code == 400
    assert REFUSED in response.text
    assert f'<a href="#titel">{REFUSED}</a>' in response.text  # the summary names the field
    assert "Bcc: iedereen@example.org" in response.text  # what was typed is still there
    assert "Mijn inleiding." in response.text
    session.expire_all()
    assert session.get(Synthese, synthese.id).titel == "Rode draden test"


def test_a_new_edition_with_a_tab_in_its_title_is_refused(session, login, world, findings,
                                                           auteur):
    response = login(auteur).post("/rode-draden/nieuw", data={
        "ronde_id": world.ronde.id, "soort": "editie", "titel": "Rode\tdraden"})
    assert response.status_code == 400
    assert REFUSED in response.text
    assert session.scalars(select(Synthese).where(Synthese.titel == "Rode\tdraden")).first() \
        is None


def test_a_stored_title_with_a_line_break_never_reaches_a_mail_header(app, session, synthese,
                                                                       klankbord):
    # A row written before the check (or by another path): the mail still has one line.
    synthese.titel, synthese.klankbord_ronde = "Rode draden\r\nBcc: x@example.org", 1
    session.commit()
    notificatie = record_notification(session, klankbord, "synthese_naar_klankbord", synthese,
                                      MONDAY)
    mail = queue_notification_mail(session, notificatie,
                                   load_about(session, "synthese", synthese.id))
    assert "\n" not in mail.subject and "\r" not in mail.subject
    assert mail.subject.endswith("Rode draden Bcc: x@example.org")
    mail.subject = "Oud\r\nBcc: x@example.org"  # stored before queue_mail cleaned subjects
    with app.app_context():
        message = _as_message(mail)
    assert message["Subject"] == "Oud Bcc: x@example.org" and message["Bcc"] is None
