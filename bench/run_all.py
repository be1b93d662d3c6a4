"""Run every benchmark and write docs/performance.md: `make bench` (about 20 minutes).

Sections: SQL statements and server time per key page at demo scale 1 and 10
(bench/page_queries.py), throughput under load against gunicorn beside static copies
(bench/load.py), PDF rendering beside plain WeasyPrint (bench/pdf.py), and the theme
suggestions (bench/theme_suggestions.py); then the issue-9 targets, each met or not.
"""
import argparse
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import load, page_queries, pdf  # noqa: E402
from bench.key_pages import BUDGET  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", default="docs/performance.md")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    pages, large = page_queries.report_lines(args.repeat)
    load_lines = load.run(10, args.seconds, 8)
    pdf_lines = pdf.run(9, None)
    theme_lines = subprocess.run([sys.executable, str(ROOT / "bench/theme_suggestions.py")],
                                 capture_output=True, text=True, check=True, cwd=ROOT).stdout
    lines = [
        "# Performance",
        "",
        f"Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC by `make bench` on "
        f"{platform.node()} ({platform.machine()}, {os.cpu_count()} cores, "
        f"{_memory_gb()} GB, Python {platform.python_version()}).",
        "",
        "## Targets (issue 9, at demo scale 10)",
        "",
        *_targets(large, load_lines, pdf_lines),
        "",
        "## SQL statements and server time per key page",
        "",
        *pages,
        "## Under load: gunicorn on loopback, beside a page of the same size without database",
        "",
        *load_lines,
        "",
        "## PDF rendering: the application beside plain WeasyPrint on the same HTML",
        "",
        *pdf_lines,
        "",
        theme_lines.replace("## Theme suggestions", "## Theme suggestions"),
    ]
    Path(args.write).write_text("\n".join(lines))
    print("\n".join(lines))


def _targets(large, load_lines, pdf_lines) -> list[str]:
    slow = [f"{name} ({median:.0f} ms)" for name, _n, median, _p in large if median >= 100]
    over = [f"{name} ({n})" for name, n, _m, _p in large if n > BUDGET]
    rows = _load_rows(load_lines)
    index, static = rows.get("public index"), rows.get(
        "public index: same HTML, static, no database")
    ratio_line = next((line for line in pdf_lines if line.startswith("| visitatierapport")), "")
    ratio = float(ratio_line.split("|")[5]) if ratio_line else None
    rss = [float(x.split()[0]) for x in load_lines[-1].split(":")[1].split(",")]
    return [
        "| target | result | met |",
        "|---|---|---|",
        f"| every key page under 100 ms median | "
        f"{'all under' if not slow else 'over: ' + ', '.join(slow)} | {_yes(not slow)} |",
        f"| at most {BUDGET} SQL statements, constant | "
        f"{'all within, equal at scale 1 and 10' if not over else ', '.join(over)} "
        f"| {_yes(not over)} |",
        f"| public index ≥ half the requests/s of the static page | "
        f"{index:.0f} vs {static:.0f} req/s ({index / static:.2f}) | {_yes(index >= static / 2)} |",
        f"| report PDF ≤ 1.3 × plain WeasyPrint | {ratio:.2f} × | {_yes(ratio <= 1.3)} |",
        f"| web worker under 200 MB resident | {', '.join(f'{r:.0f} MB' for r in rss)} "
        f"| {_yes(max(rss) < 200)} |",
    ]


def _load_rows(load_lines) -> dict[str, float]:
    rows = {}
    for line in load_lines:
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 3 and cells[2].replace(".", "").isdigit():
            rows[cells[1]] = float(cells[2])
    return rows


def _yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


def _memory_gb() -> int:
    return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)


if __name__ == "__main__":
    main()
