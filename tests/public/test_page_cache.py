"""The public overview's table is cached per content stamp: reused while nothing public
changes, rendered anew as soon as something does (publication, follow-up, visit dates)."""
import pytest

from tests.public.factories import (
    publish_plan_via_web, publish_report_via_web, ready_to_publish,
)
from tests.query_counter import count_queries
from visitatie.public.page_cache import FragmentCache, RenderedPart


@pytest.fixture()
def cache_on(app):
    app.config["PUBLIC_PAGE_CACHE"] = True
    app.extensions.pop("public_overview_cache", None)
    yield
    app.config["PUBLIC_PAGE_CACHE"] = False
    app.extensions.pop("public_overview_cache", None)


def _statements(app, session, client, url="/openbaar") -> tuple[int, str]:
    session.remove()
    with count_queries(app.extensions["database_engine"]) as statements:
        response = client.get(url)
    assert response.status_code == 200
    return len(statements), response.get_data(as_text=True)


def test_a_repeated_visit_reuses_the_table_and_runs_one_statement(app, client, session, world,
                                                                   cache_on):
    first, page = _statements(app, session, client)
    again, same = _statements(app, session, client)
    assert again < first and again <= 2          # the stamp (and SQLite's BEGIN)
    assert world.dienst.naam in same and same.count("<table") == page.count("<table")


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
    assert len(app.extensions["public_overview_cache"]) == 2


def test_the_cache_forgets_the_least_recently_used_part():
    cache = FragmentCache(max_entries=2)
    for key in "abc":
        cache.get_or_render(key, lambda k=key: RenderedPart(k, (), False, 0))
    assert len(cache) == 2
    assert cache.get_or_render("a", lambda: RenderedPart("new", (), False, 0)).html == "new"
