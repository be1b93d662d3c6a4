"""Print the SQL statement count and server time of key pages on a demo data set.

Usage: .venv/bin/python bench/page_queries.py [--scale N] [--repeat R]
Builds a throwaway SQLite database (or DATABASE_URL if set) with `flask db upgrade`,
`flask seed` and `flask demo --scale N`, then requests each page as the right demo user.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, func, select  # noqa: E402

from bench.key_pages import KEY_PAGES, url_values  # noqa: E402
from visitatie import create_app  # noqa: E402
from visitatie.extensions import db  # noqa: E402
from visitatie.reference.demo import DEMO_PASSWORD, email_for  # noqa: E402
from visitatie.visitaties.models import Visitatie  # noqa: E402

def build_app(scale: int):
    url = os.environ.get("DATABASE_URL") or \
        f"sqlite:///{tempfile.mkdtemp(prefix='visitatie-bench-')}/bench.sqlite"
    app = create_app({"DATABASE_URL": url, "ARGON2_PROFILE": "test", "REDIS_URL": "",
                      "UPLOAD_FOLDER": tempfile.mkdtemp(prefix="visitatie-bench-uploads-"),
                      "WTF_CSRF_ENABLED": False, "SECRET_KEY": "bench"})
    runner = app.test_cli_runner()
    for args in (["db", "upgrade"], ["seed"], ["demo", "--scale", str(scale), "--geen-pdf"]):
        result = runner.invoke(args=args)
        assert result.exit_code == 0, result.output
    return app


def measure(app, key, url, repeat):
    client = app.test_client()
    if key:
        client.post("/inloggen", data={"email": email_for(key), "wachtwoord": DEMO_PASSWORD})
    statements, timings = [], []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", listener)
    try:
        for _ in range(repeat):
            statements.clear()
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    timings.sort()
    return len(statements), statistics.median(timings), timings[int(len(timings) * .95) - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--write", metavar="MARKDOWN",
                        help="run scale 1 and 10 and write the table to this file")
    args = parser.parse_args()
    if args.write:
        write_report(args.write, args.repeat)
        return
    results, header = run(args.scale, args.repeat)
    print(header)
    print(f"{'page':<32} {'SQL':>4} {'median ms':>10} {'p95 ms':>8}")
    for name, n, median, p95 in results:
        print(f"{name:<32} {n:>4} {median:>10.1f} {p95:>8.1f}")


def run(scale: int, repeat: int):
    """Return ([(page, statements, median ms, p95 ms)], a header line) for one scale."""
    app = build_app(scale)
    with app.app_context():
        values = url_values(db.session)
        counts = db.session.scalar(select(func.count(Visitatie.id)))
    header = f"scale {scale}: {counts} visitaties; {repeat} requests per page"
    results = []
    for key, name, url in KEY_PAGES:
        n, median, p95 = measure(app, key, url.format(**values), repeat)
        results.append((name, n, median, p95))
    return results, header


def write_report(path: str, repeat: int) -> None:
    """Run scale 1 and 10 side by side and write the Markdown table with machine and date."""
    lines, _large = report_lines(repeat)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("\n".join(lines))
    print("\n".join(lines))


def report_lines(repeat: int):
    """Return (Markdown lines of scale 1 beside scale 10, the scale-10 results)."""
    small, small_header = run(1, repeat)
    large, large_header = run(10, repeat)
    lines = [
        f"In-process test client on SQLite. {small_header}; {large_header}.",
        "",
        "| page | SQL at scale 1 | SQL at scale 10 | median ms (1) | p95 ms (1) "
        "| median ms (10) | p95 ms (10) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for (name, n1, m1, p1), (_n, n10, m10, p10) in zip(small, large):
        lines.append(f"| {name} | {n1} | {n10} | {m1:.1f} | {p1:.1f} | {m10:.1f} | {p10:.1f} |")
    lines += ["", "Statement counts include the transaction's BEGIN on SQLite. They must not grow",
              "with the data: `tests/performance/test_key_page_budgets.py` fails when a key page's",
              "count grows between demo scales or exceeds 15.", ""]
    return lines, large


if __name__ == "__main__":
    main()
