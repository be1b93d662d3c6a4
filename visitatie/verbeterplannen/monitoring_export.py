"""The monitoring rows as a spreadsheet (XLSX) and as CSV for Dutch Excel."""
import csv
import io
from datetime import date

from flask_babel import lazy_gettext as _l

from visitatie.exports.cells import csv_text, keep_as_text
from visitatie.verbeterplannen.monitoring_queries import STATUSES, MonitoringRow
from visitatie.verbeterplannen.voortgang_labels import ACTIE_STATUS_LABELS, plan_state_label
from visitatie.visitaties.labels import state_label


def _yes_no(value: bool) -> str:
    return str(_l("ja")) if value else str(_l("nee"))


def _status_columns():
    for status in STATUSES:
        label = ACTIE_STATUS_LABELS[status]
        yield (_l("%(status)s (aantal)", status=label),
               lambda r, s=status: r.per_status[s])
        yield (_l("%(status)s (%%)", status=label), lambda r, s=status: r.share(s))


COLUMNS = (
    (_l("Omgevingsdienst"), lambda r: r.dienst_naam),
    (_l("Fase visitatie"), lambda r: state_label(r.visitatie_state)),
    (_l("Fase verbeterplan"), lambda r: plan_state_label(r.plan_state)),
    (_l("Aantal acties"), lambda r: r.acties),
    *_status_columns(),
    (_l("Acties te laat"), lambda r: r.acties_te_laat),
    (_l("Voortgangsrapportages te laat"), lambda r: r.rapportages_te_laat),
    (_l("Dagen sinds laatste voortgangsrapportage"), lambda r: r.dagen_sinds_rapportage),
    (_l("Termijn verbeterplan"), lambda r: r.plan_due_on),
    (_l("Verbeterplan te laat"), lambda r: _yes_no(r.plan_te_laat)),
)


def headers() -> list[str]:
    """Return the Dutch column headers of the exports."""
    return [str(header) for header, _value in COLUMNS]


def values(row: MonitoringRow) -> list:
    """Return one row's cells (numbers as numbers, dates as dates, empty as None)."""
    return [value(row) for _header, value in COLUMNS]


def to_csv(rows) -> bytes:
    """Return the rows as CSV with ';' and a UTF-8 BOM, as Dutch Excel expects."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers())
    for row in rows:
        writer.writerow([_csv_cell(v) for v in values(row)])
    return buffer.getvalue().encode("utf-8-sig")


def _csv_cell(value):
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else csv_text(value)


def to_xlsx(rows, title: str) -> bytes:
    """Return the rows as an XLSX workbook with one sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(_l("Verbeterplannen"))
    sheet.append(headers())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        sheet.append(values(row))
        keep_as_text(sheet[number])
    _format_dates(sheet)
    sheet.freeze_panes = "B2"
    workbook.properties.title = title
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _format_dates(sheet) -> None:
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "dd-mm-yyyy"
