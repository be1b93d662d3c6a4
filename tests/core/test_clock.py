"""One clock: the application reads the time only through core.dates, which the tests move."""
import ast
from datetime import date, datetime, timezone
from pathlib import Path

import time_machine

from visitatie.core.dates import NL, local_today, utcnow

ROOT = Path(__file__).resolve().parents[2]
CLOCK_MODULE = ROOT / "visitatie" / "core" / "dates.py"
SYSTEM_CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
                      ("date", "today"), ("time", "time"), ("time", "localtime")}


def _clock_calls(path: Path) -> list[str]:
    calls = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id, node.func.attr) in SYSTEM_CLOCK_CALLS):
            calls.append(f"{path.relative_to(ROOT)}:{node.lineno} "
                         f"{node.func.value.id}.{node.func.attr}()")
    return calls


def test_only_core_dates_reads_the_system_clock():
    sources = [p for folder in ("visitatie", "workflows", "forms")
               for p in sorted((ROOT / folder).rglob("*.py")) if p != CLOCK_MODULE]
    offenders = [call for path in sources for call in _clock_calls(path)]
    assert offenders == []
    assert _clock_calls(CLOCK_MODULE)  # the one place that does


def test_the_suite_runs_on_its_day_at_noon_in_the_netherlands(pytestconfig):
    assert local_today() == pytestconfig._visitatie_today
    assert utcnow().astimezone(NL).hour in (12, 13)  # ticking from noon
    assert utcnow().tzinfo is timezone.utc


def test_today_is_the_dutch_date_around_midnight():
    with time_machine.travel(datetime(2028, 3, 25, 23, 30, tzinfo=timezone.utc), tick=False):
        assert local_today() == date(2028, 3, 26)   # 00:30 in Amsterdam (CET)
    with time_machine.travel(datetime(2028, 3, 26, 22, 30, tzinfo=timezone.utc), tick=False):
        assert local_today() == date(2028, 3, 27)   # 00:30 in Amsterdam (CEST since 02:00)
    with time_machine.travel(datetime(2028, 10, 28, 21, 59, tzinfo=timezone.utc), tick=False):
        assert local_today() == date(2028, 10, 28)  # 23:59 in Amsterdam (still CEST)
