"""Date arithmetic for deadlines."""
from datetime import date, timedelta


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
