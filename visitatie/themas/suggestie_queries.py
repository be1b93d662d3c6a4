"""Read what theme suggestions need: coded findings to learn from, uncoded ones to advise on.

The trained model is cached in the process, keyed by (ronde, codebook version, number of
codes, newest code time): any code given, taken or moved, or any codebook change, retrains
it on the next request; a page that is merely shown again does not. Nothing here writes.
"""
import threading
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import joinedload

from visitatie.bevindingen.models import Bevinding, BevindingThema, BevindingType
from visitatie.bevindingen.queries import codebook_themes
from visitatie.core.pagination import Page, paginate
from visitatie.diensten.models import Dienst
from visitatie.themas.models import Codeboek, Thema, ThemaSuggestie
from visitatie.themas.suggesties import Suggestie, ThemaModel, Voorbeeld, train
from visitatie.visitaties.models import Visitatie

PER_PAGE = 25
_TYPE_RANK = case({t.value: i for i, t in enumerate(BevindingType)}, value=Bevinding.type)
_models: dict[int, tuple[tuple, ThemaModel | None]] = {}
_models_lock = threading.Lock()


@dataclass(frozen=True)
class Advies:
    """The suggestions for a page of findings, with the themes they name."""

    model: ThemaModel | None
    themas: dict[int, Thema]
    per_bevinding: dict[int, list[Suggestie]]

    def for_bevinding(self, bevinding_id: int) -> list[tuple[Suggestie, Thema]]:
        """Return the suggestions for one finding with their theme."""
        return [(s, self.themas[s.thema_id]) for s in self.per_bevinding.get(bevinding_id, [])]


def model_key(session, ronde_id: int) -> tuple:
    """Return what the ronde's model depends on: codebook version, code count, newest code."""
    versie = (select(func.max(Codeboek.versie)).where(Codeboek.ronde_id == ronde_id)
              .scalar_subquery())
    row = session.execute(
        select(versie, func.count(), func.max(BevindingThema.gecodeerd_at))
        .select_from(BevindingThema).join(Bevinding).join(Visitatie)
        .where(Visitatie.ronde_id == ronde_id)).one()
    return (ronde_id, *row)


def training_examples(session, ronde_id: int) -> list[Voorbeeld]:
    """Return every coded finding of the ronde as (text, its themes)."""
    rows = session.execute(
        select(Bevinding.id, Bevinding.tekst, BevindingThema.thema_id)
        .join(BevindingThema, BevindingThema.bevinding_id == Bevinding.id)
        .join(Visitatie, Visitatie.id == Bevinding.visitatie_id)
        .where(Visitatie.ronde_id == ronde_id).order_by(Bevinding.id, BevindingThema.thema_id))
    texts, labels = {}, {}
    for bevinding_id, tekst, thema_id in rows:
        texts[bevinding_id] = tekst
        labels.setdefault(bevinding_id, set()).add(thema_id)
    return [Voorbeeld(texts[i], frozenset(labels[i])) for i in texts]


def model_for_ronde(session, ronde_id: int) -> ThemaModel | None:
    """Return the ronde's trained model, or None when there is too little to learn from."""
    key = model_key(session, ronde_id)
    with _models_lock:
        cached = _models.get(ronde_id)
    if cached is None or cached[0] != key:
        cached = (key, train(training_examples(session, ronde_id)))
        with _models_lock:
            _models[ronde_id] = cached
    return cached[1]


def forget_models() -> None:
    """Drop every cached model (tests; a deployment never needs it)."""
    with _models_lock:
        _models.clear()


def uncoded_page(session, number: int, ronde_id: int | None = None,
                 visitatie_id: int | None = None) -> Page:
    """Return one page of the findings without any theme, of a ronde or of one visitatie."""
    stmt = (select(Bevinding).join(Visitatie, Visitatie.id == Bevinding.visitatie_id)
            .join(Dienst, Dienst.id == Visitatie.dienst_id)
            .where(~Bevinding.themas.any())
            .options(joinedload(Bevinding.visitatie).joinedload(Visitatie.dienst))
            .order_by(Dienst.naam, Visitatie.id, _TYPE_RANK, Bevinding.nummer, Bevinding.id))
    if ronde_id is not None:
        stmt = stmt.where(Visitatie.ronde_id == ronde_id)
    if visitatie_id is not None:
        stmt = stmt.where(Bevinding.visitatie_id == visitatie_id)
    return paginate(session, stmt, number, PER_PAGE)


def decided_theme_ids(session, bevinding_ids: list[int]) -> dict[int, set[int]]:
    """Return per finding the themes already confirmed or rejected as a suggestion."""
    if not bevinding_ids:
        return {}
    decided: dict[int, set[int]] = {}
    rows = session.execute(select(ThemaSuggestie.bevinding_id, ThemaSuggestie.thema_id)
                           .where(ThemaSuggestie.bevinding_id.in_(bevinding_ids)))
    for bevinding_id, thema_id in rows:
        decided.setdefault(bevinding_id, set()).add(thema_id)
    return decided


def advice_for(session, ronde_id: int, bevindingen: list[Bevinding]) -> Advies:
    """Return the top-3 suggestions for `bevindingen`, skipping coded and decided themes.

    Only themes of the ronde's codebook that can be chosen now are suggested.
    """
    model = model_for_ronde(session, ronde_id)
    themas = {k.thema.id: k.thema for k in codebook_themes(session, ronde_id)}
    if model is None or not bevindingen:
        return Advies(model, themas, {})
    decided = decided_theme_ids(session, [b.id for b in bevindingen])
    not_choosable = set(model.labels) - themas.keys()
    excludes = [{c.thema_id for c in b.themas} | decided.get(b.id, set()) | not_choosable
                for b in bevindingen]
    suggestions = model.suggest_many([b.tekst for b in bevindingen], excludes=excludes)
    return Advies(model, themas, {b.id: s for b, s in zip(bevindingen, suggestions)})
