"""Pages of the gesprekken of a visitatie: the schedule, a gesprek's form, the notes."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.gesprekken import GesprekDeleteForm, GesprekEditForm, GesprekGehoudenForm
from forms.gesprekken import GesprekNotitieEditForm, format_deelnemers
from visitatie.core.domain import DomainError
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.gesprekken import operations as ops
from visitatie.gesprekken import queries
from visitatie.gesprekken.labels import categorie_label, niveau_label
from visitatie.gesprekken.operations import GESPREK_FIELDS
from visitatie.gesprekken.permissions import (
    can_add_notitie, can_edit_gesprekken, can_edit_notitie, can_mark_gehouden,
    can_read_notities, can_view_gesprekken,
)
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("gesprekken", __name__, url_prefix="/visitaties/<int:visitatie_id>/gesprekken")


@bp.before_request
@login_required
def require_login():
    """Every page here needs a logged-in user; the views check the rest."""


@bp.context_processor
def labels():
    return {"categorie_label": categorie_label, "niveau_label": niveau_label}


@bp.get("/")
def index(visitatie_id: int):
    visitatie = _visitatie_for(visitatie_id, can_view_gesprekken)
    reads_notes = can_read_notities(current_user, visitatie)
    return render_template(
        "gesprekken/index.html", visitatie=visitatie,
        dagen=queries.schedule_of(db.session, visitatie),
        can_edit=can_edit_gesprekken(current_user, visitatie),
        can_mark=can_mark_gehouden(current_user, visitatie),
        can_read_notes=reads_notes, show_gehouden=queries.visit_has_started(visitatie),
        notitie_counts=queries.notitie_counts(db.session, visitatie) if reads_notes else {})


@bp.route("/nieuw", methods=["GET", "POST"])
def create(visitatie_id: int):
    visitatie = _visitatie_for(visitatie_id, can_edit_gesprekken)
    form = _gesprek_form(visitatie, data={"dag": request.args.get("dag", type=int)})
    if form.validate_on_submit():
        gesprek = ops.create_gesprek(db.session, current_user, visitatie,
                                     deelnemers=form.parsed_deelnemers, **_fields(form))
        commit()
        flash(_("Gesprek toegevoegd aan het schema."), "success")
        return _to_schedule(visitatie, gesprek)
    return _render_form(visitatie, None, form)


@bp.route("/<int:gesprek_id>/bewerken", methods=["GET", "POST"])
def edit(visitatie_id: int, gesprek_id: int):
    visitatie = _visitatie_for(visitatie_id, can_edit_gesprekken)
    gesprek = _gesprek_in(visitatie, gesprek_id)
    form = _gesprek_form(visitatie, obj=gesprek if request.method == "GET" else None)
    if form.validate_on_submit():
        try:
            ops.update_gesprek(db.session, current_user, gesprek,
                               version_id=version_seen(form.version_id.data, fallback=-1),
                               deelnemers=form.parsed_deelnemers, **_fields(form))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Gesprek opgeslagen."), "success")
            return _to_schedule(visitatie, gesprek)
    return _render_form(visitatie, gesprek, form)


@bp.route("/<int:gesprek_id>/verwijderen", methods=["GET", "POST"])
def delete(visitatie_id: int, gesprek_id: int):
    visitatie = _visitatie_for(visitatie_id, can_edit_gesprekken)
    gesprek = _gesprek_in(visitatie, gesprek_id)
    form = GesprekDeleteForm()
    if form.validate_on_submit():
        try:
            ops.delete_gesprek(db.session, current_user, gesprek)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Gesprek verwijderd uit het schema."), "success")
            return _to_schedule(visitatie)
    return render_template("gesprekken/delete.html", visitatie=visitatie, gesprek=gesprek,
                           form=form), 409 if form.errors else 200


@bp.post("/<int:gesprek_id>/gehouden")
def mark_gehouden(visitatie_id: int, gesprek_id: int):
    visitatie = _visitatie_for(visitatie_id, can_mark_gehouden)
    gesprek = _gesprek_in(visitatie, gesprek_id)
    form = GesprekGehoudenForm()
    if not form.validate_on_submit():
        abort(400)
    gehouden = form.gehouden.data == "ja"
    ops.mark_gesprek_gehouden(db.session, current_user, gesprek, gehouden)
    commit()
    flash(_("Gesprek gemarkeerd als gehouden.") if gehouden
          else _("Gesprek gemarkeerd als niet gehouden."), "success")
    return _to_schedule(visitatie, gesprek)


@bp.route("/<int:gesprek_id>/notities", methods=["GET", "POST"])
def notities(visitatie_id: int, gesprek_id: int):
    visitatie = _visitatie_for(visitatie_id, can_read_notities)
    gesprek = _gesprek_in(visitatie, gesprek_id)
    may_add = can_add_notitie(current_user, visitatie)
    form = GesprekNotitieEditForm()
    if request.method == "POST" and not may_add:
        abort(403)
    if form.validate_on_submit():
        ops.add_notitie(db.session, current_user, gesprek, form.tekst.data)
        commit()
        flash(_("Notitie opgeslagen."), "success")
        return redirect(url_for(".notities", visitatie_id=visitatie.id, gesprek_id=gesprek.id))
    return render_template(
        "gesprekken/notities.html", visitatie=visitatie, gesprek=gesprek, form=form,
        notities=queries.notities_of(db.session, gesprek), may_add=may_add,
        may_edit=lambda n: can_edit_notitie(current_user, n, visitatie),
    ), 400 if form.errors else 200


@bp.route("/<int:gesprek_id>/notities/<int:notitie_id>/bewerken", methods=["GET", "POST"])
def edit_notitie(visitatie_id: int, gesprek_id: int, notitie_id: int):
    visitatie = _visitatie_for(visitatie_id, can_read_notities)
    gesprek = _gesprek_in(visitatie, gesprek_id)
    notitie = queries.load_notitie(db.session, gesprek, notitie_id) or abort(404)
    if not can_edit_notitie(current_user, notitie, visitatie):
        abort(403)
    form = GesprekNotitieEditForm(obj=notitie if request.method == "GET" else None)
    if form.validate_on_submit():
        try:
            ops.update_notitie(db.session, current_user, notitie,
                               version_id=version_seen(form.version_id.data, fallback=-1),
                               tekst=form.tekst.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Notitie opgeslagen."), "success")
            return redirect(url_for(".notities", visitatie_id=visitatie.id,
                                    gesprek_id=gesprek.id))
    return render_template("gesprekken/notitie_edit.html", visitatie=visitatie,
                           gesprek=gesprek, notitie=notitie, form=form), \
        400 if form.errors else 200


def _visitatie_for(visitatie_id: int, predicate):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not predicate(current_user, visitatie):
        abort(403)
    return visitatie


def _gesprek_in(visitatie, gesprek_id: int):
    return queries.load_gesprek(db.session, visitatie, gesprek_id) or abort(404)


def _gesprek_form(visitatie, obj=None, data=None) -> GesprekEditForm:
    form = GesprekEditForm(obj=obj, data=data if obj is None else None)
    if obj is not None:
        form.deelnemers.data = format_deelnemers(obj.deelnemers)
    form.set_dag_choices([(n, queries.dag_datum(visitatie, n)) for n in queries.DAGEN])
    return form


def _render_form(visitatie, gesprek, form):
    return render_template("gesprekken/edit.html", visitatie=visitatie, gesprek=gesprek,
                           form=form), 400 if form.errors else 200


def _fields(form: GesprekEditForm) -> dict:
    return {name: getattr(form, name).data for name in GESPREK_FIELDS}


def _to_schedule(visitatie, gesprek=None):
    anchor = f"gesprek-{gesprek.id}" if gesprek is not None else None
    return redirect(url_for(".index", visitatie_id=visitatie.id, _anchor=anchor))
