"""The analysis pages as a user sees them: the matrix table, the drill-down, the index."""
import re

from tests.analyse.factories import make_coded_ronde
from tests.factories import make_ronde
from visitatie.analyse.matrix import MatrixFilter
from visitatie.analyse.queries import analyse_of


def matrix_url(coded, **args) -> str:
    query = "&".join(f"{k}={v}" for k, v in args.items())
    return f"/rode-draden/analyse/{coded.ronde.id}" + (f"?{query}" if query else "")


def thema_url(coded, code: str, query: str = "") -> str:
    return f"/rode-draden/analyse/{coded.ronde.id}/thema/{coded.themas[code].id}{query}"


def page_rows(html: str) -> dict[str, list[int]]:
    """Return, per theme code, the numbers in the dienst cells of the matrix table."""
    rows = {}
    for row in re.findall(r'<tr>\s*<th scope="row".*?</tr>', html, re.S):
        code = re.search(r'<a [^>]*>([\d.]+) ', row).group(1)
        rows[code] = [int(n) for n in re.findall(r'<td class="heat heat-\d"[^>]*>(\d+)', row)]
    return rows


def test_matrix_page_shows_the_counts_of_the_matrix(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    html = login(beheerder).get(matrix_url(coded)).get_data(as_text=True)
    matrix = analyse_of(session, coded.ronde, MatrixFilter()).matrix
    expected = {k.thema.code: [matrix.cell_total(k.thema.id, c.id) for c in matrix.columns]
                for k in matrix.rows}
    assert page_rows(html) == expected
    assert page_rows(html)["4"] == [3, 2, 1]   # Bezocht, Gelre, the other Utrecht dienst


def test_matrix_page_is_an_accessible_table(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    html = login(beheerder).get(matrix_url(coded)).get_data(as_text=True)
    assert '<caption id="matrix-caption">' in html
    assert 'tabindex="0" role="region" aria-labelledby="matrix-caption"' in html
    assert f'<abbr title="{world.dienst.naam}">{world.dienst.korte_naam}</abbr>' in html
    assert 'class="thema-depth-1"' in html
    # The breakdown is in the cell for screen readers and as a title; never colour only.
    assert '<span class="visually-hidden"> (2 bevindingen, 1 aanbeveling)</span>' in html
    assert "analyse.css" in html and "style=" not in html


def test_matrix_page_shows_share_quantifier_and_previous_ronde(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    html = login(beheerder).get(matrix_url(coded)).get_data(as_text=True)
    row_4 = re.search(r'<tr>\s*<th scope="row"[^>]*><a [^>]*>4 .*?</tr>', html, re.S).group(0)
    assert "3 van 3<small>bij alle diensten</small>" in row_4
    assert "1 van 2<small>bij de helft van de diensten</small>" in row_4
    row_9 = re.search(r'<tr>\s*<th scope="row"[^>]*><a [^>]*>9 .*?</tr>', html, re.S).group(0)
    assert "0 van 3<small>bij geen enkele dienst</small>" in row_9
    assert '<span aria-hidden="true">—</span>' in row_9
    assert f"Diensten in {coded.vorige_ronde.naam}" in html


def test_filters_apply_and_keep_their_values(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    url = matrix_url(coded, type="aanbeveling", provincie="Utrecht", thema=coded.themas["4"].id)
    html = login(beheerder).get(url).get_data(as_text=True)
    assert page_rows(html) == {"4": [1, 1], "4.1": [1, 0], "4.6": [0, 1]}
    assert re.search(r'<input checked id="type-2" name="type" type="checkbox" '
                     r'value="aanbeveling">', html)
    assert '<option selected value="Utrecht">' in html
    assert f'<option data-diepte="0" selected value="{coded.themas["4"].id}">' in html
    assert "type=aanbeveling" in html and "provincie=Utrecht" in html  # export links


def test_bogus_filter_values_are_ignored(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    html = login(beheerder).get(matrix_url(coded, type="geen", provincie="Mars", thema="x")
                                ).get_data(as_text=True)
    assert page_rows(html)["4"] == [3, 2, 1]


def test_drill_down_lists_the_findings_by_type(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    html = login(beheerder).get(thema_url(coded, "4")).get_data(as_text=True)
    assert "<h1>4 Ketensamenwerking" in html
    assert "Bij 3 van 3 diensten een sterk punt, een bevinding of een aanbeveling" in html
    for text in ("Ketenoverleg ontbreekt.", "Maak afspraken met het OM.",
                 "Weinig contact met de VR.", "Oefen samen met de VR.",
                 "Strafrecht goed geregeld.", "Betrek het bestuur bij de keten."):
        assert html.count(text) == 1, text   # coded on 4 and 4.1: still listed once
    assert "Goede verhouding met het bestuur." not in html    # theme 2 only
    assert "<li>4.1 Strafrechtketen</li><li>7.5 Outcome-indicatoren</li>" in html
    sections = re.findall(r'<h2 id="kop-(\w+)">', html)
    assert sections == ["sterk_punt", "bevinding", "aanbeveling"]
    assert f"In {coded.vorige_ronde.naam}: bij 1 van 2 diensten" in html


def test_drill_down_links_to_a_report_only_for_who_may_read_it(session, world, login,
                                                               beheerder, bestuur):
    coded = make_coded_ronde(session, world)
    link = f'/visitaties/{world.visitatie.id}/bevindingen/#bevinding-'
    assert link in login(beheerder).get(thema_url(coded, "4")).get_data(as_text=True)
    html = login(bestuur).get(thema_url(coded, "4")).get_data(as_text=True)
    assert link not in html and world.dienst.naam in html


def test_drill_down_of_a_sub_theme_with_type_filter(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    html = login(beheerder).get(thema_url(coded, "4.1", "?type=aanbeveling")
                                ).get_data(as_text=True)
    assert re.findall(r'<h2 id="kop-(\w+)">', html) == ["aanbeveling"]
    assert "Maak afspraken met het OM." in html and "Strafrecht goed geregeld." not in html
    assert "Bij 1 van 3 diensten een aanbeveling (bij een aantal diensten)." in html


def test_drill_down_of_a_theme_of_another_ronde_is_404(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    url = f"/rode-draden/analyse/{coded.ronde.id}/thema/{coded.vorige_themas['4'].id}"
    assert login(beheerder).get(url).status_code == 404


def test_index_lists_rondes_with_their_coded_findings(session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    make_ronde(session)
    html = login(beheerder).get("/rode-draden/analyse/").get_data(as_text=True)
    row = re.search(rf'<a href="/rode-draden/analyse/{coded.ronde.id}">.*?</tr>', html,
                    re.S).group(0)
    assert re.findall(r'<td class="num">(\d+)</td>', row) == ["8", "3"]  # one is uncoded


def test_index_shows_an_auteur_only_their_ronde(session, world, login, auteur):
    coded = make_coded_ronde(session, world)
    html = login(auteur).get("/rode-draden/analyse/").get_data(as_text=True)
    assert f"/rode-draden/analyse/{coded.ronde.id}" in html
    assert f"/rode-draden/analyse/{coded.vorige_ronde.id}\"" not in html


def test_empty_ronde_says_so(session, world, login, beheerder):
    html = login(beheerder).get(f"/rode-draden/analyse/{world.ronde.id}").get_data(as_text=True)
    assert "nog geen bevindingen in deze ronde" in html


def test_drill_down_links_to_the_coding_of_the_theme(app, session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    html = login(beheerder).get(thema_url(coded, "4")).get_data(as_text=True)
    if "codering.index" in app.view_functions:
        assert (f'/rode-draden/codering/{coded.ronde.id}?thema={coded.themas["4"].id}"'
                in html)
    else:
        assert "/rode-draden/codering/" not in html
