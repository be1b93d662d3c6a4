"""Pages of the bevindingen of a visitatie: the list, recording, editing, deleting."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.bevindingen import BevindingDeleteForm, BevindingEditForm, BevindingFilterForm
from visitatie.bevindingen import operations as ops
from visitatie.bevindingen import queries
from visitatie.bevindingen.labels import TYPE_GROUP_LABELS, TYPE_LABELS
from visitatie.bevindingen.permissions import (
    bevindingen_open, can_edit_bevindingen, can_manage_bevindingen, can_read_bevindingen,
)
from visitatie.core.domain import DomainError
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.themas.permissions import can_read_code_history
from visitatie.visitaties.queries import load_visitatie


bp = Blueprint("bevindingen", __name__, url_prefix="/visitaties/<int:visitatie_id>/bevindingen")


@bp.get("/")
@login_required
def index(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_read_bevindingen(current_user, visitatie):
        abort(403)
    keuzes = queries.codebook_themes(db.session, visitatie.ronde_id)
    form = BevindingFilterForm(request.args)
    form.set_choices(keuzes)
    chosen = form.thema.data if form.validate() else None
    thema_ids = queries.with_descendants(keuzes, chosen) if chosen else None
    groups = queries.grouped_by_type(queries.bevindingen_of(db.session, visitatie.id, thema_ids))
    return render_template(
        "bevindingen/index.html", visitatie=visitatie, groups=groups, form=form,
        group_labels=TYPE_GROUP_LABELS, can_edit=can_edit_bevindingen(current_user, visitatie),
        can_read_code_history=can_read_code_history(current_user, visitatie))


@bp.route("/nieuw", methods=["GET", "POST"])
@login_required
def create(visitatie_id: int):
    visitatie = _editable_visitatie(visitatie_id)
    if not bevindingen_open(visitatie):
        return _closed(visitatie)
    form = _edit_form(visitatie, None)
    if form.validate_on_submit():
        try:
            bevinding = ops.create_bevinding(db.session, current_user, visitatie, **_fields(form))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("%(soort)s opgeslagen.", soort=TYPE_LABELS[bevinding.type]), "success")
            return redirect(url_for(".index", visitatie_id=visitatie.id))
    return _render_form(visitatie, form, None), 400 if form.errors else 200


@bp.route("/<int:bevinding_id>", methods=["GET", "POST"])
@login_required
def edit(visitatie_id: int, bevinding_id: int):
    visitatie = _editable_visitatie(visitatie_id)
    bevinding = queries.load_bevinding(db.session, visitatie.id, bevinding_id) or abort(404)
    if not bevindingen_open(visitatie):
        return _closed(visitatie)
    form = _edit_form(visitatie, bevinding)
    if form.validate_on_submit():
        try:
            ops.update_bevinding(db.session, current_user, bevinding, visitatie,
                                 version_id=version_seen(form.version_id.data, fallback=0),
                                 **_fields(form))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Wijziging opgeslagen."), "success")
            return redirect(url_for(".index", visitatie_id=visitatie.id))
    return _render_form(visitatie, form, bevinding), 400 if form.errors else 200


@bp.post("/<int:bevinding_id>/verwijderen")
@login_required
def delete(visitatie_id: int, bevinding_id: int):
    visitatie = _editable_visitatie(visitatie_id)
    bevinding = queries.load_bevinding(db.session, visitatie.id, bevinding_id) or abort(404)
    form = BevindingDeleteForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        ops.delete_bevinding(db.session, current_user, bevinding, visitatie,
                             version_id=version_seen(form.version_id.data, fallback=0))
    except DomainError as error:
        rollback()
        flash(error.message, "error")
    else:
        commit()
        flash(_("De bevinding is verwijderd."), "success")
    return redirect(url_for(".index", visitatie_id=visitatie.id))


def _editable_visitatie(visitatie_id: int):
    """Load the visitatie (404) and check the user records its bevindingen (403)."""
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_manage_bevindingen(current_user, visitatie):
        abort(403)
    return visitatie


def _closed(visitatie):
    flash(_("Bevindingen kunnen alleen worden vastgelegd of gewijzigd tijdens het bezoek en "
            "het conceptrapport."), "error")
    return redirect(url_for(".index", visitatie_id=visitatie.id))


def _edit_form(visitatie, bevinding) -> BevindingEditForm:
    on_get = request.method == "GET"
    form = BevindingEditForm(obj=bevinding if on_get else None)
    if on_get and bevinding is not None:
        form.thema_ids.data = [c.thema_id for c in bevinding.themas]
    form.set_choices(queries.codebook_themes(db.session, visitatie.ronde_id),
                     bevinding.rapport_sectie if bevinding else None)
    return form


def _render_form(visitatie, form, bevinding):
    return render_template("bevindingen/form.html", visitatie=visitatie, form=form,
                           bevinding=bevinding, delete_form=BevindingDeleteForm(
                               formdata=None, version_id=bevinding.version_id)
                           if bevinding else None)


def _fields(form: BevindingEditForm) -> dict:
    return {"type": form.type.data, "tekst": form.tekst.data,
            "thema_ids": form.thema_ids.data, "rapport_sectie": form.rapport_sectie.data or None}
