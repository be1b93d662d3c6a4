"""Evaluation on held-out coded findings: grouped by text, honest counting, the CLI."""
import pytest

from tests.suggesties.conftest import TRAINING
from visitatie.themas.suggesties import (
    Voorbeeld, _hit_rate, evaluate, normalise, split_grouped,
)


def _with_repeated_texts():
    """Like the demo: the same text (also with other case/punctuation) at several diensten."""
    examples = []
    for code, teksten in TRAINING.items():
        for tekst in teksten:
            examples += [Voorbeeld(tekst, frozenset([code])),
                         Voorbeeld(tekst.upper().rstrip("."), frozenset([code])),
                         Voorbeeld(tekst, frozenset([code, "2"]))]
    return examples


@pytest.mark.parametrize("seed", range(1, 21))
def test_grouped_split_never_puts_a_text_in_both_parts(seed):
    examples = _with_repeated_texts()
    train, test = split_grouped(examples, test_size=0.25, seed=seed)
    assert {normalise(v.tekst) for v in train}.isdisjoint({normalise(v.tekst) for v in test})
    assert len(train) + len(test) == len(examples) and train and test


def test_evaluate_reports_counts_and_no_shared_texts():
    examples = _with_repeated_texts()
    result = evaluate(examples, test_size=0.25, seed=3)
    assert result.gedeelde_teksten == 0
    assert result.n_train + result.n_test == len(examples)
    assert result.teksten_train + result.teksten_test == 24
    assert result.n_themas == 3
    assert 0 <= result.top1 <= result.top3 <= 1
    assert result.baseline_top3 == 1.0   # three themes: the majority top-3 holds them all


def test_a_prediction_counts_if_any_true_theme_is_in_the_top_k():
    test = [Voorbeeld("a", frozenset(["4.1", "2"])), Voorbeeld("b", frozenset(["4.6"])),
            Voorbeeld("c", frozenset(["7.5"]))]          # 7.5 never seen: always wrong
    ranked = [["2", "4.6", "4.1"], ["4.1", "2", "4.6"], ["4.1", "2", "4.6"]]
    assert _hit_rate(test, ranked, 1) == pytest.approx(1 / 3)
    assert _hit_rate(test, ranked, 3) == pytest.approx(2 / 3)


def _run(app, *args):
    return app.test_cli_runner().invoke(args=["themes", "evaluate", *args])


def test_cli_evaluates_the_coded_findings_of_a_ronde(app, session, world, coded):
    result = _run(app, "--ronde", str(world.ronde.nummer), "--test-size", "0.25")
    assert result.exit_code == 0, result.output
    assert f"ronde {world.ronde.nummer}" in result.output
    assert "teksten in beide delen: 0." in result.output
    assert "Thema's: 3." in result.output
    for label in ("Top-1-nauwkeurigheid: ", "Top-3-nauwkeurigheid: ", "Basislijn",
                  "Trainingstijd: ", "voorspeltijd per bevinding: "):
        assert label in result.output


def test_cli_refuses_a_ronde_without_enough_codes(app, session, world, themas):
    result = _run(app, "--ronde", str(world.ronde.nummer))
    assert result.exit_code != 0
    assert "te weinig gecodeerde bevindingen om te leren" in result.output


def test_cli_refuses_an_unknown_ronde(app, session):
    result = _run(app, "--ronde", "987654")
    assert result.exit_code != 0 and "geen ronde met nummer 987654" in result.output


def test_cli_evaluates_the_rode_draden_corpus(app):
    result = _run(app, "--corpus", "rode-draden", "--seed", "2")
    assert result.exit_code == 0, result.output
    assert "Corpus rode-draden" in result.output and "Thema's: 32." in result.output
    assert "train 307 bevindingen (307 teksten), test 77 bevindingen" in result.output
