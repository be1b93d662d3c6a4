"""The matrix counts equal a direct count over the findings, with and without filters."""
import pytest

from tests.analyse.factories import direct_count, make_coded_ronde
from visitatie.analyse.matrix import TYPES, MatrixFilter
from visitatie.analyse.queries import analyse_of


def _assert_equals_direct_count(session, coded, analyse, types):
    matrix = analyse.matrix
    by_id = {t.id: code for code, t in coded.themas.items()}
    checked = 0
    for keuze in matrix.rows:
        code = by_id[keuze.thema.id]
        for column in matrix.columns:
            for type_ in TYPES:
                expected = direct_count(session, coded.themas, code, column, {type_})
                expected = expected if type_ in types else 0
                assert matrix.cell(keuze.thema.id, column.id).get(type_, 0) == expected, \
                    (code, column.dienst.naam, type_)
                checked += 1
            assert matrix.cell_total(keuze.thema.id, column.id) == direct_count(
                session, coded.themas, code, column, set(types))
    return checked


def test_counts_equal_a_direct_count(session, world):
    coded = make_coded_ronde(session, world)
    analyse = analyse_of(session, coded.ronde, MatrixFilter())
    assert _assert_equals_direct_count(session, coded, analyse, TYPES) == 7 * 3 * 3


def test_columns_are_the_visitaties_with_findings(session, world):
    coded = make_coded_ronde(session, world)
    columns = analyse_of(session, coded.ronde, MatrixFilter()).matrix.columns
    assert {c.id for c in columns} == {coded.visitaties[k].id
                                      for k in ("utrecht1", "utrecht2", "gelderland")}


def test_a_finding_on_a_chapter_and_its_sub_theme_counts_once_for_the_chapter(session, world):
    coded = make_coded_ronde(session, world)
    matrix = analyse_of(session, coded.ronde, MatrixFilter()).matrix
    t, u1 = coded.themas, coded.visitaties["utrecht1"]
    # Coded on 4 and 4.1: one bevinding for 4 (plus the one on 4.6), one for 4.1.
    assert matrix.cell(t["4"].id, u1.id) == {"bevinding": 2, "aanbeveling": 1}
    assert matrix.cell(t["4.1"].id, u1.id) == {"bevinding": 1, "aanbeveling": 1}
    assert matrix.total(t["4"].id) == 6 and matrix.total(t["4"].id, "bevinding") == 2


@pytest.mark.parametrize("types", [("aanbeveling",), ("sterk_punt", "bevinding")])
def test_type_filter_counts_only_those_types(session, world, types):
    coded = make_coded_ronde(session, world)
    analyse = analyse_of(session, coded.ronde, MatrixFilter(types=types))
    _assert_equals_direct_count(session, coded, analyse, types)
    assert analyse.types == types


def test_provincie_filter_keeps_the_diensten_of_that_provincie(session, world):
    coded = make_coded_ronde(session, world)
    analyse = analyse_of(session, coded.ronde, MatrixFilter(provincie="Gelderland"))
    assert [c.id for c in analyse.matrix.columns] == [coded.visitaties["gelderland"].id]
    assert analyse.van == 1
    _assert_equals_direct_count(session, coded, analyse, TYPES)


def test_thema_filter_shows_the_chapter_with_its_sub_themes(session, world):
    coded = make_coded_ronde(session, world)
    t = coded.themas
    analyse = analyse_of(session, coded.ronde, MatrixFilter(thema_ids=(t["4"].id,)))
    assert [k.thema.code for k in analyse.matrix.rows] == ["4", "4.1", "4.6"]
    assert [k.depth for k in analyse.matrix.rows] == [0, 1, 1]
    _assert_equals_direct_count(session, coded, analyse, TYPES)
