"""The public overview is cached as a whole page per content stamp: reused while nothing
public changes, rendered anew as soon as something does (publication, follow-up, visit dates);
each visitor still gets a CSRF token of their own, and signed-in people a page of their own."""
import re

import pytest

from tests.public.factories import (
    publish_plan_via_web, publish_report_via_web, ready_to_publish,
)
from tests.query_counter import count_queries
from visitatie.public.page_cache import LruCache, StampReader

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture()
def cache_on(app):
    """The cache as in production, but the stamp read on every request (max age 0)."""
    app.config.update(PUBLIC_PAGE_CACHE=True, PUBLIC_STAMP_MAX_AGE=0)
    _forget(app)
    yield
    app.config.update(PUBLIC_PAGE_CACHE=False, PUBLIC_STAMP_MAX_AGE=1)
    _forget(app)


def _forget(app):
    app.extensions.pop("public_page_cache", None)
    app.extensions.pop("public_stamp_reader", None)


def _statements(app, session, client, url="/openbaar") -> tuple[int, str]:
    session.remove()
    with count_queries(app.extensions["database_engine"]) as statements:
        response = client.get(url)
    assert response.status_code == 200
    return len(statements), response.get_data(as_text=True)


def test_a_repeated_visit_reuses_the_page_and_runs_one_statement(app, client, session, world,
                                                                  cache_on):
    first, page = _statements(app, session, client)
    again, same = _statements(app, session, client)
    assert again < first and again <= 2          # the stamp (and SQLite's BEGIN)
    assert world.dienst.naam in same
    assert TOKEN.sub("", same) == TOKEN.sub("", page)


def test_within_the_stamps_max_age_a_visit_runs_no_statement(app, client, session, world,
                                                             cache_on):
    app.config["PUBLIC_STAMP_MAX_AGE"] = 60
    _statements(app, session, client)
    again, page = _statements(app, session, client)
    assert again == 0 and world.dienst.naam in page


def test_every_visitor_gets_a_csrf_token_of_their_own_that_works(app, session, world, cache_on,
                                                                csrf_enabled):
    first, second = app.test_client(), app.test_client()
    tokens = [_token_on_the_page(client) for client in (first, second)]
    assert tokens[0] != tokens[1] and "placeholder" not in "".join(tokens)
    switched = first.post("/taal", data={"taal": "en", "next": "/openbaar",
                                         "csrf_token": tokens[0]})
    assert switched.status_code == 302
    assert "Visitations of the environmental services" in first.get("/openbaar").text
    refused = second.post("/taal", data={"taal": "en", "next": "/openbaar",
                                         "csrf_token": tokens[0]})
    assert refused.status_code == 400


def _token_on_the_page(client) -> str:
    return TOKEN.search(client.get("/openbaar").text).group(1)


def test_a_waiting_message_and_a_signed_in_menu_are_never_cached(app, client, session, login,
                                                                 world, cache_on):
    client.get("/openbaar")
    browser = login(world.users["directeur"])
    assert "Uitloggen" in browser.get("/openbaar").text
    browser.post("/uitloggen")
    after_logout = browser.get("/openbaar").text
    assert "U bent uitgelogd." in after_logout and "Uitloggen" not in after_logout
    anonymous = app.test_client().get("/openbaar").text
    assert "U bent uitgelogd." not in anonymous and "Uitloggen" not in anonymous


def test_publishing_shows_at_once_despite_the_cache(app, client, session, login, world,
                                                    cache_on):
    _versie, aanbevelingen = ready_to_publish(session, world.visitatie)
    assert "Visitatierapport (PDF)" not in client.get("/openbaar").text
    publish_report_via_web(login(world.users["directeur"]), world.visitatie)
    anonymous = app.test_client()
    assert "Gepubliceerd op" in anonymous.get("/openbaar").text


def test_follow_up_changes_show_at_once(app, session, login, world, cache_on):
    _versie, aanbevelingen = ready_to_publish(session, world.visitatie)
    browser = login(world.users["directeur"])
    publish_report_via_web(browser, world.visitatie)
    plan = publish_plan_via_web(session, browser, world.visitatie, aanbevelingen)
    anonymous = app.test_client()
    assert "gerealiseerd" not in anonymous.get("/openbaar").text.split("public-overzicht", 1)[1]
    plan.acties[0].status = "gerealiseerd"
    session.commit()
    assert "gerealiseerd" in anonymous.get("/openbaar").text.split("public-overzicht", 1)[1]


def test_filters_and_languages_have_their_own_entries(app, client, session, world, cache_on):
    client.get("/openbaar")
    client.get(f"/openbaar?q={world.dienst.naam[:8]}")
    assert len(app.extensions["public_page_cache"]) == 2


def test_the_cache_forgets_the_least_recently_used_page():
    cache = LruCache(max_entries=2)
    for key in "abc":
        cache.get_or_make(key, lambda k=key: k)
    assert len(cache) == 2
    assert cache.get_or_make("a", lambda: "new") == "new"
    assert cache.get_or_make("c", lambda: "newer") == "c"


def test_the_stamp_is_read_again_once_it_is_older_than_its_max_age():
    now, reads = [100.0], []
    reader = StampReader(lambda: reads.append(now[0]) or len(reads), clock=lambda: now[0])
    assert reader.current(1) == 1
    now[0] += 0.5
    assert reader.current(1) == 1            # trusted for a second
    now[0] += 0.5
    assert reader.current(1) == 2            # then read again
    assert reads == [100.0, 101.0]
