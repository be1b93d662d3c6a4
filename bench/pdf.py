"""PDF rendering time and peak memory: our pipeline beside plain WeasyPrint on the same HTML.

Usage: .venv/bin/python bench/pdf.py [--repeat R] [--database URL]

For each document kind (the definitive visitatierapport; the Rode draden edition when the
demo has a published one) it measures, each in a fresh child process:
- "application": what the render job does: load the data from the database, render the
  Jinja template, WeasyPrint with our restricted URL fetcher, write_pdf;
- "plain WeasyPrint": WeasyPrint rendering the very same HTML saved as a static file, its
  stylesheet read from disk with WeasyPrint's own fetcher.
Median time over R renders and the child's peak resident memory (ru_maxrss) are printed as a
Markdown table.
"""
import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--database", help="reuse a database that has the demo data")
    parser.add_argument("--child", choices=["application", "static"], help=argparse.SUPPRESS)
    parser.add_argument("--kind", help=argparse.SUPPRESS)
    parser.add_argument("--target", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args)))
        return
    for line in run(args.repeat, args.database):
        print(line)


def run(repeat: int, database: str | None) -> list[str]:
    """Return the Markdown lines of the PDF benchmark."""
    url = database or _demo_database()
    rows = []
    for kind, target, html in _documents(url):
        html_file = Path(tempfile.mkdtemp(prefix="visitatie-pdf-")) / f"{kind}.html"
        html_file.write_text(html)
        app = _spawn("application", kind, str(target), url, repeat)
        plain = _spawn("static", kind, str(html_file), url, repeat)
        rows.append((kind, app, plain))
    lines = [f"Each figure: median of {repeat} renders in a fresh process, after one untimed "
             "warm-up render; peak = ru_maxrss of that process (imports included).", "",
             "| document | pages | application ms | plain WeasyPrint ms | ratio "
             "| application peak MB | plain peak MB |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for kind, app, plain in rows:
        lines.append(f"| {kind} | {app['pages']} | {app['median_ms']:.0f} | "
                     f"{plain['median_ms']:.0f} | {app['median_ms'] / plain['median_ms']:.2f} | "
                     f"{app['peak_mb']:.0f} | {plain['peak_mb']:.0f} |")
    return lines


def _demo_database() -> str:
    from visitatie import create_app

    url = f"sqlite:///{tempfile.mkdtemp(prefix='visitatie-bench-')}/pdf.sqlite"
    app = create_app({"DATABASE_URL": url, "REDIS_URL": "", "ARGON2_PROFILE": "test"})
    runner = app.test_cli_runner()
    for args in (["db", "upgrade"], ["seed"], ["demo"]):
        result = runner.invoke(args=args)
        assert result.exit_code == 0, result.output
    return url


def _documents(url: str):
    """Yield (kind, object id, the HTML the job would render) for each document kind."""
    from visitatie.documenten import jobs
    from visitatie.documenten.operations import document_data
    from visitatie.extensions import db
    from visitatie.pdf import STATIC_BASE, STATIC_FOLDER

    app = _app(url)
    with app.app_context():
        for kind, obj in _targets(db.session):
            data = document_data(db.session, kind, obj)
            html = app.jinja_env.get_template(jobs.TEMPLATES[kind]).render(doc=data)
            yield kind, obj.id, html.replace(STATIC_BASE, STATIC_FOLDER.as_uri() + "/")


def _targets(session):
    from sqlalchemy import select

    from visitatie.rapporten.models import RapportVersie

    versie = session.scalars(select(RapportVersie).where(RapportVersie.status == "definitief")
                             .order_by(RapportVersie.id).limit(1)).first()
    yield "visitatierapport", versie
    try:
        from visitatie.publicaties.models import Publicatie
        publicatie = session.scalars(select(Publicatie).where(
            Publicatie.soort == "rode_draden").limit(1)).first()
    except ImportError:
        publicatie = None
    if publicatie is not None:
        yield "rode_draden", publicatie


def _app(url: str):
    from visitatie import create_app

    return create_app({"DATABASE_URL": url, "REDIS_URL": "", "ARGON2_PROFILE": "test"})


def _spawn(child: str, kind: str, target: str, url: str, repeat: int) -> dict:
    command = [sys.executable, __file__, "--child", child, "--kind", kind, "--target", target,
               "--database", url, "--repeat", str(repeat)]
    output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT,
                            env=dict(os.environ, REDIS_URL="")).stdout
    return json.loads(output.strip().splitlines()[-1])


def _child(args) -> dict:
    render = _application_renderer(args) if args.child == "application" else \
        _static_renderer(args.target)
    pages = render()   # warm-up: imports, fonts, template compilation; not timed
    timings = []
    for _ in range(args.repeat):
        gc.collect()     # both sides start each render with the same clean heap
        start = time.perf_counter()
        pages = render()
        timings.append((time.perf_counter() - start) * 1000)
    return {"median_ms": statistics.median(timings), "pages": pages,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _application_renderer(args):
    from visitatie.documenten import jobs
    from visitatie.documenten.models import GegenereerdDocument
    from visitatie.documenten.operations import document_data
    from visitatie.documenten.queries import load_target
    from visitatie.extensions import db
    from visitatie.pdf import render_pdf_document

    app = _app(args.database)
    object_type = "publicatie" if args.kind == "rode_draden" else "rapport_versie"

    def render() -> int:
        with app.app_context():
            document = GegenereerdDocument(soort=args.kind, object_type=object_type,
                                           object_id=int(args.target))
            data = document_data(db.session, args.kind, load_target(db.session, document))
            rendered = render_pdf_document(jobs.TEMPLATES[args.kind], doc=data)
            db.session.remove()
            return rendered.pages
    return render


def _static_renderer(html_file: str):
    from weasyprint import HTML

    def render() -> int:
        document = HTML(filename=html_file).render()
        document.write_pdf(pdf_tags=True)
        return len(document.pages)
    return render


if __name__ == "__main__":
    main()
