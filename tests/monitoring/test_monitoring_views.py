"""The monitoring page and its exports: who may see them, sorting links, the files."""
import csv
import io
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from tests.clock import month_day
from tests.factories import make_dienst, make_visitatie
from tests.query_counter import count_queries
from tests.voortgang.factories import at_noon, make_actie, make_plan, make_report
from visitatie.core.dates import local_today

FORBIDDEN = ("voorzitter", "commissielid", "secretaris", "directeur", "contactpersoon",
             "klankbord", "directeur_elders")
URLS = ("/monitoring/", "/monitoring/export.xlsx", "/monitoring/export.csv")
HEADERS = ["Omgevingsdienst", "Fase visitatie", "Fase verbeterplan", "Aantal acties",
           "Gepland (aantal)", "Gepland (%)", "Loopt (aantal)", "Loopt (%)",
           "Vertraagd (aantal)", "Vertraagd (%)", "Gerealiseerd (aantal)", "Gerealiseerd (%)",
           "Gestopt (aantal)", "Gestopt (%)", "Acties te laat", "Voortgangsrapportages te laat",
           "Dagen sinds laatste voortgangsrapportage", "Termijn verbeterplan",
           "Verbeterplan te laat"]


@pytest.mark.parametrize("key", FORBIDDEN)
def test_only_odnl_may_look(login, world, key):
    client = login(world.users[key])
    for url in URLS:
        assert client.get(url).status_code == 403, url


def test_anonymous_is_sent_to_login(client):
    response = client.get("/monitoring/")
    assert response.status_code == 302 and "/inloggen" in response.location


@pytest.mark.parametrize("key", ["beheerder", "bestuur"])
def test_page_shows_every_dienst_with_numbers(login, world, ronde, key):
    response = login(world.users[key]).get(f"/monitoring/?ronde={world.ronde.id}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    for naam in ("Aa-dienst", "Omgevingsdienst Bezocht", world.other_dienst.naam, "Zz-dienst"):
        assert naam in page
    assert "geen plan" in page and "In uitvoering" in page
    assert '40% <span class="muted">(2)</span>' in page  # readable without colour


def test_default_ronde_is_the_newest_with_a_plan(login, world, ronde, beheerder):
    page = login(beheerder).get("/monitoring/").get_data(as_text=True)
    # The ronde made for the other visitatie of Zz-dienst is newer and has a plan too.
    assert "Zz-dienst" in page and "Aa-dienst" not in page


def test_sort_links_and_aria_sort(login, world, ronde, beheerder):
    client = login(beheerder)
    page = client.get(f"/monitoring/?ronde={world.ronde.id}").get_data(as_text=True)
    assert page.count("aria-sort=") == 1 and 'aria-sort="ascending"' in page
    link = f"/monitoring/?ronde={world.ronde.id}&amp;sort=acties_te_laat&amp;richting=asc"
    assert link in page
    page = client.get(f"/monitoring/?ronde={world.ronde.id}&sort=acties_te_laat&richting=desc"
                      ).get_data(as_text=True)
    header = page[page.index('aria-sort="descending"'):]
    assert header.index("Acties te laat") < header.index("</th>")
    assert "sort=acties_te_laat&amp;richting=asc" in page  # the active column toggles
    assert page.index("Omgevingsdienst Bezocht") < page.index("Zz-dienst")


def test_unknown_sort_falls_back_to_the_name(login, world, ronde, beheerder):
    response = login(beheerder).get(f"/monitoring/?ronde={world.ronde.id}&sort=x&richting=y")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.index("Aa-dienst") < page.index("Zz-dienst")


def test_csv_export(login, world, ronde, beheerder):
    response = login(beheerder).get(
        f"/monitoring/export.csv?ronde={world.ronde.id}&sort=acties_te_laat&richting=desc")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == HEADERS
    assert rows[1][:6] == ["Omgevingsdienst Bezocht", "Vastgesteld", "In uitvoering", "5", "2",
                           "40"]
    assert rows[1][14:] == ["2", "1", "", "2025-11-01", "nee"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Aa-dienst"][17:] == [month_day(-1).isoformat(), "ja"]
    assert by_name[world.other_dienst.naam][2] == "geen plan"
    assert len(rows) == 5


def test_xlsx_export(login, world, ronde, beheerder):
    response = login(beheerder).get(f"/monitoring/export.xlsx?ronde={world.ronde.id}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert "filename=monitoring-verbeterplannen-ronde-" in response.headers["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.data)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == HEADERS
    assert [r[0] for r in rows[1:]] == ["Aa-dienst", "Omgevingsdienst Bezocht",
                                        world.other_dienst.naam, "Zz-dienst"]
    bezocht = rows[2]
    assert bezocht[3:6] == [5, 2, 40] and bezocht[14] == 2
    assert bezocht[17].date() == date(2025, 11, 1)
    assert rows[4][16] == (local_today() - month_day(-8, 5)).days  # Zz-dienst, days since report


def _grow(session, world, n: int) -> None:
    """Add `n` diensten with a published plan, acties and reports to the world's ronde."""
    published = local_today() - timedelta(days=400)
    for i in range(n):
        visitatie = make_visitatie(session, world.ronde, make_dienst(session))
        plan = make_plan(session, visitatie, published_on=published)
        acties = [make_actie(session, plan, f"Actie {j}", status, published + timedelta(days=j))
                  for j, status in enumerate(("gepland", "loopt", "vertraagd", "gestopt"))]
        make_report(session, plan, 1, published + timedelta(days=180),
                    at_noon(published + timedelta(days=170)),
                    lines={a: ("loopt", "x") for a in acties[:2]})
    session.commit()


def _queries_for(app, session, client, url) -> int:
    session.remove()  # a fresh session, as a real request gets
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get(url).status_code == 200
    return len(statements)


@pytest.mark.parametrize("url", ["/monitoring/?ronde={ronde}&sort=plan", "/monitoring/",
                                 "/monitoring/export.xlsx?ronde={ronde}",
                                 "/monitoring/export.csv?ronde={ronde}"])
def test_query_count_is_flat(app, session, login, world, beheerder, url):
    url = url.format(ronde=world.ronde.id)
    client = login(beheerder)
    small = _queries_for(app, session, client, url)
    _grow(session, world, 12)
    large = _queries_for(app, session, client, url)
    assert large <= small, f"{url}: {small} statements before, {large} after growing"
