"""Every kind of notification has a Dutch mail (text and HTML) naming and linking its object."""
from pathlib import Path

import pytest

from tests.mail.factories import MONDAY, make_vastgesteld, object_for, put_in_wederhoor
from visitatie.config import PROJECT_ROOT
from visitatie.notificaties.about import load_about
from visitatie.notificaties.kinds import KINDS
from visitatie.notificaties.labels import SOORT_LABELS, soort_label
from visitatie.notificaties.messages import queue_notification_mail
from visitatie.notificaties.operations import record_notification

TEMPLATES = Path(PROJECT_ROOT) / "templates" / "emails" / "notificaties"

# A fragment each mail must contain: the date or the name that matters for that soort.
EXPECTED = {
    "visitatie_gepland": "3 maart 2026",  # the first bezoekdag
    "kernstukken_ingediend": "kernstukken",
    "kernstukken_teruggestuurd": "opnieuw in",
    "wederhoor_geopend": "23 maart 2026",
    "wederhoor_herinnering": "23 maart 2026",
    "wederhoor_deadline": "Vandaag, 23 maart 2026",
    "wederhoor_verlopen": "23 maart 2026",
    "wederhoor_ingediend": "reactie op het conceptrapport ingediend",
    "rapport_vastgesteld": "14 april 2026",
    "verbeterplan_ingediend": "beoordelen",
    "verbeterplan_teruggestuurd": "teruggestuurd",
    "verbeterplan_geaccepteerd": "geaccepteerd",
    # The ladders name their deadline: due 14 days before, on the day, 7 days after.
    "plan_termijn_herinnering": "uiterlijk 16 maart 2026 zijn ingediend",
    "plan_termijn_vandaag": "Vandaag, 2 maart 2026, moet het verbeterplan",
    "plan_termijn_verlopen": "verstreken op 23 februari 2026",
    "voortgang_termijn_herinnering": "uiterlijk 16 maart 2026 zijn ingediend",
    "voortgang_termijn_vandaag": "Vandaag, 2 maart 2026, moet de voortgangsrapportage",
    "voortgang_termijn_verlopen": "had op 23 februari 2026 ingediend",
    "actie_datum_herinnering": "30 november 2026",
    "actie_datum_vandaag": "Vandaag, 30 november 2026",
    "actie_datum_verlopen": "J. de Vries",
    # The Rode draden mails name the edition, not a dienst: tests/synthese/test_mails.py.
    "synthese_naar_klankbord": "klankbordronde 1",
    "synthese_klankbord_afgerond": "Verwerk de opmerkingen",
}
ABOUT_A_DIENST = sorted(s for s in KINDS if KINDS[s].object_type != "synthese")
LINKS = {"kernstukken_": "/kernstukken/", "wederhoor_": "/wederhoor/",
         "verbeterplan_": "/verbeterplannen/", "plan_termijn_": "/verbeterplannen/",
         "voortgang_termijn_": "/verbeterplannen/", "actie_datum_": "/acties/"}


def _mail(session, world, user, soort):
    if soort.startswith("wederhoor_"):
        put_in_wederhoor(session, world.visitatie)
    if soort == "rapport_vastgesteld":
        make_vastgesteld(session, world.visitatie)
    obj = object_for(session, world, KINDS[soort].object_type)
    notificatie = record_notification(session, user, soort, obj, MONDAY)
    about = load_about(session, notificatie.object_type, notificatie.object_id)
    return queue_notification_mail(session, notificatie, about)


def test_every_soort_has_a_label_and_both_templates():
    assert set(KINDS) == set(SOORT_LABELS) == set(EXPECTED)
    for soort in KINDS:
        assert (TEMPLATES / f"{soort}.txt").is_file() and (TEMPLATES / f"{soort}.html").is_file()


