"""The logged-in user's own notifications ("Mijn meldingen"), read-only."""
from datetime import date

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from visitatie.extensions import db
from visitatie.notificaties import queries
from visitatie.notificaties.labels import soort_label

bp = Blueprint("notificaties", __name__, url_prefix="/meldingen")


@bp.get("/")
@login_required
def index():
    meldingen = queries.notifications_of(db.session, current_user, date.today())
    return render_template("notificaties/index.html", meldingen=meldingen,
                           visitaties=queries.visitaties_for(db.session, meldingen),
                           soort_label=soort_label)
