"""The analysis as a spreadsheet (one sheet per view) and the matrix as CSV for Dutch Excel.

Every number comes from the same Analyse the pages show, so a download equals the page.
Texts that a spreadsheet would read as a formula stay text (visitatie.exports.cells).
"""
import csv
import io

from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from visitatie.analyse import labels
from visitatie.analyse.queries import Analyse, coded_findings
from visitatie.bevindingen.labels import TYPE_GROUP_LABELS, TYPE_LABELS
from visitatie.exports.cells import csv_text, keep_as_text
from visitatie.exports.xlsx import Column


# --- the tables -------------------------------------------------------------------------

def matrix_table(analyse: Analyse) -> tuple[list[str], list[list]]:
    """Return the matrix: a row per theme, a column per dienst, then the totals and share."""
    matrix, types = analyse.matrix, analyse.types
    headers = [_("Code"), _("Thema"), *(c.dienst.korte_naam for c in matrix.columns),
               *(_("%(soort)s (totaal)", soort=TYPE_GROUP_LABELS[t]) for t in types),
               _("Totaal"), _("Aantal diensten"), _("Van")]
    rows = []
    for keuze in matrix.rows:
        thema = keuze.thema
        rows.append([thema.code, thema.naam,
                     *(matrix.cell_total(thema.id, c.id) for c in matrix.columns),
                     *(matrix.total(thema.id, t) for t in types), matrix.total(thema.id),
                     matrix.diensten_with(thema.id), analyse.van])
    return headers, rows


def aandeel_table(analyse: Analyse) -> tuple[list[str], list[list]]:
    """Return per theme and type at how many diensten, with the previous ronde's share."""
    headers = [_("Code"), _("Thema"), _("Soort"), _("Aantal diensten"), _("Van"),
               _("Aandeel (%)"), _("In woorden"), _("Vorige ronde: aantal diensten"),
               _("Vorige ronde: van")]
    rows = []
    for keuze in analyse.matrix.rows:
        for type_ in (None, *analyse.types):
            rows.append([keuze.thema.code, keuze.thema.naam, _type_name(type_),
                         *_share_cells(analyse, keuze.thema, type_)])
    return headers, rows


def _type_name(type_: str | None) -> str:
    return str(TYPE_LABELS[type_]) if type_ else _("Alle gekozen soorten")


def _share_cells(analyse: Analyse, thema, type_) -> list:
    share = analyse.aandeel(thema, type_)
    vorig = analyse.vorig_aandeel(thema, type_)
    return [share.diensten, share.van, share.procent,
            labels.quantifier(share.diensten, share.van),
            vorig.diensten if vorig else None, vorig.van if vorig else None]


def bevindingen_table(session, analyse: Analyse) -> tuple[list[str], list[list]]:
    """Return every coded finding once per theme of the matrix it is coded with."""
    headers = [_("Themacode"), _("Thema"), _("Omgevingsdienst"), _("Soort"), _("Nummer"),
               _("Tekst"), _("Rapportsectie")]
    findings = coded_findings(session, analyse.matrix, analyse.types)
    order = {k.thema.id: i for i, k in enumerate(analyse.matrix.rows)}
    coded = sorted(((order[code.thema_id], code.thema, b) for b in findings
                    for code in b.themas if code.thema_id in order), key=lambda t: t[0])
    rows = [[thema.code, thema.naam, b.visitatie.dienst.naam, str(TYPE_LABELS[b.type]),
             b.nummer, b.tekst, b.rapport_sectie] for _i, thema, b in coded]
    return headers, rows


def vergelijking_table(analyse: Analyse) -> tuple[list[str], list[list]]:
    """Return per theme this ronde's findings and share beside the previous ronde's."""
    nu = analyse.ronde.naam
    vorig = analyse.vorige_ronde.naam if analyse.vorige_ronde else _("vorige ronde")
    headers = [_("Code"), _("Thema"),
               *(_("%(wat)s (%(ronde)s)", wat=w, ronde=r) for r in (nu, vorig)
                 for w in (_("Bevindingen"), _("Aantal diensten"), _("Van"), _("Aandeel (%)"))),
               _("Verschil aandeel (procentpunten)")]
    return headers, [_comparison_row(analyse, k.thema) for k in analyse.matrix.rows]


def _comparison_row(analyse: Analyse, thema) -> list:
    share, vorig = analyse.aandeel(thema), analyse.vorig_aandeel(thema)
    before = ([analyse.vorig_totaal(thema), vorig.diensten, vorig.van, vorig.procent]
              if vorig else [None] * 4)
    difference = share.procent - vorig.procent if vorig else None
    return [thema.code, thema.naam, analyse.matrix.total(thema.id), share.diensten, share.van,
            share.procent, *before, difference]


# --- the files --------------------------------------------------------------------------

def to_xlsx(session, analyse: Analyse) -> bytes:
    """Return the workbook: Matrix, Aandeel diensten, Bevindingen, Vergelijking."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    _add_sheet(workbook, _("Matrix"), *matrix_table(analyse), widths={1: 40}, freeze="C2")
    _add_sheet(workbook, _("Aandeel diensten"), *aandeel_table(analyse), widths={1: 40})
    _add_sheet(workbook, _("Bevindingen"), *bevindingen_table(session, analyse),
               widths={1: 36, 2: 36, 5: 80, 6: 30}, wrap={5})
    _add_sheet(workbook, _("Vergelijking"), *vergelijking_table(analyse), widths={1: 40})
    workbook.properties.title = _("Analyse %(ronde)s", ronde=analyse.ronde.naam)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _add_sheet(workbook, title: str, headers, rows, widths=None, wrap=(), freeze="A2"):
    sheet = workbook.create_sheet(title[:31])  # Excel's limit for a sheet name
    sheet.append([str(h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    keep_as_text(sheet[1])  # headers name diensten and themes
    for number, row in enumerate(rows, start=2):
        sheet.append(list(row))
        keep_as_text(sheet[number])
    columns = [Column(str(h), (widths or {}).get(i, 14), wrap=i in wrap)
               for i, h in enumerate(headers)]
    _format_columns(sheet, columns)
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = sheet.dimensions


def _format_columns(sheet, columns: list[Column]) -> None:
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
        if column.wrap:
            for cell in sheet[get_column_letter(index)][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def to_csv(analyse: Analyse) -> bytes:
    """Return the matrix as CSV with ';' and a UTF-8 BOM, as Dutch Excel expects."""
    headers, rows = matrix_table(analyse)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_csv_text(h) for h in headers])
    for row in rows:
        writer.writerow([_csv_text(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def _csv_text(value):
    return "" if value is None else csv_text(value)
