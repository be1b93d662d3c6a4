"""The start page behind the login, fit for the user's roles."""
from flask import Blueprint, render_template, request
from flask_login import current_user, login_required

from visitatie.extensions import db
from visitatie.home.sections import build_start_page

bp = Blueprint("home", __name__)


@bp.get("/werkruimte")
@login_required
def werkruimte():
    page = build_start_page(db.session, current_user, request.args.get("ronde", type=int),
                            request.args.get("pagina", 1, type=int))
    return render_template("home/werkruimte.html", page=page)
