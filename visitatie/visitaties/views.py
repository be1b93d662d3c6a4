"""The page of one visitatie."""
from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from visitatie.audit.queries import events_for
from visitatie.extensions import db
from visitatie.visitaties.permissions import can_view_visitatie
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("visitaties", __name__, url_prefix="/visitaties")


@bp.get("/<int:visitatie_id>")
@login_required
def show(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_view_visitatie(current_user, visitatie):
        abort(403)
    return render_template("visitaties/show.html", visitatie=visitatie,
                           events=events_for(db.session, visitatie))
