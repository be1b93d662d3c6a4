"""The logged-in user's own notifications ("Mijn meldingen"), read-only."""
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, render_template, request
from flask_login import current_user, login_required

from visitatie.extensions import db
from visitatie.notificaties import queries
from visitatie.notificaties.about import describe, load_abouts
from visitatie.notificaties.kinds import link_for
from visitatie.notificaties.labels import soort_label
from visitatie.notificaties.models import Notificatie
from visitatie.core.dates import local_today

bp = Blueprint("notificaties", __name__, url_prefix="/meldingen")


@dataclass(frozen=True)
class Melding:
    notificatie: Notificatie
    tekst: str
    over: str | None
    link: str | None


@bp.get("/")
@login_required
def index():
    page = queries.notifications_page(db.session, current_user, local_today(),
                                      request.args.get("pagina", 1, type=int))
    abouts = load_abouts(db.session, page.items)
    meldingen = [_melding(n, abouts.get((n.object_type, n.object_id))) for n in page.items]
    return render_template("notificaties/index.html", page=page, meldingen=meldingen)


def _melding(notificatie: Notificatie, about) -> Melding:
    if about is None:  # the object was deleted since
        return Melding(notificatie, soort_label(notificatie.soort), None, None)
    return Melding(notificatie, soort_label(notificatie.soort), describe(about),
                   link_for(notificatie.soort, about))
