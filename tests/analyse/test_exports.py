"""The exports parse back and hold the numbers of the page; formulas stay text."""
import csv
import io

from openpyxl import load_workbook

from tests.analyse.factories import make_coded_ronde
from tests.analyse.test_pages import matrix_url, page_rows
from tests.bevindingen.factories import make_bevinding
from visitatie.analyse.matrix import MatrixFilter
from visitatie.analyse.queries import analyse_of


def _workbook(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.mimetype.endswith("spreadsheetml.sheet")
    return load_workbook(io.BytesIO(response.data))


def _csv_rows(client, url) -> list[list[str]]:
    response = client.get(url)
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.data.startswith("\ufeff".encode("utf-8"))  # BOM for Dutch Excel
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig")), delimiter=";"))


def _sheet_rows(sheet) -> list[list]:
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_xlsx_has_a_sheet_per_view_with_the_page_numbers(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    client = login(beheerder)
    page = page_rows(client.get(matrix_url(coded)).get_data(as_text=True))
    workbook = _workbook(client, matrix_url(coded).replace("?", "") + "/export.xlsx")
    assert workbook.sheetnames == ["Matrix", "Aandeel diensten", "Bevindingen", "Vergelijking"]
    matrix = _sheet_rows(workbook["Matrix"])
    columns = analyse_of(session, coded.ronde, MatrixFilter()).matrix.columns
    assert matrix[0][:5] == ["Code", "Thema", *(c.dienst.korte_naam for c in columns)]
    assert matrix[0][-6:] == ["Sterke punten (totaal)", "Bevindingen (totaal)",
                              "Aanbevelingen (totaal)", "Totaal", "Aantal diensten", "Van"]
    assert {row[0]: row[2:5] for row in matrix[1:]} == page
    assert matrix[2][:2] == ["4", "Ketensamenwerking"] and matrix[2][-6:] == [1, 2, 3, 6, 3, 3]


def test_xlsx_share_findings_and_comparison_sheets(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    workbook = _workbook(login(beheerder), f"/rode-draden/analyse/{coded.ronde.id}/export.xlsx")
    aandeel = _sheet_rows(workbook["Aandeel diensten"])
    assert ["4", "Ketensamenwerking", "Alle gekozen soorten", 3, 3, 100, "bij alle diensten",
            1, 2] in aandeel
    assert ["4", "Ketensamenwerking", "Sterk punt", 1, 3, 33, "bij een aantal diensten",
            0, 2] in aandeel
    assert ["9", "Nieuw thema", "Aanbeveling", 0, 3, 0, "bij geen enkele dienst",
            None, None] in aandeel
    bevindingen = _sheet_rows(workbook["Bevindingen"])
    assert bevindingen[0] == ["Themacode", "Thema", "Omgevingsdienst", "Soort", "Nummer",
                              "Tekst", "Rapportsectie"]
    # One row per code: 8 coded findings carry 11 codes; the uncoded one is not there.
    assert len(bevindingen) - 1 == 11
    assert ["4.1", "Strafrechtketen", world.dienst.naam, "Aanbeveling", 1,
            "Maak afspraken met het OM.", "Strafrechtketen"] in bevindingen
    vergelijking = _sheet_rows(workbook["Vergelijking"])
    row_4 = next(r for r in vergelijking if r[0] == "4")
    assert row_4 == ["4", "Ketensamenwerking", 6, 3, 3, 100, 1, 1, 2, 50, 50]
    row_9 = next(r for r in vergelijking if r[0] == "9")
    assert row_9[6:] == [None] * 5


def test_csv_is_the_matrix_with_the_page_numbers(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    client = login(beheerder)
    url = matrix_url(coded, type="aanbeveling", provincie="Utrecht")
    page = page_rows(client.get(url).get_data(as_text=True))
    rows = _csv_rows(client, url.replace("?", "/export.csv?"))
    assert rows[0][:4] == ["Code", "Thema", world.dienst.korte_naam,
                           world.other_dienst.korte_naam]
    assert {r[0]: [int(n) for n in r[2:4]] for r in rows[1:]} == page
    assert rows[0][4:] == ["Aanbevelingen (totaal)", "Totaal", "Aantal diensten", "Van"]


def test_filters_apply_to_the_exports(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    client = login(beheerder)
    url = (f"/rode-draden/analyse/{coded.ronde.id}/export.xlsx?provincie=Gelderland"
           f"&thema={coded.themas['2'].id}")
    workbook = _workbook(client, url)
    matrix = _sheet_rows(workbook["Matrix"])
    assert [r[0] for r in matrix[1:]] == ["2"]
    assert matrix[0][2] != world.dienst.korte_naam and len(matrix[0]) == 2 + 1 + 3 + 3
    assert [r[0] for r in _sheet_rows(workbook["Bevindingen"])[1:]] == ["2"]


def test_formula_like_texts_stay_text(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    coded.themas["9"].naam = "=HYPERLINK(\"http://x\")"
    make_bevinding(session, world.visitatie, "bevinding", "@SUM(A1)", [coded.themas["9"]])
    session.commit()
    client = login(beheerder)
    rows = _csv_rows(client, f"/rode-draden/analyse/{coded.ronde.id}/export.csv")
    assert rows[-1][:2] == ["9", "'=HYPERLINK(\"http://x\")"]
    workbook = _workbook(client, f"/rode-draden/analyse/{coded.ronde.id}/export.xlsx")
    cell = workbook["Matrix"]["B8"]
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"
    text = next(c for row in workbook["Bevindingen"].iter_rows() for c in row
                if c.value == "@SUM(A1)")
    assert text.data_type == "s"


def test_export_numbers_equal_the_analysis(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    analyse = analyse_of(session, coded.ronde, MatrixFilter(types=("bevinding",)))
    rows = _csv_rows(login(beheerder),
                     f"/rode-draden/analyse/{coded.ronde.id}/export.csv?type=bevinding")
    for keuze, row in zip(analyse.matrix.rows, rows[1:], strict=True):
        assert int(row[-3]) == analyse.matrix.total(keuze.thema.id)
        assert int(row[-2]) == analyse.aandeel(keuze.thema).diensten
