"""Logging in (password, then the second factor) and out, and setting passwords."""
from flask import Blueprint, flash, redirect, render_template, request, session
from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from markupsafe import Markup

from forms.auth import LoginForm, PasswordChangeForm, PasswordForgottenForm, PasswordResetForm
from forms.two_factor import SecondFactorForm
from visitatie.auth import loader  # noqa: F401  (registers the user loader)
from visitatie.auth import operations as ops
from visitatie.auth import sessions
from visitatie.auth.models import User
from visitatie.auth.permissions import needs_two_factor_setup
from visitatie.auth.throttle import (
    allow_reset_request, is_login_blocked, is_second_factor_blocked,
    record_failed_login, record_failed_second_factor, record_good_login,
)
from visitatie.auth.two_factor import is_used_code, verify_second_factor
from visitatie.auth.two_factor_views import bp as two_factor_bp
from visitatie.auth.two_factor_views import account_context, is_two_factor_enforced
from visitatie.core.domain import DomainError
from visitatie.core.transaction import commit
from visitatie.core.urls import is_safe_next
from visitatie.db import utcnow
from visitatie.extensions import db

bp = Blueprint("auth", __name__)
bp.register_blueprint(two_factor_bp)
PENDING_KEY = "tweede_stap"  # the user whose password was right, waiting for the code
PENDING_SECONDS = 300
# What a user who must set up the second factor may still reach (enforced mode).
SETUP_ENDPOINTS = {"auth.tweestaps.setup", "auth.logout", "static", "core.choose_language",
                   "core.healthz"}


@bp.before_app_request
def require_two_factor_setup():
    if request.endpoint in SETUP_ENDPOINTS or not is_two_factor_enforced():
        return None
    if current_user.is_authenticated and needs_two_factor_setup(current_user):
        return redirect(url_for("auth.tweestaps.setup"))
    return None


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
    if user.has_two_factor:
        _renew_session()
        session[PENDING_KEY] = {"u": user.id, "t": _stamp(), "n": request.args.get("next")}
        return redirect(url_for("auth.login_code"))
    return _complete_login(user, None, request.args.get("next"))


@bp.route("/inloggen/code", methods=["GET", "POST"])
def login_code():
    user, target = _pending_user()
    if user is None:
        flash(_("Log opnieuw in: de tijd voor de code is verstreken."), "info")
        return redirect(url_for("auth.login"))
    form = SecondFactorForm()
    if not form.validate_on_submit():
        return render_template("auth/login_code.html", form=form), 400 if form.errors else 200
    if is_second_factor_blocked(user.id):
        form.form_errors.append(_("Te veel onjuiste codes. Wacht vijf minuten en probeer het "
                                  "dan opnieuw."))
        return render_template("auth/login_code.html", form=form), 429
    via = verify_second_factor(db.session, user, form.code.data)
    if via is None:
        commit()
        record_failed_second_factor(user.id)
        form.code.errors.append(
            _("Deze code is al gebruikt. Wacht tot de app een nieuwe code toont en typ die.")
            if is_used_code(user, form.code.data) else _("De code klopt niet."))
        return render_template("auth/login_code.html", form=form), 401
    return _complete_login(user, via, target)


@bp.post("/uitloggen")
@login_required
def logout():
    ops.log_out(db.session, sessions.current_token())
    commit()
    logout_user()
    _renew_session()
    flash(_("U bent uitgelogd."), "success")
    return redirect(url_for("public.index"))


@bp.route("/wachtwoord-vergeten", methods=["GET", "POST"])
def forgot_password():
    form = PasswordForgottenForm()
    if not form.validate_on_submit():
        return render_template("auth/forgot.html", form=form), 400 if form.errors else 200
    if allow_reset_request(form.email.data, request.remote_addr):
        ops.request_password_reset(db.session, form.email.data)
        commit()
    return render_template("auth/forgot_sent.html")


@bp.route("/wachtwoord-instellen/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    found = ops.password_token_holder(db.session, token)
    if found is None:
        return render_template("auth/token_invalid.html"), 404
    user, data = found
    form = PasswordResetForm()
    if not form.validate_on_submit():
        return render_template("auth/reset.html", form=form, user=user), \
            400 if form.errors else 200
    ops.set_password_with_token(db.session, user, data, form.nieuw_wachtwoord.data)
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
                                    form.nieuw_wachtwoord.data,
                                    keep_session=sessions.current_token())
        except DomainError as error:
            form.huidig_wachtwoord.errors.append(error.message)
        else:
            commit()
            login_user(current_user._get_current_object())  # this session carries on
            flash(_("Uw wachtwoord is gewijzigd. Andere sessies zijn uitgelogd."), "success")
            return redirect(url_for("auth.account"))
    return render_template("auth/account.html", form=form, **account_context()), \
        400 if form.errors else 200


def _complete_login(user: User, second_factor: str | None, target: str | None):
    """Open the server-side session, put its token in a fresh cookie, and move on."""
    token = ops.log_in(db.session, user, second_factor)
    commit()
    record_good_login(user.email, request.remote_addr)
    _renew_session()
    sessions.remember_in_cookie(token)
    login_user(user)
    if needs_two_factor_setup(user):
        if is_two_factor_enforced():
            return redirect(url_for("auth.tweestaps.setup"))
        flash(Markup('{} <a href="{}">{}</a>').format(
            _("Uw rol vraagt om tweestapsverificatie; in deze omgeving mag u dat uitstellen."),
            url_for("auth.tweestaps.setup"), _("Tweestapsverificatie instellen")), "info")
    return redirect(target if is_safe_next(target) else url_for("home.werkruimte"))


def _pending_user() -> tuple[User | None, str | None]:
    """Return the user waiting for the code step (if not too long ago) and their target."""
    pending = session.get(PENDING_KEY)
    if not isinstance(pending, dict) or _stamp() - pending.get("t", 0) > PENDING_SECONDS:
        return None, None
    user = db.session.get(User, pending.get("u") or 0)
    if user is None or not user.is_actief or not user.has_two_factor:
        return None, None
    return user, pending.get("n")


def _stamp() -> int:
    return int(utcnow().timestamp())


def _renew_session() -> None:
    """Start a fresh session (no fixation), keeping only the chosen language."""
    taal = session.get("taal")
    session.clear()
    if taal:
        session["taal"] = taal