@pytest.mark.parametrize("soort", ABOUT_A_DIENST)
def test_each_mail_renders_in_text_and_html(app, session, world, directeur, soort):
    mail = _mail(session, world, directeur, soort)
    assert mail.to_address == directeur.email
    with app.test_request_context():
        assert mail.subject == f"{soort_label(soort)} – Omgevingsdienst Bezocht"
    for body in (mail.body_text, mail.body_html):
        assert "Beste Test directeur," in body
        assert "Omgevingsdienst Bezocht" in body and world.ronde.naam in body
        assert EXPECTED[soort] in body
        assert "http://visitatie.test/" in body
        assert "{{" not in body and "{%" not in body and "%(" not in body
    assert "\n\n\n" not in mail.body_text and "<" not in mail.body_text
    assert mail.body_html.count("<p>") >= 3 and 'href="http://visitatie.test/' in mail.body_html
    link = next(line for line in mail.body_text.splitlines() if line.startswith("http://"))
    for prefix, path in LINKS.items():
        if soort.startswith(prefix):
            assert path in link


def test_plain_text_layout(session, world, secretaris):
    text = _mail(session, world, secretaris, "wederhoor_ingediend").body_text
    lines = text.splitlines()
    assert lines[0] == "Beste Test secretaris," and lines[1] == ""
    assert lines[2] == "Omgevingsdienst Bezocht heeft de reactie op het conceptrapport ingediend."
    assert f"Naar hoor en wederhoor:\nhttp://visitatie.test/visitaties/{world.visitatie.id}" \
           "/wederhoor/" in text
    assert text.rstrip().endswith("Dit bericht is automatisch verstuurd.")


def test_the_planned_visit_reads_differently_for_committee_and_dienst(session, world,
                                                                     voorzitter, directeur):
    committee = _mail(session, world, voorzitter, "visitatie_gepland").body_text
    dienst = _mail(session, world, directeur, "visitatie_gepland").body_text
    assert "U maakt deel uit van de visitatiecommissie." in committee
    assert "directeur of contactpersoon" not in committee
    assert "Omgevingsdienst Bezocht wordt gevisiteerd" in dienst
    assert "visitatiecommissie." not in dienst


def test_a_visit_without_dates_says_so(session, world, directeur):
    world.visitatie.eerste_bezoekdag = world.visitatie.tweede_bezoekdag = None
    session.commit()
    text = _mail(session, world, directeur, "visitatie_gepland").body_text
    assert "De bezoekdagen zijn nog niet vastgelegd" in text


def test_user_text_is_escaped_in_html_and_kept_in_text(session, world, directeur):
    actie = object_for(session, world, "actie")
    actie.titel = "Toezicht <b>&</b> handhaving"
    session.flush()
    notificatie = record_notification(session, directeur, "actie_datum_vandaag", actie, MONDAY)
    mail = queue_notification_mail(session, notificatie, load_about(session, "actie", actie.id))
    assert "Toezicht &lt;b&gt;&amp;&lt;/b&gt; handhaving" in mail.body_html
    assert "<b>&</b>" not in mail.body_html
    assert "‘Toezicht <b>&</b> handhaving’" in mail.body_text


def test_links_use_the_public_base_url(app, session, world, directeur, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://visitaties.example.nl/")
    monkeypatch.setitem(app.config, "SERVER_NAME", None)  # as in production: not set
    with app.test_request_context(base_url="http://10.0.0.5:8000"):  # e.g. behind a proxy
        mail = _mail(session, world, directeur, "kernstukken_teruggestuurd")
    link = f"https://visitaties.example.nl/visitaties/{world.visitatie.id}/kernstukken/"
    assert link in mail.body_text and "10.0.0.5" not in mail.body_html


def test_mail_is_dutch_even_when_the_actor_chose_english(app, session, world, directeur):
    with app.test_request_context():
        from flask import session as web_session
        web_session["taal"] = "en"
        mail = _mail(session, world, directeur, "kernstukken_ingediend")
    assert mail.body_text.startswith("Beste ")
