"""Reporting periods: every interval months after the plan's publication date."""
from datetime import date, datetime, timezone

import pytest

from visitatie.verbeterplannen.voortgang_periods import (
    Period, add_months, first_unsubmitted, local_date, open_periods, period, periods_due_before,
)

PUBLISHED = date(2026, 1, 15)


@pytest.mark.parametrize("day,months,expected", [
    (date(2026, 1, 15), 6, date(2026, 7, 15)),
    (date(2026, 8, 31), 6, date(2027, 2, 28)),   # clamped to the end of February
    (date(2027, 8, 31), 6, date(2028, 2, 29)),   # leap year
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 12, 1), 1, date(2027, 1, 1)),
    (date(2026, 1, 31), 24, date(2028, 1, 31)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_periods_count_from_publication_without_drift():
    # Period 2 is 12 months after 31 August, not 6 months after 28 February.
    assert period(date(2026, 8, 31), 6, 1) == Period(1, date(2026, 8, 31), date(2027, 2, 28))
    assert period(date(2026, 8, 31), 6, 2) == Period(2, date(2027, 2, 28), date(2027, 8, 31))


def test_period_due_dates_follow_the_interval():
    assert [period(PUBLISHED, 6, n).due_on for n in (1, 2, 3)] == [
        date(2026, 7, 15), date(2027, 1, 15), date(2027, 7, 15)]
    assert period(PUBLISHED, 4, 2) == Period(2, date(2026, 5, 15), date(2026, 9, 15))


def test_overdue_and_open_for_writing():
    first = period(PUBLISHED, 6, 1)
    assert not first.is_overdue(date(2026, 7, 15)) and first.is_overdue(date(2026, 7, 16))
    second = period(PUBLISHED, 6, 2)
    assert not second.is_open_for_writing(date(2026, 7, 14))
    assert second.is_open_for_writing(date(2026, 7, 15))


@pytest.mark.parametrize("today,expected", [
    (date(2026, 1, 15), 0), (date(2026, 7, 15), 0), (date(2026, 7, 16), 1),
    (date(2027, 1, 16), 2), (date(2027, 7, 16), 3),
])
def test_periods_due_before(today, expected):
    assert periods_due_before(PUBLISHED, 6, today) == expected


def test_first_unsubmitted():
    assert first_unsubmitted(set()) == 1
    assert first_unsubmitted({1, 2}) == 3
    assert first_unsubmitted({2}) == 1


def test_open_periods_are_the_unsubmitted_up_to_the_next_one_due():
    numbers = [p.periode for p in open_periods(PUBLISHED, 6, set(), date(2027, 2, 1))]
    assert numbers == [1, 2, 3]
    assert [p.periode for p in open_periods(PUBLISHED, 6, {1, 2}, date(2027, 2, 1))] == [3]
    assert [p.periode for p in open_periods(PUBLISHED, 6, {1}, date(2026, 3, 1))] == [2]
    # A due date of today still counts as "not yet due".
    assert [p.periode for p in open_periods(PUBLISHED, 6, set(), date(2026, 7, 15))] == [1]


def test_local_date_uses_dutch_time():
    assert local_date(datetime(2026, 1, 14, 23, 30, tzinfo=timezone.utc)) == date(2026, 1, 15)
    assert local_date(datetime(2026, 1, 14, 22, 30)) == date(2026, 1, 14)  # naive is UTC
