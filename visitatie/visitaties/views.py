"""The page of one visitatie and its lifecycle buttons."""
from flask import Blueprint, abort, render_template, url_for
from flask_login import current_user, login_required

from forms.visitatie_transities import TransitionForm
from visitatie.core.transition_views import TransitionPage, handle_transition
from visitatie.extensions import db
from visitatie.visitaties.labels import state_label
from visitatie.visitaties.operations import fire_transition
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
    return handle_transition(_load_visible(visitatie_id), event, TransitionForm(),
                             _TRANSITION_PAGE)


def _show_refusal(visitatie, event: str, form, message: str | None):
    visitatie = load_visitatie(db.session, visitatie.id)
    context = visitatie_page_context(db.session, current_user, visitatie)
    context.update(refused_event=event, refusal=message, refused_form=form)
    return render_template("visitaties/show.html", **context)


_TRANSITION_PAGE = TransitionPage(
    fire=fire_transition, state_label=state_label, render_refusal=_show_refusal,
    show_url=lambda visitatie: url_for("visitaties.show", visitatie_id=visitatie.id))
