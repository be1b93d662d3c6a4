"""The page of one visitatie and its lifecycle buttons."""
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.visitatie_transities import TransitionForm
from visitatie.core.domain import DomainError
from visitatie.core.forms import first_error
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.visitaties.labels import state_label
from visitatie.visitaties.operations import TransitionForbidden, fire_transition
from visitatie.visitaties.page import visitatie_page_context
from visitatie.visitaties.permissions import can_view_visitatie
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("visitaties", __name__, url_prefix="/visitaties")


def _load_visible(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_view_visitatie(current_user, visitatie):
        abort(403)
    return visitatie


@bp.get("/<int:visitatie_id>")
@login_required
def show(visitatie_id: int):
    visitatie = _load_visible(visitatie_id)
    return render_template("visitaties/show.html",
                           **visitatie_page_context(db.session, current_user, visitatie))


@bp.post("/<int:visitatie_id>/transities/<event>")
@login_required
def transition(visitatie_id: int, event: str):
    visitatie = _load_visible(visitatie_id)
    form = TransitionForm()
    if not form.validate_on_submit():
        return _show_refusal(visitatie, event, form, first_error(form)), 400
    source = visitatie.state
    try:
        fire_transition(db.session, current_user, visitatie, event,
                        remark=form.opmerking.data, version_id=_int(form.version_id.data))
    except TransitionForbidden:
        rollback()
        abort(403)
    except DomainError as error:
        rollback()
        return _show_refusal(visitatie, event, form, error.message), 409
    commit()
    flash(_("Fase gewijzigd: %(van)s → %(naar)s.", van=state_label(source),
            naar=state_label(visitatie.state)), "success")
    return redirect(url_for("visitaties.show", visitatie_id=visitatie.id))


def _show_refusal(visitatie, event: str, form, message: str | None):
    visitatie = load_visitatie(db.session, visitatie.id)
    context = visitatie_page_context(db.session, current_user, visitatie)
    context.update(refused_event=event, refusal=message, refused_form=form)
    return render_template("visitaties/show.html", **context)


def _int(value) -> int | None:
    return int(value) if value and str(value).isdecimal() else None
