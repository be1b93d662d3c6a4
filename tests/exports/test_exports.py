"""XLSX exports: the bevindingen of a report and the visitaties overview of a ronde."""
from datetime import date, datetime
from io import BytesIO

import pytest
from openpyxl import load_workbook

from tests.bevindingen.factories import make_bevinding, make_codeboek, set_state
from tests.factories import make_ronde

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _sheet(response):
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == XLSX
    return load_workbook(BytesIO(response.data)).active


def _values(sheet):
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.fixture()
def report(session, world, secretaris):
    """The world's visitatie with a vastgesteld report and bevindingen of each type."""
    themas = make_codeboek(session, world.ronde)
    set_state(session, world.visitatie, "vastgesteld")
    make_bevinding(session, world.visitatie, "aanbeveling", "Stel een meerjarenplan op.",
                   [themas["7"], themas["7.5"]], secretaris, nummer=2, rapport_sectie="Sturing")
    make_bevinding(session, world.visitatie, "sterk_punt", "Korte lijnen met het bestuur.",
                   [themas["2"]], secretaris, rapport_sectie="Governance")
    make_bevinding(session, world.visitatie, "aanbeveling", "=HYPERLINK(\"http://x\")",
                   [themas["4"]], secretaris, nummer=1, rapport_sectie="Keten")
    session.commit()
    return world.visitatie


# bevindingen ------------------------------------------------------------------------------

def test_bevindingen_export(login, report, secretaris):
    response = login(secretaris).get(f"/visitaties/{report.id}/bevindingen/export.xlsx")
    sheet = _sheet(response)
    disposition = response.headers["Content-Disposition"]
    assert "attachment" in disposition and f"ronde-{report.ronde.nummer}.xlsx" in disposition
    assert _values(sheet) == [
        ["Type", "Nummer", "Tekst", "Thema's", "Rapportsectie"],
        ["Sterk punt", None, "Korte lijnen met het bestuur.",
         "2 Bestuurlijk-ambtelijk samenspel", "Governance"],
        ["Aanbeveling", 1, "=HYPERLINK(\"http://x\")", "4 Ketensamenwerking", "Keten"],
        ["Aanbeveling", 2, "Stel een meerjarenplan op.",
         "7 Sturing en informatie; 7.5 Outcome-indicatoren", "Sturing"],
    ]
    assert sheet.title == "Bevindingen"


def test_the_sheet_is_formatted(login, report, secretaris):
    sheet = _sheet(login(secretaris).get(f"/visitaties/{report.id}/bevindingen/export.xlsx"))
    assert all(cell.font.bold for cell in sheet[1])
    assert not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width == 80
    assert sheet["C2"].alignment.wrap_text


def test_user_text_never_becomes_a_formula(login, report, secretaris):
    sheet = _sheet(login(secretaris).get(f"/visitaties/{report.id}/bevindingen/export.xlsx"))
    assert sheet["C3"].data_type == "s" and sheet["C3"].value.startswith("=HYPERLINK")


def test_an_empty_report_gives_only_the_header(login, world, secretaris):
    sheet = _sheet(login(secretaris).get(f"/visitaties/{world.visitatie.id}/bevindingen/"
                                         "export.xlsx"))
    assert _values(sheet) == [["Type", "Nummer", "Tekst", "Thema's", "Rapportsectie"]]


@pytest.mark.parametrize("who", ["voorzitter", "commissielid", "secretaris", "beheerder",
                                 "directeur", "contactpersoon"])
def test_who_may_export_the_bevindingen_of_a_vastgesteld_report(login, world, report, who):
    response = login(world.users[who]).get(f"/visitaties/{report.id}/bevindingen/export.xlsx")
    assert len(_values(_sheet(response))) == 4


@pytest.mark.parametrize("who", ["bestuur", "klankbord", "directeur_elders"])
def test_others_may_not_export_bevindingen(login, world, report, who):
    response = login(world.users[who]).get(f"/visitaties/{report.id}/bevindingen/export.xlsx")
    assert response.status_code == 403


