"""Date arithmetic for deadlines, and what day it is in the Netherlands."""
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

NL = ZoneInfo("Europe/Amsterdam")


def local_today() -> date:
    """Return today's date in the Netherlands, whatever the server's time zone."""
    return datetime.now(NL).date()


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
