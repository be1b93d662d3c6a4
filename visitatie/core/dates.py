"""The one clock of the application, and date arithmetic for deadlines.

Every "now" and "today" in the application comes from `utcnow()` or `local_today()`: stored
timestamps are UTC, calendar dates (deadlines, periods, overdue flags) are Dutch dates. The
tests move this clock as a whole (`TEST_TODAY=YYYY-MM-DD make test`, see tests/clock.py), so a
date computation that reads the system clock some other way is a bug.
"""
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

NL = ZoneInfo("Europe/Amsterdam")


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(timezone.utc)


def local_today() -> date:
    """Return today's date in the Netherlands, whatever the server's time zone."""
    return utcnow().astimezone(NL).date()


def add_working_days(start: date, days: int) -> date:
    """Return the date `days` working days (Monday to Friday) after `start`."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def subtract_working_days(end: date, days: int) -> date:
    """Return the date `days` working days before `end`."""
    current = end
    while days > 0:
        current -= timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current
