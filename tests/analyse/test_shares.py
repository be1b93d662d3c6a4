"""The share of diensten per theme, its words, and the comparison with the previous ronde."""
import pytest

from tests.analyse.factories import make_coded_ronde
from visitatie.analyse import labels
from visitatie.analyse.matrix import MatrixFilter
from visitatie.analyse.queries import Aandeel, analyse_of


def test_share_of_diensten_per_theme_and_type(session, world):
    coded = make_coded_ronde(session, world)
    analyse = analyse_of(session, coded.ronde, MatrixFilter())
    t = coded.themas
    assert analyse.aandeel(t["4"]) == Aandeel(3, 3)
    assert analyse.aandeel(t["4"], "aanbeveling") == Aandeel(3, 3)
    assert analyse.aandeel(t["4"], "sterk_punt") == Aandeel(1, 3)
    assert analyse.aandeel(t["7.5"]) == Aandeel(1, 3)
    assert analyse.aandeel(t["9"]) == Aandeel(0, 3)
    assert analyse.aandeel(t["2"]).procent == 67


def test_share_follows_the_type_filter(session, world):
    coded = make_coded_ronde(session, world)
    analyse = analyse_of(session, coded.ronde, MatrixFilter(types=("sterk_punt",)))
    assert analyse.aandeel(coded.themas["4"]) == Aandeel(1, 3)
    assert analyse.aandeel(coded.themas["2"]) == Aandeel(1, 3)


def test_previous_ronde_is_compared_by_theme_code(session, world):
    coded = make_coded_ronde(session, world)
    analyse = analyse_of(session, coded.ronde, MatrixFilter())
    t = coded.themas
    assert analyse.vorige_ronde.id == coded.vorige_ronde.id
    assert analyse.vorig_aandeel(t["4"]) == Aandeel(1, 2)       # via 4.1 in the old ronde
    assert analyse.vorig_aandeel(t["4.1"], "aanbeveling") == Aandeel(1, 2)
    assert analyse.vorig_aandeel(t["4.1"], "bevinding") == Aandeel(0, 2)
    assert analyse.vorig_aandeel(t["2"]) == Aandeel(1, 2)
    assert analyse.vorig_aandeel(t["7"]) == Aandeel(0, 2)
    assert analyse.vorig_totaal(t["4"]) == 1
    assert analyse.vorig_aandeel(t["9"]) is None              # code not in the old codebook


def test_previous_ronde_keeps_the_provincie_filter(session, world):
    coded = make_coded_ronde(session, world)
    analyse = analyse_of(session, coded.ronde, MatrixFilter(provincie="Gelderland"))
    assert analyse.vorig_aandeel(coded.themas["4"]) is None   # no Gelderland findings then


def test_no_previous_ronde_means_nothing_to_compare(session, world):
    coded = make_coded_ronde(session, world, with_previous=False)
    analyse = analyse_of(session, coded.ronde, MatrixFilter())
    assert analyse.vorige_ronde is None
    assert analyse.vorig_aandeel(coded.themas["4"]) is None


@pytest.mark.parametrize("diensten, van, key", [
    (28, 28, "alle"), (26, 28, "nagenoeg_alle"), (20, 28, "de_meeste"),
    (15, 28, "meer_dan_de_helft"), (14, 28, "de_helft"), (6, 28, "een_aantal"),
    (5, 28, "enkele"), (1, 28, "enkele"), (0, 28, "geen"), (0, 0, "geen"),
])
def test_quantifier_words(app, diensten, van, key):
    assert labels.quantifier_key(diensten, van) == key


def test_share_sentence_and_quantifier_are_dutch(app):
    with app.test_request_context():
        assert labels.share_sentence(18, 28, ("aanbeveling",)) == \
            "bij 18 van 28 diensten een aanbeveling"
        assert labels.share_sentence(2, 3, ("sterk_punt", "bevinding")) == \
            "bij 2 van 3 diensten een sterk punt of een bevinding"
        assert labels.quantifier(20, 28) == "bij de meeste diensten"
        assert labels.breakdown({"bevinding": 2, "aanbeveling": 1}) == \
            "2 bevindingen, 1 aanbeveling"


@pytest.mark.parametrize("value, maximum, bucket", [
    (0, 8, 0), (1, 8, 1), (2, 8, 1), (3, 8, 2), (6, 8, 3), (7, 8, 4), (8, 8, 4), (1, 1, 4)])
def test_heat_buckets(value, maximum, bucket):
    assert labels.heat_bucket(value, maximum) == bucket


def test_heat_legend_covers_every_value(app):
    legend = labels.heat_legend(8)
    assert legend == [(0, 0, 0), (1, 1, 2), (2, 3, 4), (3, 5, 6), (4, 7, 8)]
