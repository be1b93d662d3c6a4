"""Record, change and delete bevindingen; keep the aanbevelingen numbered 1..n."""
from flask_babel import gettext as _
from sqlalchemy import func, select

from visitatie.audit.operations import record_event
from visitatie.bevindingen.models import Bevinding, BevindingType
from visitatie.bevindingen.permissions import bevindingen_open
from visitatie.bevindingen.queries import codebook_themes
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.themas.coding import set_codes
from visitatie.themas.operations import touch_bevinding

AANBEVELING = BevindingType.AANBEVELING.value


def create_bevinding(session, actor, visitatie, *, type: str, tekst: str,
                     thema_ids: list[int], rapport_sectie: str | None) -> Bevinding:
    """Record a bevinding; a new aanbeveling gets the next number."""
    _refuse_when_closed(visitatie)
    themas, section = _chosen_themes(session, visitatie, thema_ids)
    bevinding = Bevinding(visitatie_id=visitatie.id, type=BevindingType(type).value,
                          tekst=_clean(tekst), created_by_id=actor.id,
                          rapport_sectie=rapport_sectie or section)
    if bevinding.type == AANBEVELING:
        bevinding.nummer = _next_number(session, visitatie.id)
    session.add(bevinding)
    session.flush()  # the code history needs the id
    set_codes(session, actor, bevinding, {t.id for t in themas})
    session.flush()
    record_event(session, actor, "bevinding_toegevoegd", bevinding, details=_details(bevinding))
    return bevinding


def update_bevinding(session, actor, bevinding: Bevinding, visitatie, *, version_id: int,
                     type: str, tekst: str, thema_ids: list[int],
                     rapport_sectie: str | None) -> None:
    """Change a bevinding; refuse when someone else saved it in between."""
    _refuse_when_closed(visitatie)
    _refuse_stale(bevinding, version_id)
    themas, section = _chosen_themes(session, visitatie, thema_ids)
    renumbered = _renumber_for_type(session, bevinding, BevindingType(type).value)
    bevinding.tekst = _clean(tekst)
    bevinding.rapport_sectie = rapport_sectie or section
    added, removed = set_codes(session, actor, bevinding, {t.id for t in themas})
    if added or removed:  # codes alone do not raise the version; a recode form must see it
        touch_bevinding(session, bevinding, version_id)
    session.flush()
    record_event(session, actor, "bevinding_gewijzigd", bevinding,
                 details=_details(bevinding) | renumbered | _code_details(added, removed))


def delete_bevinding(session, actor, bevinding: Bevinding, visitatie, *,
                     version_id: int) -> None:
    """Delete a bevinding; the aanbevelingen after it move up one number."""
    _refuse_when_closed(visitatie)
    _refuse_stale(bevinding, version_id)
    details = _details(bevinding) | {"tekst": bevinding.tekst}
    session.delete(bevinding)
    session.flush()
    details |= renumber_aanbevelingen(session, visitatie.id)
    record_event(session, actor, "bevinding_verwijderd", bevinding, details=details)


def renumber_aanbevelingen(session, visitatie_id: int) -> dict:
    """Number the aanbevelingen 1..n, keeping their order; return {"hernummerd": {id: nr}}."""
    rows = session.scalars(select(Bevinding).where(
        Bevinding.visitatie_id == visitatie_id, Bevinding.type == AANBEVELING,
    ).order_by(Bevinding.nummer, Bevinding.id)).all()
    moves = [(b, n) for n, b in enumerate(rows, 1) if b.nummer != n]
    if not moves:
        return {}
    # Step aside to negative numbers first: the unique number is checked per row update.
    for bevinding, _n in moves:
        bevinding.nummer = -bevinding.nummer
    session.flush()
    for bevinding, nummer in moves:
        bevinding.nummer = nummer
    session.flush()
    return {"hernummerd": {str(b.id): n for b, n in moves}}


def _renumber_for_type(session, bevinding: Bevinding, new_type: str) -> dict:
    """Number a new aanbeveling last; close the gap one leaves behind."""
    was_aanbeveling, becomes_one = bevinding.type == AANBEVELING, new_type == AANBEVELING
    if becomes_one and not was_aanbeveling:
        bevinding.nummer = _next_number(session, bevinding.visitatie_id)  # before any change
    bevinding.type = new_type
    if becomes_one or not was_aanbeveling:
        return {}
    bevinding.nummer = None
    session.flush()
    return renumber_aanbevelingen(session, bevinding.visitatie_id)


def _next_number(session, visitatie_id: int) -> int:
    highest = session.scalar(select(func.max(Bevinding.nummer)).where(
        Bevinding.visitatie_id == visitatie_id, Bevinding.type == AANBEVELING))
    return (highest or 0) + 1


def _code_details(added: set[int], removed: set[int]) -> dict:
    if not (added or removed):
        return {}
    return {"codes": {"toegevoegd": sorted(added), "verwijderd": sorted(removed)}}


def _chosen_themes(session, visitatie, thema_ids: list[int]) -> tuple[list, str | None]:
    """Return the chosen themes in tree order and the main theme of the first one.

    No theme is fine: a finding may be recorded first and coded later. Refuses a theme
    outside the ronde's codebook.
    """
    if not thema_ids:
        return [], None
    keuzes = codebook_themes(session, visitatie.ronde_id)
    themas = [k.thema for k in keuzes if k.thema.id in set(thema_ids)]
    if len(themas) != len(set(thema_ids)):
        raise DomainError(_("Kies thema's uit het codeboek van deze ronde."), field="thema_ids")
    by_id = {k.thema.id: k.thema for k in keuzes}
    return themas, _main_theme(themas[0], by_id).naam


def _main_theme(thema, by_id):
    while thema.parent_id in by_id:
        thema = by_id[thema.parent_id]
    return thema


def _refuse_when_closed(visitatie) -> None:
    if not bevindingen_open(visitatie):
        raise DomainError(_("Bevindingen kunnen alleen worden vastgelegd of gewijzigd tijdens "
                            "het bezoek en het conceptrapport."))


def _refuse_stale(bevinding: Bevinding, version_id: int) -> None:
    if bevinding.version_id != version_id:
        raise StaleEdit(_("Deze bevinding is intussen door iemand anders gewijzigd. Bekijk de "
                          "nieuwe tekst en voer uw wijziging opnieuw in."))


def _clean(tekst: str) -> str:
    return (tekst or "").strip().replace("\r\n", "\n")


def _details(bevinding: Bevinding) -> dict:
    return {"visitatie_id": bevinding.visitatie_id, "type": bevinding.type,
            "nummer": bevinding.nummer}
