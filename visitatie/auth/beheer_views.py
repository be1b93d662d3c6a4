"""The beheerder's pages for accounts and roles."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.gebruikers import ConfirmForm, RoleAssignForm, UserCreateForm, UserEditForm
from forms.gebruikers import TwoFactorResetForm, UserFilterForm
from visitatie.auth import operations as ops
from visitatie.auth import queries
from visitatie.auth.models import RoleAssignment, User
from visitatie.auth.permissions import can_manage_users, can_reset_two_factor
from visitatie.auth.permissions import must_use_two_factor
from visitatie.auth.two_factor import reset_two_factor
from visitatie.core.domain import DomainError
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.visitaties.models import Visitatie

bp = Blueprint("gebruikers", __name__, url_prefix="/beheer/gebruikers")


@bp.before_request
@login_required
def require_beheerder():
    if not can_manage_users(current_user):
        abort(403)


@bp.get("/")
def index():
    form = UserFilterForm(request.args)
    form.validate()
    page = queries.search_users(db.session, form.q.data, form.rol.data,
                                request.args.get("pagina", 1, type=int))
    return render_template("gebruikers/index.html", form=form, page=page)


@bp.route("/nieuw", methods=["GET", "POST"])
def create():
    form = UserCreateForm()
    form.set_dienst_choices(queries.all_diensten(db.session))
    if form.validate_on_submit():
        try:
            user = ops.create_user(db.session, current_user, email=form.email.data,
                                   naam=form.naam.data, functie=form.functie.data,
                                   dienst_id=form.dienst_id.data)
        except DomainError as error:
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Account aangemaakt; %(email)s krijgt een uitnodiging per e-mail.",
                    email=user.email), "success")
            return redirect(url_for("gebruikers.show", user_id=user.id))
    return render_template("gebruikers/create.html", form=form), 400 if form.errors else 200


@bp.route("/<int:user_id>", methods=["GET", "POST"])
def show(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = UserEditForm(obj=user if request.method == "GET" else None)
    form.set_dienst_choices(queries.all_diensten(db.session))
    if form.validate_on_submit():
        try:
            # 0 is no version the form showed: refused as changed by someone else
            ops.update_user(db.session, current_user, user,
                            version_id=version_seen(form.version_id.data, fallback=0),
                            **_user_fields(form))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Gegevens opgeslagen."), "success")
            return redirect(url_for("gebruikers.show", user_id=user.id))
    return _render_user(user, form, _role_form()), 400 if form.errors else 200


@bp.post("/<int:user_id>/rollen")
def add_role(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = _role_form()
    if form.validate_on_submit():
        try:
            visitatie = db.session.get(Visitatie, form.visitatie_id.data or 0)
            ops.assign_role(db.session, current_user, user, form.chosen_rol,
                            dienst_id=form.dienst_id.data, visitatie=visitatie,
                            ronde_id=form.ronde_id.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Rol toegekend."), "success")
            return redirect(url_for("gebruikers.show", user_id=user.id))
    return _render_user(user, _edit_form(user), form), 400


@bp.post("/<int:user_id>/rollen/<int:assignment_id>/intrekken")
def remove_role(user_id: int, assignment_id: int):
    assignment = db.session.get(RoleAssignment, assignment_id)
    if assignment is None or assignment.user_id != user_id:
        abort(404)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        ops.remove_role(db.session, current_user, assignment)
    except DomainError as error:
        rollback()
        flash(error.message, "error")
    else:
        commit()
        flash(_("Rol ingetrokken."), "success")
    return redirect(url_for("gebruikers.show", user_id=user_id))


@bp.post("/<int:user_id>/tweestaps-herstellen")
def reset_second_factor(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    if not can_reset_two_factor(current_user):
        abort(403)
    form = _reset_form(user)
    if not form.validate_on_submit():
        return _render_user(user, _edit_form(user), _role_form(), form), 400
    reset_two_factor(db.session, current_user, user)
    commit()
    if must_use_two_factor(user):
        flash(_("De tweestapsverificatie van %(naam)s is verwijderd; bij de volgende keer "
                "inloggen stelt %(naam)s die opnieuw in.", naam=user.naam), "success")
    else:
        flash(_("De tweestapsverificatie van %(naam)s is verwijderd; %(naam)s logt nu in met "
                "alleen het wachtwoord en kan die zelf weer instellen via ‘Mijn account’.",
                naam=user.naam), "success")
    return redirect(url_for("gebruikers.show", user_id=user.id))


def _role_form() -> RoleAssignForm:
    form = RoleAssignForm(prefix="rol")
    form.set_choices(*queries.role_scope_choices(db.session))
    return form


def _edit_form(user: User) -> UserEditForm:
    form = UserEditForm(obj=user)
    form.set_dienst_choices(queries.all_diensten(db.session))
    return form


def _reset_form(user: User) -> TwoFactorResetForm:
    form = TwoFactorResetForm(prefix="tweestaps")
    form.name_person(user.naam)
    return form


def _render_user(user: User, form: UserEditForm, role_form: RoleAssignForm,
                 reset_form: TwoFactorResetForm | None = None):
    return render_template("gebruikers/show.html", user=user, form=form,
                           role_form=role_form, confirm_form=ConfirmForm(),
                           reset_form=reset_form or _reset_form(user),
                           two_factor_required=must_use_two_factor(user))


def _user_fields(form: UserEditForm) -> dict:
    return {"naam": form.naam.data.strip(), "email": form.email.data,
            "functie": form.functie.data or None, "dienst_id": form.dienst_id.data,
            "is_actief": form.is_actief.data}
