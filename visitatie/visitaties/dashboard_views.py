"""The secretaris dashboard: all visitaties of a ronde with their deadlines."""
from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required

from forms.visitaties import DashboardFilterForm
from visitatie.extensions import db
from visitatie.visitaties.dashboard import build_dashboard
from visitatie.visitaties.labels import state_label
from visitatie.visitaties.planning_permissions import can_see_whole_ronde, can_view_dashboard

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")


@bp.get("/")
@login_required
def index():
    if not can_view_dashboard(current_user):
        abort(403)
    form = DashboardFilterForm(request.args)
    board = build_dashboard(db.session, current_user, form.ronde.data, form.fase.data or None,
                            form.lid.data, whole_ronde=form.weergave.data != "mijn")
    form.set_choices(board.rondes, board.members, state_label)
    form.ronde.data = board.ronde.id if board.ronde else None
    return render_template("dashboard/index.html", board=board, form=form,
                           can_see_whole_ronde=can_see_whole_ronde(current_user))
