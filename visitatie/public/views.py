"""The public pages (no login): the overview of all diensten, a page per dienst and per
ronde, the published PDFs, the sitemap and robots.txt. Only what is public is read."""
from flask import (
    Blueprint, abort, current_app, redirect, render_template, request, send_file, url_for,
)
from flask_login import current_user

from forms.public import PublicFilterForm
from visitatie.core.dates import local_today
from visitatie.documenten import files
from visitatie.extensions import db
from visitatie.public import labels, links, queries
from visitatie.public.filters import filter_overview
from visitatie.public.page_cache import serve_public_page
from visitatie.rondes.models import Ronde

bp = Blueprint("public", __name__)
PDF_MAX_AGE = 24 * 3600


@bp.context_processor
def _public_helpers() -> dict:
    return {"stand_label": labels.stand_label, "soort_label": labels.soort_label,
            "actie_status_label": labels.actie_status_label, "pdf_url": links.pdf_url,
            "dienst_url": links.dienst_url, "rode_draden_url": links.rode_draden_url,
            "rode_draden_index_url": links.rode_draden_index_url(),
            "actie_statuses": queries.ACTIE_STATUSES}


@bp.get("/")
def index():
    if current_user.is_authenticated:
        return redirect(url_for("home.werkruimte"))
    return openbaar()


@bp.get("/openbaar")
def openbaar():
    return serve_public_page(_render_openbaar, lambda: queries.content_stamp(db.session))


def _render_openbaar(csrf_token) -> str:
    today = local_today()
    overview = queries.load_overview(db.session)
    form = PublicFilterForm(request.args)
    form.set_choices(overview.rondes)
    criteria = form.criteria()   # unknown values are dropped, the name is cut at 100
    return render_template(
        "public/index.html", form=form, overview=overview, today=today,
        shown=filter_overview(overview, today, **criteria), filtered=any(criteria.values()),
        canonical_url=url_for("public.openbaar", _external=True), csrf_token=csrf_token)


@bp.get("/openbaar/diensten/<slug>")
def dienst(slug: str):
    overview = queries.load_overview(db.session)
    history = queries.dienst_history(overview, slug) or abort(404)
    entry, voorgangers = history
    return render_template(
        "public/dienst.html", entry=entry, voorgangers=voorgangers, today=local_today(),
        visitaties=queries.history_rows(entry, voorgangers),
        canonical_url=url_for("public.dienst", slug=slug, _external=True))


@bp.get("/openbaar/rondes/<int:nummer>")
def ronde(nummer: int):
    overview = queries.load_overview(db.session)
    found = next((r for r in overview.rondes if r.nummer == nummer), None) or abort(404)
    return render_template(
        "public/ronde.html", ronde=found, rows=queries.ronde_rows(overview, nummer),
        today=local_today(), editions=queries.ronde_editions(overview, nummer),
        slugs=overview.rode_draden_slugs, rondes=overview.rondes,
        canonical_url=url_for("public.ronde", nummer=nummer, _external=True))


@bp.get("/openbaar/documenten/<path:identifier>.pdf")
def document(identifier: str):
    publicatie, stored = queries.downloadable(db.session, identifier) or abort(404)
    path = files.path_of(stored.opslagnaam)
    if not path.is_file():
        current_app.logger.error("Publicatie %s: file %s is missing", identifier,
                                 stored.opslagnaam)
        abort(404)
    response = send_file(path, mimetype="application/pdf", etag=stored.sha256,
                         download_name=identifier.replace("/", "-") + ".pdf",
                         last_modified=publicatie.gepubliceerd_at, max_age=PDF_MAX_AGE,
                         conditional=True)
    response.cache_control.public = True
    return response


@bp.get("/sitemap.xml")
def sitemap():
    overview = queries.load_overview(db.session)
    latest = {}   # per edition (slug) its newest published version: one page each
    for edition in overview.rode_draden:
        latest.setdefault(overview.rode_draden_slugs[edition.identifier], edition)
    body = render_template("public/sitemap.xml", overview=overview,
                           rode_draden=[(e, slug) for slug, e in latest.items()])
    return current_app.response_class(body, mimetype="application/xml")


@bp.get("/robots.txt")
def robots():
    body = render_template("public/robots.txt")
    return current_app.response_class(body, mimetype="text/plain")
