"""Plan visitaties: create one, set its visit dates, compose its committee."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.visitaties import (
    CommitteeMemberAddForm, CommitteeMemberRemoveForm, RondeChoiceForm, VisitatieCreateForm,
    VisitDatesEditForm,
)
from visitatie.auth.models import User
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.diensten.models import Dienst
from visitatie.extensions import db
from visitatie.visitaties import operations_planning as ops
from visitatie.visitaties import planning_queries as queries
from visitatie.visitaties.planning_permissions import (
    are_visit_dates_editable, can_compose_committee, can_create_visitatie, can_set_visit_dates,
    is_committee_editable,
)
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("commissie", __name__, url_prefix="/visitaties")


@bp.route("/nieuw", methods=["GET", "POST"])
@login_required
def create():
    if not can_create_visitatie(current_user):
        abort(403)
    rondes = queries.rondes_newest_first(db.session)
    ronde = _chosen_ronde(rondes)
    form = VisitatieCreateForm(ronde_id=ronde.id if ronde else "")
    form.set_dienst_choices(queries.plannable_diensten(db.session, ronde) if ronde else [])
    if ronde and form.validate_on_submit():
        try:
            visitatie = ops.create_visitatie(
                db.session, current_user, ronde=ronde, dienst=_chosen_dienst(form),
                eerste_bezoekdag=form.eerste_bezoekdag.data,
                tweede_bezoekdag=form.tweede_bezoekdag.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Visitatie aangemaakt."), "success")
            return redirect(url_for("visitaties.show", visitatie_id=visitatie.id))
    return _render_create(rondes, ronde, form), 400 if form.errors else 200


@bp.route("/<int:visitatie_id>/bezoekdata", methods=["GET", "POST"])
@login_required
def visit_dates(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_set_visit_dates(current_user, visitatie):
        abort(403)
    form = VisitDatesEditForm(obj=visitatie if request.method == "GET" else None)
    if form.validate_on_submit():
        try:
            ops.set_visit_dates(db.session, current_user, visitatie,
                                eerste_bezoekdag=form.eerste_bezoekdag.data,
                                tweede_bezoekdag=form.tweede_bezoekdag.data,
                                version_id=version_seen(form.version_id.data, fallback=0))
        except DomainError as error:
            _refuse(form, error, visitatie)
        else:
            commit()
            flash(_("Bezoekdagen opgeslagen."), "success")
            return redirect(url_for("visitaties.show", visitatie_id=visitatie.id))
    return render_template("commissie/bezoekdata.html", visitatie=visitatie, form=form,
                           editable=are_visit_dates_editable(visitatie)), (
        400 if form.errors else 200)


@bp.get("/<int:visitatie_id>/commissie")
@login_required
def committee(visitatie_id: int):
    visitatie = _load_for_composing(visitatie_id)
    return _render_committee(visitatie, _member_form(visitatie))


@bp.post("/<int:visitatie_id>/commissie")
@login_required
def add_member(visitatie_id: int):
    visitatie = _load_for_composing(visitatie_id)
    form = _member_form(visitatie)
    if form.validate_on_submit():
        try:
            ops.add_committee_member(db.session, current_user, visitatie,
                                     db.session.get(User, form.user_id.data), form.rol.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Toegevoegd aan de commissie."), "success")
            return redirect(url_for("commissie.committee", visitatie_id=visitatie_id))
    return _render_committee(load_visitatie(db.session, visitatie_id), form), 400


@bp.post("/<int:visitatie_id>/commissie/<int:assignment_id>/verwijderen")
@login_required
def remove_member(visitatie_id: int, assignment_id: int):
    visitatie = _load_for_composing(visitatie_id)
    assignment = queries.committee_assignment(db.session, visitatie, assignment_id) or abort(404)
    if not CommitteeMemberRemoveForm().validate_on_submit():
        abort(400)
    naam = assignment.user.naam
    try:
        ops.remove_committee_member(db.session, current_user, visitatie, assignment)
    except DomainError as error:
        rollback()
        flash(error.message, "error")
    else:
        commit()
        flash(_("%(naam)s is uit de commissie verwijderd.", naam=naam), "success")
    return redirect(url_for("commissie.committee", visitatie_id=visitatie_id))


def _chosen_ronde(rondes):
    if request.method == "POST":
        wanted = request.form.get("ronde_id", type=int)
        return next((r for r in rondes if r.id == wanted), None) or abort(400)
    wanted = request.args.get("ronde", type=int)
    return next((r for r in rondes if r.id == wanted), rondes[0] if rondes else None)


def _chosen_dienst(form) -> Dienst:
    dienst = db.session.get(Dienst, form.dienst_id.data)
    if dienst is None:
        raise DomainError(_("Kies de omgevingsdienst."), field="dienst_id")
    return dienst


def _render_create(rondes, ronde, form):
    picker = RondeChoiceForm(formdata=None, ronde=ronde.id if ronde else None)
    picker.set_ronde_choices(rondes)
    return render_template("commissie/create.html", form=form, picker=picker, ronde=ronde)


def _refuse(form, error: DomainError, visitatie) -> None:
    rollback()
    add_domain_error(form, error)
    if isinstance(error, StaleEdit):
        # Reloaded after the rollback: saving again now overwrites knowingly.
        form.version_id.data = visitatie.version_id


def _load_for_composing(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_compose_committee(current_user, visitatie):
        abort(403)
    return visitatie


def _member_form(visitatie) -> CommitteeMemberAddForm:
    form = CommitteeMemberAddForm()
    form.set_user_choices(queries.committee_candidates(db.session), visitatie.dienst_id)
    return form


def _render_committee(visitatie, form):
    return render_template("commissie/commissie.html", visitatie=visitatie, form=form,
                           remove_form=CommitteeMemberRemoveForm(),
                           editable=is_committee_editable(visitatie))

