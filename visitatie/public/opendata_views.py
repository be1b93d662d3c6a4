"""Open data (no login): documentation, the overview as JSON and CSV, its JSON Schema and
the Atom feed of publications. Every file carries ETag, Last-Modified and public caching
headers and answers conditional requests with 304."""
import json

from flask import Blueprint, current_app, render_template, url_for

from visitatie.core.dates import local_today
from visitatie.extensions import db
from visitatie.public import opendata, queries
from visitatie.public.caching import EPOCH, conditional

bp = Blueprint("opendata", __name__, url_prefix="/openbaar/data")
JSON_TYPE = "application/json"
CSV_TYPE = "text/csv"
ATOM_TYPE = "application/atom+xml"


@bp.get("")
def index():
    overview = queries.load_overview(db.session)
    rows = opendata.overview_rows(overview, local_today())
    return render_template(
        "public/data.html", fields=opendata.FIELDS, example=rows[0] if rows else None,
        licence=opendata.LICENCE, licence_url=opendata.LICENCE_URL,
        example_tag=opendata.tag_uri("rapport/odt/ronde-2/v1"),
        canonical_url=url_for("opendata.index", _external=True))


@bp.get("/overzicht.json")
def overview_json():
    rows, changed_at = _rows()
    return _file(opendata.to_json(rows, changed_at), JSON_TYPE, changed_at)


@bp.get("/overzicht.csv")
def overview_csv():
    rows, changed_at = _rows()
    response = _file(opendata.to_csv(rows), CSV_TYPE, changed_at)
    response.headers["Content-Disposition"] = "inline; filename=visitaties-overzicht.csv"
    return response


@bp.get("/overzicht.schema.json")
def schema():
    body = json.dumps(opendata.json_schema(), ensure_ascii=False, indent=2)
    return _file(body, "application/schema+json", None)


@bp.get("/publicaties.atom")
def feed():
    publications = queries.all_publications(db.session)
    changed_at = queries.publications_changed_at(db.session)
    body = render_template("public/publicaties.atom.xml",
                           entries=opendata.feed_entries(publications),
                           soort_namen=opendata.SOORT_NAMEN,
                           updated=opendata.iso(changed_at or EPOCH),
                           feed_id=opendata.tag_uri("publicaties"))
    return _file(body, ATOM_TYPE, changed_at)


def _rows():
    overview = queries.load_overview(db.session)
    today = local_today()
    return (opendata.overview_rows(overview, today),
            queries.overview_changed_at(db.session, overview, today))


def _file(body: str, mimetype: str, changed_at):
    response = current_app.response_class(body, mimetype=mimetype)
    return conditional(response, changed_at)
