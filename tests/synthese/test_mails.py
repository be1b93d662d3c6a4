"""The Rode draden notifications: a Dutch mail naming the edition and linking to it."""
import pytest

from tests.mail.factories import MONDAY
from visitatie.notificaties.about import load_about
from visitatie.notificaties.labels import soort_label
from visitatie.notificaties.messages import queue_notification_mail
from visitatie.notificaties.operations import record_notification

EXPECTED = {
    "synthese_naar_klankbord": "ligt bij de klankbordgroep, klankbordronde 1",
    "synthese_klankbord_afgerond": "Verwerk de opmerkingen van de klankbordgroep",
}


@pytest.mark.parametrize("soort", sorted(EXPECTED))
def test_each_mail_renders_in_text_and_html(app, session, world, synthese, klankbord, soort):
    synthese.klankbord_ronde = 1
    session.commit()
    notificatie = record_notification(session, klankbord, soort, synthese, MONDAY)
    mail = queue_notification_mail(session, notificatie, load_about(session, "synthese",
                                                                     synthese.id))
    with app.test_request_context():
        assert mail.subject == f"{soort_label(soort)} – Rode draden test"
    for body in (mail.body_text, mail.body_html):
        assert "Beste Test klankbord," in body
        assert EXPECTED[soort] in body and world.ronde.naam in body
        assert f"http://visitatie.test/rode-draden/{synthese.id}" in body
        assert "{{" not in body and "%(" not in body
    assert "<" not in mail.body_text


def test_my_notifications_list_the_edition(session, login, synthese, klankbord):
    from visitatie.core.dates import local_today

    record_notification(session, klankbord, "synthese_naar_klankbord", synthese, local_today())
    session.commit()
    page = login(klankbord).get("/meldingen/").text
    assert "Rode draden ‘Rode draden test’" in page
    assert f'href="/rode-draden/{synthese.id}"' in page
