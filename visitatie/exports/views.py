"""Downloads as XLSX: the bevindingen of a report, the visitaties overview of a ronde."""
from io import BytesIO

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from visitatie.exports import sheets
from visitatie.exports.permissions import can_export_bevindingen, can_export_ronde
from visitatie.exports.xlsx import MIMETYPE
from visitatie.extensions import db
from visitatie.rondes.models import Ronde
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("exports", __name__)


@bp.get("/visitaties/<int:visitatie_id>/bevindingen/export.xlsx")
@login_required
def bevindingen(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not can_export_bevindingen(current_user, visitatie):
        abort(403)
    name = f"bevindingen-{visitatie.dienst.slug}-ronde-{visitatie.ronde.nummer}.xlsx"
    return _xlsx(sheets.bevindingen_xlsx(db.session, visitatie), name)


@bp.get("/rondes/<int:ronde_id>/visitaties.xlsx")
@login_required
def ronde_visitaties(ronde_id: int):
    if not can_export_ronde(current_user):
        abort(403)
    ronde = db.session.get(Ronde, ronde_id) or abort(404)
    return _xlsx(sheets.ronde_visitaties_xlsx(db.session, ronde),
                 f"visitaties-ronde-{ronde.nummer}.xlsx")


def _xlsx(content: bytes, name: str):
    response = send_file(BytesIO(content), mimetype=MIMETYPE, as_attachment=True,
                         download_name=name)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.cache_control.private = True
    response.cache_control.no_store = True
    return response
