"""Mijn meldingen: every notification sent or due for the user, newest first, paginated."""
from datetime import date, timedelta

from tests.mail.factories import make_actie, make_plan, make_vastgesteld
from tests.query_counter import count_queries
from visitatie.db import utcnow
from visitatie.notificaties.operations import record_notification
from visitatie.core.dates import local_today

TODAY = local_today()


def test_lists_sent_and_due_notifications_with_text_and_link(session, login, world,
                                                             directeur):
    sent = record_notification(session, directeur, "kernstukken_teruggestuurd", world.visitatie,
                               TODAY - timedelta(days=3))
    sent.sent_at = utcnow()
    record_notification(session, directeur, "visitatie_gepland", world.visitatie, TODAY)
    record_notification(session, directeur, "wederhoor_herinnering", world.visitatie,
                        TODAY + timedelta(days=5))  # not due yet
    session.commit()
    page = login(directeur).get("/meldingen/")
    assert page.status_code == 200
    text = page.text
    assert text.index("Er is een visitatie gepland") < text.index("kernstukken zijn teruggestuurd")
    assert f'href="/visitaties/{world.visitatie.id}/kernstukken/"' in text
    assert f'href="/visitaties/{world.visitatie.id}"' in text
    assert "Visitatie Omgevingsdienst Bezocht, " + world.ronde.naam in text
    assert "verstuurd op" in text and "wordt verstuurd" in text
    assert "loopt bijna af" not in text


def test_a_sent_notification_stays_listed(session, login, world, directeur):
    early = record_notification(session, directeur, "kernstukken_teruggestuurd",
                                world.visitatie, TODAY + timedelta(days=2))
    early.sent_at = utcnow()  # a run with a later --today sent it already
    session.commit()
    assert "kernstukken zijn teruggestuurd" in login(directeur).get("/meldingen/").text


def test_only_the_users_own_notifications(session, login, world, directeur, contactpersoon):
    record_notification(session, directeur, "visitatie_gepland", world.visitatie, TODAY)
    session.commit()
    text = login(contactpersoon).get("/meldingen/").text
    assert "U heeft geen meldingen." in text and "visitatie gepland" not in text


def test_notifications_about_plan_matters(session, login, world, directeur):
    make_vastgesteld(session, world.visitatie)
    plan = make_plan(session, world.visitatie)
    actie = make_actie(session, plan)
    record_notification(session, directeur, "verbeterplan_teruggestuurd", plan, TODAY)
    record_notification(session, directeur, "actie_datum_verlopen", actie, TODAY)
    session.commit()
    text = login(directeur).get("/meldingen/").text
    assert "Verbeterplan Omgevingsdienst Bezocht" in text
    assert "Actie ‘Vergunningverlening digitaliseren’" in text
    assert f'href="/verbeterplannen/{plan.id}' in text


def test_paginated_newest_first(session, login, world, directeur):
    for days in range(30):
        record_notification(session, directeur, "visitatie_gepland", world.visitatie,
                            TODAY - timedelta(days=days))
    session.commit()
    client = login(directeur)
    first = client.get("/meldingen/").text
    assert first.count("Er is een visitatie gepland") == 25
    assert "Pagina 1 van 2" in first and 'href="/meldingen/?pagina=2"' in first
    assert TODAY.isoformat() in first
    second = client.get("/meldingen/?pagina=2").text
    assert second.count("Er is een visitatie gepland") == 5
    assert (TODAY - timedelta(days=29)).isoformat() in second
    assert (TODAY - timedelta(days=29)).isoformat() not in first


def test_the_page_does_not_query_per_notification(app, session, login, world, directeur):
    make_vastgesteld(session, world.visitatie)
    plan = make_plan(session, world.visitatie)
    actie = make_actie(session, plan)
    client = login(directeur)

    def add(count: int, offset: int, visitaties) -> int:
        for i in range(count):
            day = TODAY - timedelta(days=offset + i)
            for visitatie in visitaties:
                record_notification(session, directeur, "rapport_vastgesteld", visitatie, day)
            record_notification(session, directeur, "verbeterplan_geaccepteerd", plan, day)
            record_notification(session, directeur, "actie_datum_vandaag", actie, day)
        session.commit()
        with count_queries(app.extensions["database_engine"]) as statements:
            assert client.get("/meldingen/").status_code == 200
        return len(statements)

    assert add(1, 0, [world.visitatie]) == add(5, 10, [world.visitatie, world.other_visitatie])
