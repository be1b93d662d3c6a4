"""The public start page: no login needed, only what is public."""
from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from visitatie.diensten.models import Dienst
from visitatie.extensions import db

bp = Blueprint("public", __name__)


@bp.get("/")
def index():
    if current_user.is_authenticated:
        return redirect(url_for("home.werkruimte"))
    return openbaar()


@bp.get("/openbaar")
def openbaar():
    diensten = db.session.scalars(
        select(Dienst).where(Dienst.geldig_tot.is_(None)).order_by(Dienst.naam)
        .options(selectinload(Dienst.provincies))
    ).all()
    return render_template("public/index.html", diensten=diensten)
