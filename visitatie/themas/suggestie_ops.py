"""Confirm or reject a suggested theme. Only a confirmation ever gives a code.

The suggestion is recomputed here, not taken from the form: a theme can be confirmed or
rejected only while the model offers it for that finding (so the score, rank and model
recorded are the real ones, and a crafted request cannot pass a theme off as suggested).
"""
from flask_babel import gettext as _

from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError
from visitatie.themas.coding import SUGGESTIE, add_code
from visitatie.themas.models import Thema, ThemaSuggestie
from visitatie.themas.suggestie_queries import advice_for
from visitatie.themas.suggesties import Suggestie, ThemaModel

BEVESTIGD, AFGEWEZEN = "bevestigd", "afgewezen"


def confirm_suggestion(session, actor, bevinding, thema_id: int) -> ThemaSuggestie:
    """Give the finding the suggested theme (source "suggestie") and record the decision."""
    offered = _offered(session, bevinding, thema_id)
    add_code(session, actor, bevinding, thema_id, bron=SUGGESTIE)
    return _decide(session, actor, bevinding, offered, BEVESTIGD)


def reject_suggestion(session, actor, bevinding, thema_id: int) -> ThemaSuggestie:
    """Record that the suggested theme does not fit; it is not offered again for the finding."""
    return _decide(session, actor, bevinding, _offered(session, bevinding, thema_id), AFGEWEZEN)


def _offered(session, bevinding, thema_id: int) -> tuple[ThemaModel, Suggestie, Thema]:
    advies = advice_for(session, bevinding.visitatie.ronde_id, [bevinding])
    if advies.model is None:
        raise DomainError(_("Er zijn nog geen suggesties: te weinig gecodeerde bevindingen "
                            "om te leren."))
    for suggestie in advies.per_bevinding.get(bevinding.id, []):
        if suggestie.thema_id == thema_id:
            return advies.model, suggestie, advies.themas[thema_id]
    raise DomainError(_("Dit thema wordt voor deze bevinding niet (meer) voorgesteld. "
                        "Bekijk de actuele suggesties en kies opnieuw."))


def _decide(session, actor, bevinding, offered, besluit: str) -> ThemaSuggestie:
    model, suggestie, thema = offered
    row = ThemaSuggestie(bevinding_id=bevinding.id, thema_id=suggestie.thema_id,
                         score=round(suggestie.score, 4), rang=suggestie.rang,
                         model_omschrijving=model.omschrijving[:200], besluit=besluit,
                         door_id=actor.id)
    session.add(row)
    action = "suggestie_bevestigd" if besluit == BEVESTIGD else "suggestie_afgewezen"
    record_event(session, actor, action, bevinding, details={
        "thema_id": thema.id, "thema": thema.label, "score": row.score, "rang": row.rang,
        "visitatie_id": bevinding.visitatie_id})
    session.flush()
    return row
