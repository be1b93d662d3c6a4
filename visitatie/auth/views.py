"""Logging in and out, and setting passwords."""
from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from forms.auth import LoginForm, PasswordChangeForm, PasswordForgottenForm, PasswordResetForm
from visitatie.auth import loader  # noqa: F401  (registers the user loader)
from visitatie.auth import operations as ops
from visitatie.auth.throttle import is_login_blocked, record_failed_login
from visitatie.core.domain import DomainError
from visitatie.core.transaction import commit
from visitatie.core.urls import is_safe_next
from visitatie.extensions import db

bp = Blueprint("auth", __name__)


@bp.route("/inloggen", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("home.werkruimte"))
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("auth/login.html", form=form), 400 if form.errors else 200
    if is_login_blocked(form.email.data, request.remote_addr):
        form.form_errors.append(_("Te veel mislukte inlogpogingen. Wacht vijf minuten en "
                                  "probeer het dan opnieuw."))
        return render_template("auth/login.html", form=form), 429
    user = ops.authenticate(db.session, form.email.data, form.wachtwoord.data)
    commit()
    if user is None:
        record_failed_login(form.email.data, request.remote_addr)
        form.form_errors.append(_("Het e-mailadres of het wachtwoord klopt niet."))
        return render_template("auth/login.html", form=form), 401
    _renew_session()
    login_user(user)
    target = request.args.get("next")
    return redirect(target if is_safe_next(target) else url_for("home.werkruimte"))


@bp.post("/uitloggen")
@login_required
def logout():
    logout_user()
    _renew_session()
    flash(_("U bent uitgelogd."), "success")
    return redirect(url_for("public.index"))


@bp.route("/wachtwoord-vergeten", methods=["GET", "POST"])
def forgot_password():
    form = PasswordForgottenForm()
    if not form.validate_on_submit():
        return render_template("auth/forgot.html", form=form), 400 if form.errors else 200
    ops.request_password_reset(db.session, form.email.data)
    commit()
    return render_template("auth/forgot_sent.html")


@bp.route("/wachtwoord-instellen/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    user = ops.user_for_password_token(db.session, token)
    if user is None:
        return render_template("auth/token_invalid.html"), 404
    form = PasswordResetForm()
    if not form.validate_on_submit():
        return render_template("auth/reset.html", form=form, user=user), \
            400 if form.errors else 200
    ops.set_password(db.session, user, form.nieuw_wachtwoord.data)
    commit()
    flash(_("Uw wachtwoord is ingesteld. U kunt nu inloggen."), "success")
    return redirect(url_for("auth.login"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    form = PasswordChangeForm()
    if form.validate_on_submit():
        try:
            ops.change_own_password(db.session, current_user, form.huidig_wachtwoord.data,
                                    form.nieuw_wachtwoord.data)
        except DomainError as error:
            form.huidig_wachtwoord.errors.append(error.message)
        else:
            commit()
            login_user(current_user)  # this session carries on with the new version
            flash(_("Uw wachtwoord is gewijzigd. Andere sessies zijn uitgelogd."), "success")
            return redirect(url_for("auth.account"))
    return render_template("auth/account.html", form=form), 400 if form.errors else 200


def _renew_session() -> None:
    """Start a fresh session (no fixation), keeping only the chosen language."""
    taal = session.get("taal")
    session.clear()
    if taal:
        session["taal"] = taal
