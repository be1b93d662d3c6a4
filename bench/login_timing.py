"""Print the median server time of a login and a reset request, known vs unknown account.

Usage: .venv/bin/python bench/login_timing.py [--runs 30]
A throwaway SQLite database (or DATABASE_URL if set) with one account, the production
argon2 profile, throttling off, mail kept in the outbox; jobs in-process as in the demo,
or queued on RQ with REDIS_URL set (use a spare Redis database: the jobs are left queued).
A gap between known and unknown tells an attacker which addresses have an account.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from visitatie import create_app  # noqa: E402
from visitatie.auth.passwords import hash_password  # noqa: E402
from visitatie.auth.models import User  # noqa: E402
from visitatie.db import Base  # noqa: E402
from visitatie.extensions import db  # noqa: E402

KNOWN = "bekend@bench.nl"
UNKNOWN = "onbekend@bench.nl"


def build_app():
    url = os.environ.get("DATABASE_URL") or \
        f"sqlite:///{tempfile.mkdtemp(prefix='visitatie-timing-')}/timing.sqlite"
    app = create_app({"DATABASE_URL": url, "REDIS_URL": os.environ.get("REDIS_URL", ""),
                      "MAIL_SERVER": "",
                      "WTF_CSRF_ENABLED": False, "SECRET_KEY": "bench",
                      "LOGIN_THROTTLE_ENABLED": False})
    with app.app_context():
        Base.metadata.create_all(db.engine)
        db.session.add(User(email=KNOWN, naam="Bekend",
                            password_hash=hash_password("het-juiste-wachtwoord")))
        db.session.commit()
    return app


def median_ms(client, path, data, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.post(path, data=data)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code in (200, 401), response.status_code
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    app = build_app()
    client = app.test_client()
    client.post("/inloggen", data={"email": UNKNOWN, "wachtwoord": "warm-up"})
    for label, path, field in (("login", "/inloggen", "wachtwoord"),
                               ("reset", "/wachtwoord-vergeten", None)):
        row = []
        for email in (KNOWN, UNKNOWN):
            data = {"email": email, **({field: "een-fout-wachtwoord"} if field else {})}
            row.append(median_ms(client, path, data, runs))
        print(f"{label}: known {row[0]:.1f} ms, unknown {row[1]:.1f} ms (median of {runs})")


if __name__ == "__main__":
    main()
