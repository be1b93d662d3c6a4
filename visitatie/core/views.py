"""Health check and the language switch."""
from flask import Blueprint, current_app, jsonify, redirect, request, session, url_for
from flask_login import current_user
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from visitatie.auth.permissions import is_beheerder
from visitatie.core.urls import is_safe_next
from visitatie.extensions import csrf, db
from visitatie.jobs import queue_status

bp = Blueprint("core", __name__)


@bp.get("/healthz")
@csrf.exempt
def healthz():
    # The outside world (load balancers, uptime checks) gets the verdict and the status code
    # only; which part is down is for a logged-in beheerder.
    database = _database_status()
    queue = queue_status()
    healthy = database == "ok" and queue != "unavailable"
    body = {"status": "ok" if healthy else "degraded"}
    if database == "ok" and is_beheerder(current_user):
        body |= {"database": database, "queue": queue}
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response, 200 if database == "ok" else 503


@bp.post("/taal")
def choose_language():
    taal = request.form.get("taal")
    if taal in current_app.config["LANGUAGES"]:
        session["taal"] = taal
    target = request.form.get("next")
    return redirect(target if is_safe_next(target) else url_for("public.index"))


def _database_status() -> str:
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return "unavailable"
    return "ok"
