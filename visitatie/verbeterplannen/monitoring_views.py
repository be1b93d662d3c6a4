"""The ODNL monitoring view of all verbeterplannen of a ronde, with exports."""
import io
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, render_template, request, send_file
from flask_login import current_user, login_required

from forms.monitoring import MonitoringFilterForm
from visitatie.extensions import db
from visitatie.verbeterplannen import monitoring_export as export
from visitatie.verbeterplannen import monitoring_queries as queries
from visitatie.verbeterplannen.monitoring_permissions import can_view_monitoring
from visitatie.verbeterplannen.voortgang_labels import ACTIE_STATUS_LABELS, plan_state_label
from visitatie.core.dates import local_today

bp = Blueprint("monitoring", __name__, url_prefix="/monitoring")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Monitoring:
    form: MonitoringFilterForm
    ronde: object
    sort: str
    descending: bool
    rows: list


@bp.get("/")
@login_required
def index():
    view = _monitoring()
    return render_template("monitoring/index.html", view=view, today=local_today(),
                           statuses=queries.STATUSES, status_labels=ACTIE_STATUS_LABELS,
                           plan_state_label=plan_state_label)


@bp.get("/export.xlsx")
@login_required
def export_xlsx():
    view = _monitoring()
    title = view.ronde.naam if view.ronde else ""
    return _attachment(export.to_xlsx(view.rows, title), view, "xlsx", XLSX)


@bp.get("/export.csv")
@login_required
def export_csv():
    view = _monitoring()
    return _attachment(export.to_csv(view.rows), view, "csv", "text/csv; charset=utf-8")


def _monitoring() -> Monitoring:
    if not can_view_monitoring(current_user):
        abort(403)
    form = MonitoringFilterForm(request.args)
    rondes = queries.rondes(db.session)
    form.set_ronde_choices(rondes)
    ronde = next((r for r in rondes if r.id == form.ronde.data), None)
    if ronde is None:
        default = queries.default_ronde_id(db.session, rondes)
        ronde = next((r for r in rondes if r.id == default), None)
    form.ronde.data = ronde.id if ronde else None
    sort = request.args.get("sort", queries.DEFAULT_SORT)
    sort = sort if sort in queries.SORT_KEYS else queries.DEFAULT_SORT
    descending = request.args.get("richting") == "desc"
    rows = queries.monitoring_rows(db.session, ronde.id, local_today(), sort,
                                   descending) if ronde else []
    return Monitoring(form, ronde, sort, descending, rows)


def _attachment(content: bytes, view: Monitoring, extension: str, mimetype: str):
    nummer = view.ronde.nummer if view.ronde else "geen"
    name = f"monitoring-verbeterplannen-ronde-{nummer}-{local_today().isoformat()}.{extension}"
    return send_file(io.BytesIO(content), mimetype=mimetype, as_attachment=True,
                     download_name=name, max_age=0)
