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

from visitatie import create_app  # noqa: E402
from visitatie.extensions import db  # noqa: E402
from visitatie.reference.demo import DEMO_PASSWORD, email_for  # noqa: E402
from visitatie.rondes.models import Ronde  # noqa: E402
from visitatie.verbeterplannen.models import Verbeterplan  # noqa: E402
from visitatie.visitaties.models import Visitatie  # noqa: E402

PAGES = [
    ("beheerder", "werkruimte (beheerder)", "/werkruimte?ronde={ronde}"),
    ("secretaris", "werkruimte (secretaris)", "/werkruimte"),
    ("secretaris", "dashboard (secretaris)", "/dashboard/?ronde={ronde}"),
    ("beheerder", "dashboard (beheerder)", "/dashboard/?ronde={ronde}"),
    ("secretaris", "visitatie page (secretaris)", "/visitaties/{visitatie}"),
    ("directeur", "visitatie page (directeur)", "/visitaties/{visitatie}"),
    ("beheerder", "users", "/beheer/gebruikers/"),
    ("beheerder", "monitoring (ronde 2)", "/monitoring/?ronde={ronde}"),
    ("beheerder", "verbeterplan page (beheerder)", "/verbeterplannen/{plan}"),
    (None, "public start", "/openbaar"),
]


def build_app(scale: int):
    url = os.environ.get("DATABASE_URL") or \
        f"sqlite:///{tempfile.mkdtemp(prefix='visitatie-bench-')}/bench.sqlite"
    app = create_app({"DATABASE_URL": url, "ARGON2_PROFILE": "test", "REDIS_URL": "",
                      "UPLOAD_FOLDER": tempfile.mkdtemp(prefix="visitatie-bench-uploads-"),
                      "WTF_CSRF_ENABLED": False, "SECRET_KEY": "bench"})
    runner = app.test_cli_runner()
    for args in (["db", "upgrade"], ["seed"], ["demo", "--scale", str(scale)]):
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
    args = parser.parse_args()
    app = build_app(args.scale)
    with app.app_context():
        ronde = db.session.scalars(select(Ronde).where(Ronde.nummer == 2)).one()
        visitatie = db.session.scalars(select(Visitatie).where(
            Visitatie.ronde_id == ronde.id, Visitatie.state == "concept_rapport")).first()
        counts = db.session.scalar(select(func.count(Visitatie.id)))
        plan = db.session.scalars(select(Verbeterplan).join(Visitatie).where(
            Visitatie.ronde_id == ronde.id)).first()
    print(f"scale {args.scale}: {counts} visitaties; {args.repeat} requests per page")
    print(f"{'page':<32} {'SQL':>4} {'median ms':>10} {'p95 ms':>8}")
    for key, name, url in PAGES:
        n, median, p95 = measure(app, key, url.format(ronde=ronde.id, visitatie=visitatie.id,
                                                      plan=plan.id), args.repeat)
        print(f"{name:<32} {n:>4} {median:>10.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
