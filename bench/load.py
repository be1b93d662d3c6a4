"""Throughput and latency under concurrent load, against gunicorn on loopback, with wrk.

Usage: .venv/bin/python bench/load.py [--scale N] [--seconds S] [--connections C]

Builds a demo database (PostgreSQL database `visitatie_bench` when PostgreSQL answers on
127.0.0.1:5432, else a SQLite file), starts gunicorn in production mode with 2 workers (one
per core), logs in as the demo beheerder and secretaris, and runs wrk against:
- the public index (/openbaar) and the secretaris's dashboard;
- beside each, the same HTML saved as a static file and served by the same gunicorn through
  Flask's static route: a page of the same size that touches no database.
Prints a Markdown table (requests/s, latency p50/p99) and the resident memory of the web
workers after the run. Bounded in time: wrk runs `--seconds` per URL.
"""
import argparse
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
STATIC_COPY = ROOT / "visitatie" / "static" / "bench"   # gitignored
PASSWORD = "visitatie-demo"
# Flask-Login's "strong" session protection ties a session to the browser's User-Agent, so the
# log-in, the static copy and wrk all send the same one (wrk sends none by default).
USER_AGENT = "visitatie-bench"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    for line in run(args.scale, args.seconds, args.connections):
        print(line)


def run(scale: int, seconds: int, connections: int) -> list[str]:
    """Return the Markdown lines of one load run."""
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    env = _environment(scale)
    _build_database(env, scale)
    port = _free_port()
    server = _start_gunicorn(env, port)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base)
        cookie = _login(base, "secretaris")
        pages = [("public index", "/openbaar", None),
                 ("dashboard (secretaris)", "/dashboard/", cookie)]
        rows = []
        for name, path, session_cookie in pages:
            static_path = _static_copy(base, path, session_cookie, name)
            rows.append((name, _wrk(base + path, seconds, connections, session_cookie)))
            rows.append((f"{name}: same HTML, static, no database",
                         _wrk(base + static_path, seconds, connections, None)))
        rss = _worker_rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(STATIC_COPY, ignore_errors=True)
    return _table(rows, rss, scale, seconds, connections, env["DATABASE_URL"])


def _environment(scale: int) -> dict:
    env = dict(os.environ, FLASK_APP="visitatie", VISITATIE_ENV="production",
               SECRET_KEY="bench-" + os.urandom(8).hex(), REDIS_URL="",
               ARGON2_PROFILE="test", LOGIN_THROTTLE_ENABLED="0",
               # plain HTTP on the loopback: the port is not part of the host check
               PUBLIC_BASE_URL="http://127.0.0.1", SESSION_COOKIE_SECURE="0",
               UPLOAD_FOLDER=tempfile.mkdtemp(prefix="visitatie-bench-uploads-"))
    if _postgres_up():
        env["DATABASE_URL"] = "postgresql+psycopg://postgres@127.0.0.1:5432/visitatie_bench"
    else:
        env["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='visitatie-bench-')}/b.sqlite"
    return env


def _postgres_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
        return True
    except OSError:
        return False


def _build_database(env: dict, scale: int) -> None:
    if env["DATABASE_URL"].startswith("postgresql"):
        for sql in ("DROP DATABASE IF EXISTS visitatie_bench WITH (FORCE)",
                    "CREATE DATABASE visitatie_bench"):
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)
    flask = str(VENV_BIN / "flask")
    for args in (["db", "upgrade"], ["seed"], ["demo", "--scale", str(scale), "--geen-pdf"]):
        subprocess.run([flask, *args], env=env, check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_gunicorn(env: dict, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--log-level", "warning", "visitatie:create_app()"],
        env=env, cwd=ROOT)


def _wait_until_up(base: str) -> None:
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not come up")


def _login(base: str, key: str) -> str:
    """Log in through the real form (with its CSRF token); return the Cookie header."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("User-Agent", USER_AGENT)]
    page = opener.open(base + "/inloggen").read().decode()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"csrf_token": token, "email": f"{key}@demo.visitatie.nl",
                                   "wachtwoord": PASSWORD}).encode()
    opener.open(base + "/inloggen", data=data).read()
    return "; ".join(f"{c.name}={c.value}" for c in jar)


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise SystemExit(f"{req.full_url} answered {code} → {newurl}: not the page to measure")


def _static_copy(base: str, path: str, cookie: str | None, name: str) -> str:
    """Save the page's HTML under static/bench/ and return its URL path. The page must answer
    200 itself (a redirect to the log-in page would measure the wrong thing)."""
    headers = {"User-Agent": USER_AGENT, **({"Cookie": cookie} if cookie else {})}
    opener = urllib.request.build_opener(_RefuseRedirects)
    html = opener.open(urllib.request.Request(base + path, headers=headers)).read()
    STATIC_COPY.mkdir(parents=True, exist_ok=True)
    filename = re.sub(r"\W+", "-", name).strip("-") + ".html"
    (STATIC_COPY / filename).write_bytes(html)
    return f"/static/bench/{filename}"


def _wrk(url: str, seconds: int, connections: int, cookie: str | None) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency",
               "-H", f"User-Agent: {USER_AGENT}", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx or 3xx" in output:
        raise SystemExit(f"wrk saw answers other than 2xx/3xx for {url}:\n{output}")
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "p50": _latency(output, "50%"), "p99": _latency(output, "99%")}


def _latency(output: str, percentile: str) -> float:
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def _worker_rss_mb(master_pid: int) -> list[float]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return [_rss_mb(int(pid)) for pid in children]


def _rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def _table(rows, rss, scale, seconds, connections, url) -> list[str]:
    database = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    lines = [f"gunicorn, 2 workers, {database}, demo scale {scale}; wrk 2 threads, "
             f"{connections} connections, {seconds} s per URL.", "",
             "| URL | requests/s | p50 ms | p99 ms |", "|---|---:|---:|---:|"]
    for name, result in rows:
        lines.append(f"| {name} | {result['rps']:.0f} | {result['p50']:.1f} | "
                     f"{result['p99']:.1f} |")
    lines += ["", "Every page answered 200 itself before the run (no redirect) and wrk saw no "
              "error answers.", "", "Resident memory of the web workers after the run: "
              + ", ".join(f"{mb:.0f} MB" for mb in rss) + "."]
    return lines


if __name__ == "__main__":
    main()
