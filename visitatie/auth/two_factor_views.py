"""The user's own second factor: set it up, renew recovery codes, switch it off."""
from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.gebruikers import ConfirmForm
from forms.two_factor import TwoFactorConfirmForm, TwoFactorDisableForm
from visitatie.auth import two_factor as ops
from visitatie.auth.permissions import can_turn_off_two_factor, must_use_two_factor
from visitatie.core.domain import DomainError
from visitatie.core.forms import add_domain_error
from visitatie.core.transaction import commit
from visitatie.extensions import db

bp = Blueprint("tweestaps", __name__, url_prefix="/account/tweestaps")


def is_two_factor_enforced() -> bool:
    """Return whether required roles must set up the second factor before anything else.

    Not in the demo: anyone trying it out with the shared demo logins is prompted and may
    postpone, so the demo stays usable without a phone.
    """
    config = current_app.config
    return config.get("TWO_FACTOR_ENFORCED", True) and not config.get("DEMO_MODE", False)


def account_context() -> dict:
    """Return what the account page shows about the second factor."""
    return {"two_factor_required": must_use_two_factor(current_user),
            "may_turn_off": can_turn_off_two_factor(current_user),
            "recovery_left": ops.unused_recovery_codes(db.session, current_user),
            "confirm_form": ConfirmForm(), "disable_form": TwoFactorDisableForm()}


@bp.before_request
@login_required
def require_login():
    return None


@bp.route("/instellen", methods=["GET", "POST"])
def setup():
    if current_user.has_two_factor:
        return redirect(url_for("auth.account"))
    form = TwoFactorConfirmForm()
    if form.validate_on_submit():
        try:
            codes = ops.confirm_two_factor(db.session, current_user, form.code.data)
        except DomainError as error:
            add_domain_error(form, error)
        else:
            commit()
            return render_template("auth/recovery_codes.html", codes=codes, new=True)
    else:
        ops.prepare_two_factor(db.session, current_user)
        commit()  # the secret must survive until the code confirms it
    uri = ops.provisioning_uri(current_user)
    return render_template(
        "auth/two_factor_setup.html", form=form, secret=current_user.totp_secret,
        qr=ops.qr_svg(uri, _("QR-code voor uw authenticator-app")),
        required=must_use_two_factor(current_user), enforced=is_two_factor_enforced(),
    ), 400 if form.errors else 200


@bp.post("/herstelcodes")
def new_recovery_codes():
    if not current_user.has_two_factor or not ConfirmForm().validate_on_submit():
        abort(400)
    codes = ops.regenerate_recovery_codes(db.session, current_user)
    commit()
    return render_template("auth/recovery_codes.html", codes=codes, new=False)


@bp.post("/uitzetten")
def disable():
    if not can_turn_off_two_factor(current_user):
        abort(403)
    form = TwoFactorDisableForm()
    if form.validate_on_submit():
        try:
            ops.disable_two_factor(db.session, current_user, form.wachtwoord.data)
        except DomainError as error:
            flash(error.message, "error")
        else:
            commit()
            flash(_("Tweestapsverificatie staat uit."), "success")
    return redirect(url_for("auth.account"))
