"""The plan page: header, per aanbeveling its acties or motivation, all acties, timeline."""
from datetime import date, timedelta

import pytest

from tests.query_counter import count_queries
from tests.verbeterplannen import factories as f
from visitatie.verbeterplannen import page
from visitatie.bevindingen.models import Bevinding
from visitatie.core.dates import local_today


def test_header_shows_dienst_ronde_state_and_due_date(session, login, world, plan, directeur):
    text = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    assert f"<h1>Verbeterplan <span class=\"subtitle\">{world.dienst.naam}, " \
           f"{world.ronde.naam}</span></h1>" in text
    assert '<span class="badge badge--plan badge--plan-concept">Concept</span>' in text
    assert "20 mei 2026" in text
    assert "elke 6 maanden" in text


def test_per_aanbeveling_its_acties_or_motivation(session, login, plan, aanbevelingen,
                                                  directeur):
    later = local_today().year + 2  # planned, not overdue, on any day the suite runs
    f.make_actie(session, plan, aanbevelingen[:1], titel="Opleidingsplan",
                 planned_on=date(later, 3, 31))
    f.make_actie(session, plan, aanbevelingen[:2], titel="Dashboard sturing",
                 planned_on=date(later, 6, 30))
    f.decline(session, plan, aanbevelingen[2], "Bewuste keuze van het AB.")
    text = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    first = text[text.index('id="aanbeveling-1"'):text.index('id="aanbeveling-2"')]
    second = text[text.index('id="aanbeveling-2"'):text.index('id="aanbeveling-3"')]
    third = text[text.index('id="aanbeveling-3"'):text.index('id="acties-kop"')]
    assert "Opleidingsplan" in first and "Dashboard sturing" in first
    assert "Opleidingsplan" not in second and "Dashboard sturing" in second
    assert f"Gepland</span>, <span class=\"muted\">gepland 31 mrt {later}" in first
    assert "Niet overgenomen." in third and "Bewuste keuze van het AB." in third
    assert "aanbeveling--open" not in text


def test_uncovered_aanbevelingen_are_highlighted(session, login, plan, aanbevelingen,
                                                 directeur):
    f.make_actie(session, plan, aanbevelingen[1:2])
    text = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    assert 'class="aanbeveling aanbeveling--open" id="aanbeveling-1"' in text
    assert 'class="aanbeveling " id="aanbeveling-2"' in text
    assert 'class="aanbeveling aanbeveling--open" id="aanbeveling-3"' in text
    assert ("Aanbeveling 1 en 3 hebben nog geen actie en ook geen motivering waarom ze niet "
            "worden overgenomen.") in text


def test_all_acties_table_and_overdue(session, login, plan, aanbevelingen, directeur):
    f.make_actie(session, plan, aanbevelingen, titel="Te laat",
                 planned_on=local_today() - timedelta(days=1), eigenaar_naam="P. Bakker")
    text = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    table = text[text.index('id="acties-kop"'):text.index('id="tijdlijn-kop"')]
    assert "<td>1, 2, 3</td>" in table and "P. Bakker" in table
    assert '<tr class="is-overdue">' in table and "te laat</strong>" in table


def test_sections_come_from_the_providers(session, plan, beheerder, request_context):
    assert all(callable(p) for p in page.PLAN_SECTION_PROVIDERS)
    context = page.plan_page_context(session, beheerder, plan)
    for key in ("transitions", "rows", "acties", "overdue_ids", "events", "plan_state_label"):
        assert key in context


def test_a_provider_added_later_reaches_the_page(session, plan, directeur, monkeypatch,
                                                 request_context):
    monkeypatch.setattr(page, "PLAN_SECTION_PROVIDERS", page.PLAN_SECTION_PROVIDERS + (
        lambda session, user, plan: {"extra": 1},))
    assert page.plan_page_context(session, directeur, plan)["extra"] == 1


def _grow(session, world, plan, start: int, n: int) -> None:
    for nummer in range(start, start + n):
        bevinding = Bevinding(visitatie_id=world.visitatie.id, type="aanbeveling", nummer=nummer,
                              tekst=f"Aanbeveling {nummer}.")
        session.add(bevinding)
        session.flush()
        f.make_actie(session, plan, [bevinding], titel=f"Actie {nummer}")
        f.make_actie(session, plan, [bevinding], titel=f"Tweede actie {nummer}", status="loopt")


def _queries(app, session, client, url) -> int:
    session.remove()
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get(url).status_code == 200
    return len(statements)


@pytest.mark.parametrize("key", ["directeur", "beheerder"])
def test_plan_page_query_count_is_flat(app, session, login, world, plan, aanbevelingen, key):
    _grow(session, world, plan, 4, 2)
    session.commit()
    client = login(world.users[key])
    url = f"/verbeterplannen/{plan.id}"
    small = _queries(app, session, client, url)
    _grow(session, world, plan, 10, 12)
    session.commit()
    assert _queries(app, session, client, url) <= small
