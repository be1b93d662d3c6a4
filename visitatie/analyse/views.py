"""Analysis pages for the Rode draden: rondes, the theme x dienst matrix, a theme's findings,
and the exports (XLSX with a sheet per view, the matrix as CSV). Read-only: no commits."""
from dataclasses import replace
from io import BytesIO

from flask import Blueprint, abort, current_app, render_template, request, send_file, url_for
from flask_login import current_user, login_required
from werkzeug.routing import BuildError

from forms.analyse import AnalyseFilterForm, query_args
from visitatie.analyse import exports, labels, queries
from visitatie.analyse.permissions import (
    author_ronde_ids, can_view_analyse, can_view_any_analyse,
)
from visitatie.auth.permissions import can_oversee_all
from visitatie.bevindingen.labels import TYPE_GROUP_LABELS
from visitatie.bevindingen.permissions import can_read_bevindingen
from visitatie.bevindingen.queries import codebook_themes
from visitatie.exports.xlsx import MIMETYPE as XLSX
from visitatie.extensions import db
from visitatie.rondes.models import Ronde

bp = Blueprint("analyse", __name__, url_prefix="/rode-draden/analyse")

RECODE_ENDPOINT = "codering.index"  # built by another feature; linked only when it exists


@bp.get("/")
@login_required
def index():
    if not can_view_any_analyse(current_user):
        abort(403)
    ronde_ids = None if can_oversee_all(current_user) else author_ronde_ids(current_user)
    return render_template("analyse/index.html",
                           rondes=queries.ronde_overzicht(db.session, ronde_ids))


@bp.get("/<int:ronde_id>")
@login_required
def matrix(ronde_id: int):
    ronde = _viewable_ronde(ronde_id)
    form, analyse = _analyse(ronde)
    return render_template("analyse/matrix.html", analyse=analyse, form=form,
                           args=query_args(analyse.wanted),
                           drill_args=query_args(replace(analyse.wanted, thema_ids=())),
                           **_page_helpers())


@bp.get("/<int:ronde_id>/thema/<int:thema_id>")
@login_required
def thema(ronde_id: int, thema_id: int):
    ronde = _viewable_ronde(ronde_id)
    form = AnalyseFilterForm(request.args)
    form.set_choices([])  # the theme is in the URL; only types and provincie filter here
    wanted = replace(form.matrix_filter(), thema_ids=(thema_id,))
    analyse = queries.analyse_of(db.session, ronde, wanted)
    if not analyse.matrix.rows or analyse.matrix.rows[0].thema.id != thema_id:
        abort(404)  # not a theme of this ronde's codebook (or merged into another)
    findings = queries.coded_findings(db.session, analyse.matrix, analyse.types)
    return render_template(
        "analyse/thema.html", analyse=analyse, form=form, keuze=analyse.matrix.rows[0],
        groups=queries.grouped_by_type(findings, analyse.types), recode_url=_recode_url(ronde, thema_id),
        args=query_args(replace(wanted, thema_ids=())), **_page_helpers())


@bp.get("/<int:ronde_id>/export.xlsx")
@login_required
def export_xlsx(ronde_id: int):
    ronde = _viewable_ronde(ronde_id)
    _form, analyse = _analyse(ronde)
    return _download(exports.to_xlsx(db.session, analyse), ronde, "xlsx", XLSX)


@bp.get("/<int:ronde_id>/export.csv")
@login_required
def export_csv(ronde_id: int):
    ronde = _viewable_ronde(ronde_id)
    _form, analyse = _analyse(ronde)
    return _download(exports.to_csv(analyse), ronde, "csv", "text/csv; charset=utf-8")


def _viewable_ronde(ronde_id: int) -> Ronde:
    ronde = db.session.get(Ronde, ronde_id) or abort(404)
    if not can_view_analyse(current_user, ronde):
        abort(403)
    return ronde


def _analyse(ronde: Ronde):
    """Return the filter form (from the query string) and the analysis it asks for."""
    form = AnalyseFilterForm(request.args)
    keuzes = codebook_themes(db.session, ronde.id)  # read once: the filter and the matrix
    form.set_choices(keuzes)
    return form, queries.analyse_of(db.session, ronde, form.matrix_filter(), keuzes)


def _page_helpers() -> dict:
    return {"labels": labels, "type_group_labels": TYPE_GROUP_LABELS,
            "can_read_bevindingen": can_read_bevindingen}


def _recode_url(ronde: Ronde, thema_id: int) -> str | None:
    """The coding page of the ronde filtered on the theme (same readers as the analysis)."""
    if RECODE_ENDPOINT not in current_app.view_functions:
        return None
    try:
        return url_for(RECODE_ENDPOINT, ronde_id=ronde.id, thema=thema_id)
    except BuildError:
        return None


def _download(content: bytes, ronde: Ronde, extension: str, mimetype: str):
    response = send_file(BytesIO(content), mimetype=mimetype, as_attachment=True,
                         download_name=f"analyse-ronde-{ronde.nummer}.{extension}")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.cache_control.private = True
    response.cache_control.no_store = True
    return response
