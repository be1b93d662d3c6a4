"""monitoring_rows: the numbers per dienst, what is overdue, and sorting (dates relative to today)."""
from datetime import date

import pytest

from tests.clock import month_day
from visitatie.core.dates import local_today
from visitatie.verbeterplannen.monitoring_queries import SORT_KEYS, monitoring_rows


def _by_visitatie(session, world):
    return {r.visitatie_id: r for r in monitoring_rows(session, world.ronde.id, local_today())}


def test_one_row_per_visited_dienst_of_the_ronde(session, world, ronde):
    rows = monitoring_rows(session, world.ronde.id, local_today())
    assert [r.dienst_naam for r in rows] == ["Aa-dienst", "Omgevingsdienst Bezocht",
                                             world.other_dienst.naam, "Zz-dienst"]


def test_counts_and_shares_per_status(session, world, ronde):
    row = _by_visitatie(session, world)[ronde.uitvoering.id]
    assert (row.plan_state, row.visitatie_state, row.acties) == ("in_uitvoering", "vastgesteld", 5)
    assert row.per_status == {"gepland": 2, "loopt": 1, "vertraagd": 0, "gerealiseerd": 1,
                              "gestopt": 1}
    assert [row.share(s) for s in row.per_status] == [40, 20, 0, 20, 20]


def test_overdue_acties_and_reports(session, world, ronde):
    rows = _by_visitatie(session, world)
    uitvoering, rapporteert = rows[ronde.uitvoering.id], rows[ronde.rapporteert.id]
    assert uitvoering.acties_te_laat == 2            # A and C; D is done, E stopped
    assert uitvoering.rapportages_te_laat == 1       # period 1 was due two months ago
    assert uitvoering.dagen_sinds_rapportage is None
    assert rapporteert.rapportages_te_laat == 1      # period 2 (due two months ago) is a concept
    assert rapporteert.dagen_sinds_rapportage == (local_today() - month_day(-8, 5)).days
    assert rapporteert.acties_te_laat == 0


def test_plan_due_date_and_overdue(session, world, ronde):
    rows = _by_visitatie(session, world)
    concept = rows[ronde.concept.id]
    assert (concept.plan_due_on, concept.plan_te_laat) == (month_day(-1), True)
    assert concept.acties == 0 and concept.share("gepland") is None
    assert concept.rapportages_te_laat is None       # a concept plan does not report yet
    published = rows[ronde.uitvoering.id]
    assert published.plan_due_on == date(2025, 11, 1) and not published.plan_te_laat


def test_plan_not_overdue_before_its_date(session, world, ronde):
    rows = {r.visitatie_id: r for r in monitoring_rows(session, world.ronde.id, month_day(-1))}
    assert rows[ronde.concept.id].plan_te_laat is False


def test_dienst_without_plan(session, world, ronde):
    row = _by_visitatie(session, world)[ronde.zonder_plan.id]
    assert (row.plan_id, row.plan_state, row.acties, row.acties_te_laat) == (None, None, 0, 0)
    assert row.rapportages_te_laat is None and row.plan_due_on is None


@pytest.mark.parametrize("sort,descending,expected", [
    ("dienst", True, ["Zz", "other", "Omgevingsdienst", "Aa"]),
    ("acties_te_laat", True, ["Omgevingsdienst", "Aa", "other", "Zz"]),
    ("acties", False, ["Aa", "other", "Zz", "Omgevingsdienst"]),
    ("plan", False, ["Aa", "Zz", "Omgevingsdienst", "other"]),         # no plan last
    ("plan", True, ["Omgevingsdienst", "Zz", "Aa", "other"]),          # still last
    ("dagen_sinds_rapportage", False, ["Zz", "Aa", "Omgevingsdienst", "other"]),
    ("plan_termijn", False, ["Omgevingsdienst", "Zz", "Aa", "other"]),
    ("gepland", True, ["Omgevingsdienst", "Zz", "Aa", "other"]),
    ("vertraagd", True, ["Zz", "Omgevingsdienst", "Aa", "other"]),
    ("rapportages_te_laat", True, ["Omgevingsdienst", "Zz", "Aa", "other"]),
    ("onzin", False, ["Aa", "Omgevingsdienst", "other", "Zz"]),       # default: by name
])
def test_sorting(session, world, ronde, sort, descending, expected):
    rows = monitoring_rows(session, world.ronde.id, local_today(), sort, descending)
    short = {"Aa-dienst": "Aa", "Zz-dienst": "Zz", "Omgevingsdienst Bezocht": "Omgevingsdienst",
             world.other_dienst.naam: "other"}
    assert [short[r.dienst_naam] for r in rows] == expected


def test_every_column_sorts(session, world, ronde):
    for sort in SORT_KEYS:
        for descending in (False, True):
            rows = monitoring_rows(session, world.ronde.id, local_today(), sort, descending)
            assert len(rows) == 4
