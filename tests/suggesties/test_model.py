"""The suggester itself (no database): normalisation, thresholds, ranking, exclusions."""
import pytest

from tests.suggesties.conftest import OBVIOUS, TRAINING
from visitatie.themas.suggesties import (
    MIN_BEVINDINGEN, Voorbeeld, can_learn, fit, normalise, stems, train,
)


def _examples(training=TRAINING):
    return [Voorbeeld(tekst, frozenset([code])) for code, teksten in training.items()
            for tekst in teksten]


@pytest.fixture(scope="module")
def model():
    return train(_examples())


def test_normalise_lowercases_and_strips_accents_and_punctuation():
    assert normalise("Beïnvloeding, “ketenpartners” & CO2-reductie!") == \
        "beinvloeding ketenpartners co2 reductie"


def test_stems_leave_out_stop_words_and_stem_dutch_words():
    assert stems("De samenwerking met de waterschappen is niet geborgd") == \
        ["samenwerk", "waterschap", "borg"]


def test_too_few_findings_or_themes_gives_no_model():
    enough = _examples()
    assert len(enough) >= MIN_BEVINDINGEN and can_learn(enough)
    assert train(enough[:MIN_BEVINDINGEN - 1]) is None
    one_theme = [Voorbeeld(f"Tekst nummer {i} over het bestuur", frozenset(["2"]))
                 for i in range(30)]
    assert train(one_theme) is None


@pytest.mark.parametrize("code", sorted(OBVIOUS))
def test_an_obvious_text_gets_its_theme_first(model, code):
    suggestions = model.suggest(OBVIOUS[code])
    assert [s.thema_id for s in suggestions][0] == code
    assert [s.rang for s in suggestions] == [1, 2, 3]


def test_scores_are_probabilities_in_descending_order(model):
    scores = [s.score for s in model.suggest(OBVIOUS["4.1"])]
    assert all(0 <= score <= 1 for score in scores)
    assert scores == sorted(scores, reverse=True)


def test_excluded_themes_are_skipped_and_ranks_renumbered(model):
    suggestions = model.suggest(OBVIOUS["4.1"], exclude={"4.1"})
    assert "4.1" not in [s.thema_id for s in suggestions]
    assert [s.rang for s in suggestions] == [1, 2]   # only three themes are known
    assert model.suggest(OBVIOUS["4.1"], exclude={"4.1", "4.6", "2"}) == []


def test_why_names_stems_of_the_text_itself(model):
    [first, *_rest] = model.suggest(OBVIOUS["4.6"])
    own = set(stems(OBVIOUS["4.6"]))
    assert first.termen and all(set(term.split()) <= own for term in first.termen)


def test_suggest_many_equals_one_by_one(model):
    texts = [OBVIOUS["2"], OBVIOUS["4.6"]]
    assert model.suggest_many(texts, excludes=[{"2"}, set()]) == [
        model.suggest(texts[0], exclude={"2"}), model.suggest(texts[1])]


def test_a_finding_with_two_codes_gives_two_training_pairs():
    examples = _examples() + [Voorbeeld("Brandweer en OM samen bij een strafzaak",
                                        frozenset(["4.1", "4.6"]))]
    model = train(examples)
    assert model.n_bevindingen == len(examples)
    assert sorted(model.labels) == ["2", "4.1", "4.6"]
    assert len(model.omschrijving) <= 200 and "logistische regressie" in model.omschrijving


def test_two_themes_rank_and_explain_too():
    model = fit(_examples({code: TRAINING[code] for code in ("4.1", "4.6")}))
    for code, other in (("4.1", "4.6"), ("4.6", "4.1")):
        first, second = model.suggest(OBVIOUS[code])
        assert (first.thema_id, second.thema_id) == (code, other)
        assert first.termen and set(" ".join(first.termen).split()) <= set(stems(OBVIOUS[code]))
