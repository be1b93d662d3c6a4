"""The outbox: the beheerder reads the e-mail the application sent or kept."""
import re

from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required
from sqlalchemy import select

from visitatie.auth.permissions import can_read_outbox
from visitatie.core.pagination import paginate
from visitatie.extensions import db
from visitatie.mail.models import OutgoingMail
from visitatie.mail.operations import SECRET_LINK_MARK

# Mail stored before links were kept apart (migration 0005) may still hold a live one.
PASSWORD_LINK = re.compile(r"\S*/wachtwoord-instellen/\S+")

bp = Blueprint("mail", __name__, url_prefix="/beheer/e-mail")


@bp.before_request
@login_required
def require_outbox_reader():
    if not can_read_outbox(current_user):
        abort(403)


@bp.get("/")
def index():
    stmt = select(OutgoingMail).order_by(OutgoingMail.created_at.desc(), OutgoingMail.id.desc())
    page = paginate(db.session, stmt, request.args.get("pagina", 1, type=int))
    return render_template("mail/index.html", page=page)


@bp.get("/<int:mail_id>")
def show(mail_id: int):
    mail = db.session.get(OutgoingMail, mail_id) or abort(404)
    body = PASSWORD_LINK.sub(SECRET_LINK_MARK, mail.body_text)
    return render_template("mail/show.html", mail=mail, body=body)
