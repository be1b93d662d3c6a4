"""The next ronde's committee judges the earlier aanbevelingen of the dienst."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.opvolging import OpvolgingsOordeelEditForm
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.core.errors import render_error
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.verbeterplannen import opvolging_operations as ops
from visitatie.verbeterplannen import opvolging_queries as queries
from visitatie.verbeterplannen.opvolging_labels import (
    actie_status_label, oordeel_label, plan_state_label,
)
from visitatie.verbeterplannen.opvolging_permissions import (
    can_edit_opvolging, can_rate_opvolging, can_read_opvolging, opvolging_open,
)
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("opvolging", __name__, url_prefix="/visitaties/<int:visitatie_id>/opvolging")

LABELS = {"oordeel_label": oordeel_label, "actie_status_label": actie_status_label,
          "plan_state_label": plan_state_label}


@bp.get("/")
@login_required
def index(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_read_opvolging(current_user, visitatie):
        abort(403)
    return render_template(
        "opvolging/index.html", visitatie=visitatie,
        opvolging=queries.load_opvolging(db.session, visitatie),
        can_rate=can_rate_opvolging(current_user, visitatie),
        can_edit=can_edit_opvolging(current_user, visitatie), **LABELS)


@bp.route("/<int:bevinding_id>", methods=["GET", "POST"])
@login_required
def rate(visitatie_id: int, bevinding_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_rate_opvolging(current_user, visitatie):
        abort(403)
    item = queries.load_opvolging(db.session, visitatie).find(bevinding_id) or abort(404)
    if not opvolging_open(visitatie):
        return render_error(409, _("Beoordelen kan nu niet"), _(
            "De opvolging van de vorige aanbevelingen wordt beoordeeld tijdens het bezoek, "
            "het conceptrapport en hoor en wederhoor; daarna ligt het oordeel vast."))
    form = OpvolgingsOordeelEditForm(obj=item.oordeel if request.method == "GET" else None)
    saved = None
    if form.validate_on_submit():
        try:
            # blank: the form showed no rating yet; other unreadable values are refused as stale
            ops.rate_aanbeveling(db.session, current_user, visitatie, item,
                                 oordeel=form.oordeel.data, toelichting=form.toelichting.data,
                                 version_id=version_seen(form.version_id.data, fallback=0,
                                                         when_blank=None))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
            if isinstance(error, StaleEdit):  # show theirs; a new save deliberately replaces it
                saved = item.oordeel
                form.version_id.data = saved.version_id if saved else ""
        else:
            commit()
            flash(_("Oordeel over aanbeveling %(n)s opgeslagen.", n=item.bevinding.nummer),
                  "success")
            return redirect(url_for(".index", visitatie_id=visitatie.id,
                                    _anchor=f"aanbeveling-{item.bevinding.id}"))
    return render_template("opvolging/rate.html", visitatie=visitatie, item=item, form=form,
                           saved=saved, **LABELS), 400 if form.errors else 200
