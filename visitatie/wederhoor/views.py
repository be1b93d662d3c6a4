"""Pages of the wederhoor of a visitatie, and of its bestuurlijke behandeling."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.wederhoor import (
    BehandelingRecordForm, CorrectieCreateForm, CorrectieDecideForm, CorrectieDeleteForm,
    CorrectieEditForm, ReactieSubmitForm,
)
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.visitaties.queries import load_visitatie
from visitatie.wederhoor import operations as ops
from visitatie.wederhoor import permissions as perms
from visitatie.wederhoor import queries
from visitatie.wederhoor.labels import besluit_label
from visitatie.wederhoor.page import build_page
from visitatie.core.dates import local_today

bp = Blueprint("wederhoor", __name__, url_prefix="/visitaties/<int:visitatie_id>/wederhoor")


@bp.get("/")
@login_required
def show(visitatie_id: int):
    visitatie = _load(visitatie_id, perms.can_view_wederhoor)
    return _render_show(visitatie)


@bp.post("/secties/<int:sectie_id>/correcties")
@login_required
def add_correctie(visitatie_id: int, sectie_id: int):
    visitatie = _load(visitatie_id, perms.can_respond_wederhoor)
    sectie = queries.load_sectie(db.session, visitatie, sectie_id) or abort(404)
    form = CorrectieCreateForm(prefix=f"s{sectie.id}")
    if form.validate_on_submit():
        try:
            ops.add_correctie(db.session, current_user, visitatie, sectie, form.tekst.data)
        except DomainError as error:
            return _refused(visitatie, form, error, create={sectie.id: form})
        commit()
        flash(_("Correctie toegevoegd. Vergeet niet uw reactie in te dienen."), "success")
        return redirect(url_for(".show", visitatie_id=visitatie.id, _anchor=f"sectie-{sectie.id}"))
    return _render_show(visitatie, create={sectie.id: form}), 400


@bp.route("/correcties/<int:correctie_id>", methods=["GET", "POST"])
@login_required
def edit_correctie(visitatie_id: int, correctie_id: int):
    visitatie, correctie = _load_own_correctie(visitatie_id, correctie_id)
    form = CorrectieEditForm(obj=correctie)
    if form.validate_on_submit():
        try:
            ops.update_correctie(db.session, current_user, visitatie, correctie, form.tekst.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
            return _render_edit(visitatie, correctie, form), _status(error)
        commit()
        flash(_("Correctie gewijzigd."), "success")
        return redirect(url_for(".show", visitatie_id=visitatie.id,
                                _anchor=f"sectie-{correctie.sectie_id}"))
    return _render_edit(visitatie, correctie, form), 400 if form.errors else 200


@bp.post("/correcties/<int:correctie_id>/verwijderen")
@login_required
def delete_correctie(visitatie_id: int, correctie_id: int):
    visitatie, correctie = _load_own_correctie(visitatie_id, correctie_id)
    form = CorrectieDeleteForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        ops.delete_correctie(db.session, current_user, visitatie, correctie)
    except DomainError as error:
        return _refused(visitatie, form, error)
    commit()
    flash(_("Correctie verwijderd."), "success")
    return redirect(url_for(".show", visitatie_id=visitatie.id))


@bp.post("/correcties/<int:correctie_id>/besluit")
@login_required
def decide_correctie(visitatie_id: int, correctie_id: int):
    visitatie = _load(visitatie_id, perms.can_decide_corrections)
    correctie = queries.load_correctie(db.session, visitatie, correctie_id) or abort(404)
    form = CorrectieDecideForm(prefix=f"c{correctie.id}")
    if form.validate_on_submit():
        try:
            ops.decide_correctie(db.session, current_user, visitatie, correctie,
                                 form.besluit.data, form.reden.data, form.seen.data or "")
        except DomainError as error:
            return _refused(visitatie, form, error, decide={correctie.id: form})
        commit()
        flash(_("Besluit over de correctie opgeslagen."), "success")
        return redirect(url_for(".show", visitatie_id=visitatie.id,
                                _anchor=f"correctie-{correctie.id}"))
    return _render_show(visitatie, decide={correctie.id: form}), 400


@bp.route("/indienen", methods=["GET", "POST"])
@login_required
def submit(visitatie_id: int):
    visitatie = _load(visitatie_id, perms.can_respond_wederhoor)
    form = ReactieSubmitForm()
    if form.validate_on_submit():
        try:
            ops.submit_wederhoor(db.session, current_user, visitatie)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
            return _render_submit(visitatie, form), _status(error)
        commit()
        flash(_("Uw reactie is ingediend. De secretaris verwerkt de correcties."), "success")
        return redirect(url_for(".show", visitatie_id=visitatie.id))
    return _render_submit(visitatie, form), 400 if form.errors else 200


@bp.route("/behandeling", methods=["GET", "POST"])
@login_required
def behandeling(visitatie_id: int):
    visitatie = _load(visitatie_id, perms.can_record_behandeling)
    form = BehandelingRecordForm(obj=visitatie)
    if form.validate_on_submit():
        try:
            ops.record_behandeling(db.session, current_user, visitatie, form.db_behandeld_op.data,
                                   form.ab_behandeld_op.data,
                                   version_seen(form.version_id.data, fallback=-1))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
            return _render_behandeling(visitatie, form), 400
        commit()
        flash(_("De data van de bestuurlijke behandeling zijn opgeslagen."), "success")
        return redirect(url_for("visitaties.show", visitatie_id=visitatie.id))
    return _render_behandeling(visitatie, form), 400 if form.errors else 200


def _load(visitatie_id: int, predicate):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not predicate(current_user, visitatie):
        abort(403)
    return visitatie


def _load_own_correctie(visitatie_id: int, correctie_id: int):
    visitatie = _load(visitatie_id, perms.can_view_wederhoor)
    correctie = queries.load_correctie(db.session, visitatie, correctie_id) or abort(404)
    if not perms.can_edit_correctie(current_user, correctie, visitatie):
        abort(403)
    return visitatie, correctie


def _refused(visitatie, form, error: DomainError, **forms):
    rollback()
    if error.field:
        add_domain_error(form, error)
    problem = None if error.field else error.message
    return _render_show(visitatie, problem=problem, **forms), _status(error)


def _status(error: DomainError) -> int:
    """Invalid or stale input is 400; a refusal because of the stage or the term is 409."""
    return 400 if error.field or isinstance(error, StaleEdit) else 409


def _render_show(visitatie, problem=None, create=None, decide=None):
    create, decide = create or {}, decide or {}
    page = build_page(db.session, current_user, visitatie, local_today(), create, decide)
    invalid = next((f for f in [*create.values(), *decide.values()] if f.errors), None)
    return render_template("wederhoor/show.html", visitatie=visitatie, page=page,
                           problem=problem, invalid_form=invalid,
                           delete_form=CorrectieDeleteForm(), besluit_label=besluit_label)


def _render_edit(visitatie, correctie, form):
    return render_template("wederhoor/edit.html", visitatie=visitatie, correctie=correctie,
                           form=form, deadline=queries.deadline_of(visitatie))


def _render_submit(visitatie, form):
    total, _open = queries.correction_counts(db.session, visitatie)
    return render_template("wederhoor/submit.html", visitatie=visitatie, form=form,
                           total=total, deadline=queries.deadline_of(visitatie))


def _render_behandeling(visitatie, form):
    return render_template("wederhoor/behandeling.html", visitatie=visitatie, form=form)