@pytest.mark.parametrize("who", ["directeur", "contactpersoon"])
def test_the_dienst_may_not_export_before_vaststelling(session, login, world, who):
    set_state(session, world.visitatie, "wederhoor")
    response = login(world.users[who]).get(f"/visitaties/{world.visitatie.id}/bevindingen/"
                                           "export.xlsx")
    assert response.status_code == 403


def test_bevindingen_export_of_an_unknown_visitatie(login, secretaris):
    assert login(secretaris).get("/visitaties/999999/bevindingen/export.xlsx").status_code == 404


def test_exports_need_login(client, world):
    response = client.get(f"/visitaties/{world.visitatie.id}/bevindingen/export.xlsx")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]
    response = client.get(f"/rondes/{world.ronde.id}/visitaties.xlsx")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


# visitaties of a ronde --------------------------------------------------------------------

HEADERS = ["Omgevingsdienst", "Provincie", "Eerste bezoekdag", "Tweede bezoekdag", "Fase",
           "Voorzitter", "Secretaris", "Vastgesteld op", "Gepubliceerd op"]


def test_ronde_overview_export(session, login, world, beheerder):
    set_state(session, world.visitatie, "gepubliceerd")
    sheet = _sheet(login(beheerder).get(f"/rondes/{world.ronde.id}/visitaties.xlsx"))
    rows = _values(sheet)
    assert rows[0] == HEADERS and len(rows) == 3
    first, other = rows[1], rows[2]
    assert first[:2] == ["Omgevingsdienst Bezocht", "Utrecht"]
    assert first[2:4] == [datetime(2026, 3, 3), datetime(2026, 3, 4)]
    assert first[4:7] == ["Gepubliceerd", "Test voorzitter", "Test secretaris"]
    assert isinstance(first[7], datetime) and isinstance(first[8], datetime)
    assert other[0] == world.other_dienst.naam and other[4] == "Gepland"
    assert other[5:] == [None, None, None, None]
    assert sheet["C2"].is_date and sheet["C2"].number_format == "DD-MM-YYYY"
    assert sheet.freeze_panes == "A2" and all(cell.font.bold for cell in sheet[1])


def test_vaststelling_is_the_dutch_date(session, login, world, beheerder):
    set_state(session, world.visitatie, "vastgesteld")
    world.visitatie.vastgesteld_at = datetime.fromisoformat("2026-04-14T23:30:00+00:00")
    session.commit()
    sheet = _sheet(login(beheerder).get(f"/rondes/{world.ronde.id}/visitaties.xlsx"))
    assert sheet["H2"].value.date() == date(2026, 4, 15)  # already the 15th in Amsterdam


def test_a_visitatie_without_dates_has_empty_cells(session, login, world, bestuur):
    world.visitatie.eerste_bezoekdag = world.visitatie.tweede_bezoekdag = None
    session.commit()
    rows = _values(_sheet(login(bestuur).get(f"/rondes/{world.ronde.id}/visitaties.xlsx")))
    bezocht = next(r for r in rows if r[0] == "Omgevingsdienst Bezocht")
    assert bezocht[2:4] == [None, None]


def test_an_empty_ronde(session, login, bestuur):
    ronde = make_ronde(session)
    session.commit()
    response = login(bestuur).get(f"/rondes/{ronde.id}/visitaties.xlsx")
    assert _values(_sheet(response)) == [HEADERS]
    assert f"visitaties-ronde-{ronde.nummer}.xlsx" in response.headers["Content-Disposition"]


@pytest.mark.parametrize("who", ["voorzitter", "commissielid", "secretaris", "directeur",
                                 "contactpersoon", "klankbord", "directeur_elders"])
def test_only_odnl_and_bestuur_export_the_ronde(login, world, who):
    response = login(world.users[who]).get(f"/rondes/{world.ronde.id}/visitaties.xlsx")
    assert response.status_code == 403


def test_ronde_export_of_an_unknown_ronde(login, beheerder):
    assert login(beheerder).get("/rondes/999999/visitaties.xlsx").status_code == 404
