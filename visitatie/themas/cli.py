"""`flask themes evaluate`: how good are the theme suggestions, on held-out coded findings."""
import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from visitatie.bevindingen.models import Bevinding, BevindingThema
from visitatie.extensions import db
from visitatie.rondes.models import Ronde
from visitatie.themas.models import Codeboek, Thema
from visitatie.themas.suggestie_queries import training_examples
from visitatie.themas.suggesties import MIN_THEMAS, Evaluatie, Voorbeeld, evaluate
from visitatie.visitaties.models import Visitatie

DEMO, RODE_DRADEN = "demo", "rode-draden"
MIN_TEST = 5   # fewer held-out findings than this make the numbers meaningless

themes = AppGroup("themes", help="Het codeboek en de themasuggesties.")


@themes.command("evaluate")
@click.option("--ronde", "nummer", type=int, default=None,
              help="Ronde (nummer) met de gecodeerde bevindingen; standaard de ronde met de "
                   "meeste codes.")
@click.option("--test-size", type=click.FloatRange(0.05, 0.5), default=0.2, show_default=True,
              help="Deel van de unieke teksten dat apart wordt gehouden om te toetsen.")
@click.option("--seed", type=int, default=1, show_default=True,
              help="Toevalsgetal van de splitsing.")
@click.option("--corpus", type=click.Choice([DEMO, RODE_DRADEN]), default=DEMO,
              show_default=True, help="demo: de gecodeerde bevindingen in de database; "
                                      "rode-draden: de zinnen van de Rode draden rapportage.")
def evaluate_command(nummer, test_size, seed, corpus):
    """Print top-1/top-3 accuracy of the suggestions on a held-out part, grouped by text."""
    title, voorbeelden = load_corpus(corpus, nummer)
    labels = {label for v in voorbeelden for label in v.labels}
    if len(labels) < MIN_THEMAS or len(voorbeelden) * test_size < MIN_TEST:
        raise click.ClickException(f"{title}: te weinig gecodeerde bevindingen om te leren "
                                   f"en te toetsen ({len(voorbeelden)} bevindingen, "
                                   f"{len(labels)} thema's).")
    click.echo("\n".join(report_lines(title, evaluate(voorbeelden, test_size, seed),
                                      test_size, seed)))


def load_corpus(corpus: str, nummer: int | None) -> tuple[str, list[Voorbeeld]]:
    """Return (a title, the labelled findings) of the chosen corpus."""
    if corpus == RODE_DRADEN:
        from visitatie.themas.corpus_rode_draden import CORPUS

        return ("Corpus rode-draden (zinnen uit de Rode draden rapportage 2022-2024)",
                [Voorbeeld(tekst, frozenset([code])) for tekst, code in CORPUS])
    ronde = _ronde(nummer)
    examples = training_examples(db.session, ronde.id)
    codes = _codes_of(ronde.id)   # report theme codes, not database ids
    return (f"Corpus demo: gecodeerde bevindingen van {ronde.naam} (ronde {ronde.nummer})",
            [Voorbeeld(v.tekst, frozenset(codes[i] for i in v.labels)) for v in examples])


def report_lines(title: str, result: Evaluatie, test_size: float, seed: int) -> list[str]:
    """Return the evaluation as the lines `flask themes evaluate` prints."""
    return [
        title,
        f"Splitsing gegroepeerd op unieke tekst (test-size {test_size}, seed {seed}): "
        f"train {result.n_train} bevindingen ({result.teksten_train} teksten), "
        f"test {result.n_test} bevindingen ({result.teksten_test} teksten); "
        f"teksten in beide delen: {result.gedeelde_teksten}.",
        f"Thema's: {result.n_themas}.",
        f"Top-1-nauwkeurigheid: {result.top1:.3f}",
        f"Top-3-nauwkeurigheid: {result.top3:.3f}",
        f"Basislijn (meest voorkomende thema's van de trainingsset): "
        f"top-1 {result.baseline_top1:.3f}, top-3 {result.baseline_top3:.3f}",
        f"Trainingstijd: {result.train_seconden:.2f} s; voorspeltijd per bevinding: "
        f"{result.voorspel_ms_per_bevinding:.2f} ms",
    ]


def _ronde(nummer: int | None) -> Ronde:
    if nummer is not None:
        ronde = db.session.scalars(select(Ronde).where(Ronde.nummer == nummer)).first()
        if ronde is None:
            raise click.BadParameter(f"geen ronde met nummer {nummer}", param_hint="--ronde")
        return ronde
    busiest = db.session.scalars(
        select(Ronde).join(Visitatie, Visitatie.ronde_id == Ronde.id)
        .join(Bevinding, Bevinding.visitatie_id == Visitatie.id)
        .join(BevindingThema, BevindingThema.bevinding_id == Bevinding.id)
        .group_by(Ronde.id).order_by(func.count().desc(), Ronde.nummer.desc())).first()
    if busiest is None:
        raise click.ClickException("Er zijn nog geen gecodeerde bevindingen (laad eerst de "
                                   "demodata met `flask demo`).")
    return busiest


def _codes_of(ronde_id: int) -> dict[int, str]:
    rows = db.session.execute(select(Thema.id, Thema.code).join(Codeboek)
                              .where(Codeboek.ronde_id == ronde_id))
    return dict(rows.all())
