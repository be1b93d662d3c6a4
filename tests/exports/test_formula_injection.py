"""No export lets user text run as a spreadsheet formula (issue 19, formula injection).

XLSX: the cell shows the text as typed, as a string with the quote prefix (so editing it does
not make it a formula either). CSV: the text gets a leading apostrophe (OWASP).
"""
import csv
import io

import pytest
from openpyxl import load_workbook

from tests.analyse.factories import make_coded_ronde
from tests.bevindingen.factories import make_bevinding, make_codeboek, set_state
from visitatie.exports.cells import csv_text, is_formula_like

HYPERLINK = '=HYPERLINK("http://x")'
# What Excel or LibreOffice start a formula with, or hide one behind.
PAYLOADS = [HYPERLINK, "+1+1", "-1+1", "@SUM(A1)", "\t=1+1"]


def _workbook(response):
    assert response.status_code == 200, response.data[:300]
    return load_workbook(io.BytesIO(response.data))


def _cells(workbook, value):
    return [c for sheet in workbook for row in sheet.iter_rows() for c in row if c.value == value]


def _assert_text_cell(workbook, value):
    cells = _cells(workbook, value)
    assert cells, f"{value!r} not in the workbook"
    for cell in cells:
        assert cell.data_type == "s" and cell.quotePrefix, (value, cell.coordinate)


def _csv_rows(response, delimiter=";"):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig")), delimiter=delimiter))


@pytest.mark.parametrize("text", PAYLOADS + ["\r=1+1", "\n=1+1"])
def test_formula_like_texts_are_recognised_and_quoted_for_csv(text):
    assert is_formula_like(text)
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("value", ["Stel een plan op.", "", None, 3, -3, " =1"])
def test_other_values_pass_unchanged(value):
    assert not is_formula_like(value)
    assert csv_text(value) == value


def test_bevindingen_xlsx_keeps_every_formula_like_text_as_text(session, login, world,
                                                                 secretaris):
    themas = make_codeboek(session, world.ronde)
    set_state(session, world.visitatie, "vastgesteld")
    for number, text in enumerate(PAYLOADS, start=1):
        make_bevinding(session, world.visitatie, "aanbeveling", text, [themas["4"]], secretaris,
                       nummer=number, rapport_sectie=text)
    session.commit()
    workbook = _workbook(login(secretaris).get(
        f"/visitaties/{world.visitatie.id}/bevindingen/export.xlsx"))
    for text in PAYLOADS:
        _assert_text_cell(workbook, text)
    assert not workbook.active["A1"].quotePrefix  # ordinary cells are left alone


def test_ronde_overview_xlsx_keeps_a_formula_like_name_as_text(session, login, world,
                                                               beheerder):
    world.dienst.naam = HYPERLINK
    session.commit()
    _assert_text_cell(_workbook(login(beheerder).get(f"/rondes/{world.ronde.id}/visitaties.xlsx")),
                      HYPERLINK)


def test_monitoring_exports_keep_a_formula_like_name_as_text(session, login, world, beheerder):
    world.dienst.naam = HYPERLINK
    session.commit()
    client = login(beheerder)
    _assert_text_cell(_workbook(client.get(f"/monitoring/export.xlsx?ronde={world.ronde.id}")),
                      HYPERLINK)
    rows = _csv_rows(client.get(f"/monitoring/export.csv?ronde={world.ronde.id}"))
    assert "'" + HYPERLINK in [row[0] for row in rows]
    assert HYPERLINK not in [row[0] for row in rows]


def test_analyse_exports_keep_formula_like_texts_as_text(session, login, world, beheerder):
    coded = make_coded_ronde(session, world)
    coded.themas["9"].naam = "-" + HYPERLINK
    make_bevinding(session, world.visitatie, "bevinding", HYPERLINK, [coded.themas["9"]])
    session.commit()
    client = login(beheerder)
    workbook = _workbook(client.get(f"/rode-draden/analyse/{coded.ronde.id}/export.xlsx"))
    _assert_text_cell(workbook, HYPERLINK)
    _assert_text_cell(workbook, "-" + HYPERLINK)
    rows = _csv_rows(client.get(f"/rode-draden/analyse/{coded.ronde.id}/export.csv"))
    assert ["9", "'-" + HYPERLINK] == rows[-1][:2]


def test_open_data_csv_quotes_a_formula_like_name_and_json_keeps_it(session, client, world):
    world.dienst.naam = HYPERLINK
    session.commit()
    rows = list(csv.DictReader(io.StringIO(
        client.get("/openbaar/data/overzicht.csv").data.decode("utf-8-sig"))))
    names = {row["dienst"]: row["dienst_naam"] for row in rows}
    assert names[world.dienst.slug] == "'" + HYPERLINK
    document = client.get("/openbaar/data/overzicht.json").json["visitaties"]
    assert {r["dienst"]: r["dienst_naam"] for r in document}[world.dienst.slug] == HYPERLINK
