"""The tests' clock: the whole suite runs at noon (Europe/Amsterdam) of one day.

That day is `TEST_TODAY` (YYYY-MM-DD) when set, else the real date. The clock is moved with
time-machine for the whole process (the live server's thread and the RQ jobs included) and
keeps ticking from noon, so durations still pass. Fixtures build their dates relative to
`local_today()`, never as fixed calendar dates, so the suite passes on any day:
`TEST_TODAY=2028-02-29 make test`.
"""
import os
from datetime import date, datetime, time, timedelta

import pytest
import time_machine

from visitatie.core.dates import NL, local_today


def suite_today() -> date:
    """Return the day the suite runs on: TEST_TODAY, else today's Dutch date."""
    value = os.environ.get("TEST_TODAY", "").strip()
    if not value:
        return local_today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise pytest.UsageError(f"TEST_TODAY={value!r} is not a date (YYYY-MM-DD)") from None


def start_clock(day: date) -> time_machine.travel:
    """Move the process's clock to noon of `day` in the Netherlands and let it tick."""
    traveller = time_machine.travel(datetime.combine(day, time(12), tzinfo=NL), tick=True)
    traveller.start()
    return traveller


def days_from_today(days: int) -> date:
    """Return the date `days` days after (negative: before) the suite's today."""
    return local_today() + timedelta(days=days)


def month_day(months: int, day: int = 1) -> date:
    """Return day `day` of the month `months` months after (negative: before) this month.

    With `months` not 0 the date lies wholly before or after today, whatever day of the month
    the suite runs on; `day` is capped at 28 so that every month has it.
    """
    today = local_today()
    index = today.year * 12 + today.month - 1 + months
    return date(index // 12, index % 12 + 1, min(day, 28))


def visit_days(weeks: int) -> tuple[date, date]:
    """Return a Tuesday and Wednesday about `weeks` weeks after today (two visit days)."""
    start = local_today() + timedelta(weeks=weeks)
    tuesday = start + timedelta(days=(1 - start.weekday()) % 7)
    return tuesday, tuesday + timedelta(days=1)


def follow_clock(now: str) -> time_machine.travel:
    """In a child process the suite starts: move its clock to the parent's `now` (ISO) too."""
    traveller = time_machine.travel(datetime.fromisoformat(now), tick=True)
    traveller.start()
    return traveller
