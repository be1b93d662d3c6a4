"""Give and take codes (themes) of a bevinding, keeping the code history.

Every change writes a CodeWijziging row; the current codes (BevindingThema) keep who gave
them and when. Used by the secretaris's bevinding form, the authors' recoding, confirmed
theme suggestions and the codebook's merge.
"""
from visitatie.bevindingen.models import Bevinding, BevindingThema
from visitatie.themas.models import CodeWijziging

HANDMATIG, SUGGESTIE, SAMENVOEGING = "handmatig", "suggestie", "samenvoeging"


def set_codes(session, actor, bevinding: Bevinding, thema_ids: set[int],
              bron: str = HANDMATIG) -> tuple[set[int], set[int]]:
    """Make `thema_ids` the codes of `bevinding`; return (added, removed) theme ids.

    Codes that stay keep who gave them and when; only real changes are recorded.
    """
    current = {c.thema_id for c in bevinding.themas}
    added, removed = set(thema_ids) - current, current - set(thema_ids)
    for code in [c for c in bevinding.themas if c.thema_id in removed]:
        bevinding.themas.remove(code)
        _history(session, actor, bevinding, code.thema_id, "verwijderd", bron)
    for thema_id in sorted(added):
        add_code(session, actor, bevinding, thema_id, bron)
    return added, removed


def add_code(session, actor, bevinding: Bevinding, thema_id: int,
             bron: str = HANDMATIG) -> bool:
    """Give `bevinding` the theme; return False when it already had it."""
    if any(c.thema_id == thema_id for c in bevinding.themas):
        return False
    bevinding.themas.append(BevindingThema(thema_id=thema_id,
                                           gecodeerd_door_id=getattr(actor, "id", None)))
    _history(session, actor, bevinding, thema_id, "toegekend", bron)
    return True


def _history(session, actor, bevinding, thema_id, soort, bron, van_thema_id=None) -> None:
    if bevinding.id is None:   # a new bevinding: flush it first, the history needs its id
        session.flush()
    session.add(CodeWijziging(bevinding_id=bevinding.id, thema_id=thema_id, soort=soort,
                              bron=bron, van_thema_id=van_thema_id,
                              door_id=getattr(actor, "id", None)))


def record_merge_move(session, actor, bevinding_id: int, from_id: int, to_id: int) -> None:
    """History of a code that a merge of `from_id` into `to_id` moved."""
    session.add(CodeWijziging(bevinding_id=bevinding_id, thema_id=to_id, soort="samengevoegd",
                              bron=SAMENVOEGING, van_thema_id=from_id,
                              door_id=getattr(actor, "id", None)))
