"""The public pages (no login): the overview of all diensten, a page per dienst and per
ronde, the published PDFs, the sitemap and robots.txt. Only what is public is read."""
from flask import (
    Blueprint, abort, current_app, redirect, render_template, request, send_file, url_for,
)
from flask_babel import get_locale
from flask_login import current_user
from markupsafe import Markup

from forms.public import PublicFilterForm
from visitatie.core.dates import local_today
from visitatie.documenten import files
from visitatie.extensions import db
from visitatie.public import labels, links, queries
from visitatie.public.filters import filter_overview
from visitatie.public.page_cache import RenderedPart, overview_cache
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
    today = local_today()
    part = _overview_part(today)
    form = PublicFilterForm(request.args)
    form.set_choices([Ronde(nummer=nummer, naam=naam) for nummer, naam in part.rondes])
    return render_template(
        "public/index.html", form=form, filtered=part.filtered,
        overview_html=Markup(part.html),
        canonical_url=url_for("public.openbaar", _external=True))


def _overview_part(today) -> RenderedPart:
    """The overview table for these filters: from the cache while the content stamp holds."""
    cache = overview_cache()
    if cache is None:
        return _render_overview_part(today)
    key = (queries.content_stamp(db.session), today, str(get_locale()),
           tuple(sorted(request.args.items(multi=True))))
    return cache.get_or_render(key, lambda: _render_overview_part(today))


def _render_overview_part(today) -> RenderedPart:
    overview = queries.load_overview(db.session)
    form = PublicFilterForm(request.args)
    form.set_choices(overview.rondes)
    criteria = form.criteria()   # unknown values are dropped, the name is cut at 100
    shown = filter_overview(overview, today, **criteria)
    html = render_template("public/_overview.html", overview=overview, today=today,
                           shown=shown, filtered=any(criteria.values()))
    return RenderedPart(html, tuple((r.nummer, r.naam) for r in overview.rondes),
                        any(criteria.values()), len(shown))


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
