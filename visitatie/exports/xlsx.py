"""Write one sheet as an XLSX workbook: bold frozen header, column widths, real dates."""
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO

from flask_babel import to_user_timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from visitatie.exports.cells import keep_as_text

DATE_FORMAT = "DD-MM-YYYY"
MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    is_date: bool = False
    wrap: bool = False


def as_local_date(moment: datetime | date | None) -> date | None:
    """Return the date of a moment in the application's time zone (dates pass unchanged)."""
    if isinstance(moment, datetime):
        return to_user_timezone(moment).date()
    return moment


def workbook_bytes(title: str, columns: list[Column], rows) -> bytes:
    """Return an XLSX file with one sheet: a header row and the rows below it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]  # Excel's limit for a sheet name
    sheet.append([str(c.header) for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):  # counting rows: sheet.max_row scans all
        sheet.append(list(row))
        keep_as_text(sheet[number])
    _format_columns(sheet, columns)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _format_columns(sheet, columns: list[Column]) -> None:
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        for cell in sheet[letter][1:]:
            if column.is_date:
                cell.number_format = DATE_FORMAT
            if column.wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
