"""The reporting periods of a published verbeterplan: pure date arithmetic.

Period n is due `interval` × n months after the plan's publication date; it starts on the
due date of period n - 1 (period 1 on the publication date).
"""
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

LOCAL_TIME = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Period:
    periode: int
    starts_on: date
    due_on: date

    def is_overdue(self, today: date) -> bool:
        """Return whether the period's due date has passed."""
        return today > self.due_on

    def is_open_for_writing(self, today: date) -> bool:
        """Return whether its report may be written: the period has started."""
        return today >= self.starts_on


def add_months(day: date, months: int) -> date:
    """Return `day` moved `months` calendar months on, clamped to the end of the month."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def local_date(moment: datetime) -> date:
    """Return the Dutch calendar date of a stored moment (naive moments are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(LOCAL_TIME).date()


def period(published: date, interval: int, periode: int) -> Period:
    """Return period `periode` (1, 2, ...) of a plan published on `published`."""
    return Period(periode, add_months(published, interval * (periode - 1)),
                  add_months(published, interval * periode))


def periods_due_before(published: date, interval: int, today: date) -> int:
    """Return how many periods have a due date before `today`."""
    count = 0
    while add_months(published, interval * (count + 1)) < today:
        count += 1
    return count


def first_unsubmitted(submitted: set[int]) -> int:
    """Return the lowest period number without a submitted report."""
    periode = 1
    while periode in submitted:
        periode += 1
    return periode


def open_periods(published: date, interval: int, submitted: set[int],
                 today: date) -> list[Period]:
    """Return the unsubmitted periods up to and including the first one not yet due."""
    found, periode = [], first_unsubmitted(submitted)
    while True:
        current = period(published, interval, periode)
        if periode not in submitted:
            found.append(current)
        if current.due_on >= today:
            return found
        periode += 1
