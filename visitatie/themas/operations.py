"""Change a ronde's theme codebook and the codes of findings, with history and audit.

Every codebook change raises the codebook's version by one, writes a ThemaWijziging row per
changed property (all with that version) and an audit event. Codes only change through
visitatie.themas.coding, which writes their history.
"""
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from visitatie.audit.operations import record_event
from visitatie.bevindingen.models import Bevinding, BevindingThema
from visitatie.bevindingen.queries import codebook_themes
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.synthese.models import SyntheseSectie
from visitatie.themas.coding import HANDMATIG, record_merge_move, set_codes
from visitatie.themas.models import Codeboek, KaderThema, Thema, ThemaWijziging
from visitatie.themas.queries import all_themes, current_codeboek

AUDIT_ACTIONS = {
    "aangemaakt": "thema_aangemaakt", "hernoemd": "thema_hernoemd",
    "verplaatst": "thema_verplaatst", "samengevoegd": "thema_samengevoegd",
    "kader_gekoppeld": "thema_kader_gekoppeld",
    "omschrijving_gewijzigd": "thema_omschrijving_gewijzigd",
}


@dataclass(frozen=True)
class MergeResult:
    moved: int          # codes now on the target theme
    dropped: int        # codes of findings that already had the target theme
    children: list[int]
    secties: list[int]  # Rode draden sections now about the target theme


# --- the codebook ------------------------------------------------------------------------

def create_codeboek(session, actor, ronde) -> Codeboek:
    """Give the ronde a codebook seeded with the Rode draden chapters and sub-themes."""
    from visitatie.reference.seed import seed_codeboek_for  # the seed imports much; load late

    if current_codeboek(session, ronde.id) is not None:
        raise DomainError(_("Deze ronde heeft al een codeboek."))
    codeboek = seed_codeboek_for(session, ronde)
    codeboek.gewijzigd_at = utcnow()
    themas = all_themes(session, codeboek.id)
    for thema in themas:
        _history(session, actor, thema, "aangemaakt", None, thema.label, codeboek.versie)
    record_event(session, actor, "thema_aangemaakt", codeboek,
                 details={"ronde_id": ronde.id, "themas": len(themas), "geseed": True})
    return codeboek


def add_thema(session, actor, codeboek: Codeboek, *, parent_id: int | None, code: str,
              naam: str, omschrijving: str | None, kader: str | None) -> Thema:
    """Add a theme at the end of its parent's children (or of the chapters)."""
    _lock(session, codeboek)
    code, naam, kader = _clean(code), _clean(naam), kader or None
    _refuse_taken_code(session, codeboek, code)
    parent = _parent(session, codeboek, parent_id)
    _refuse_unknown_kader(session, kader)
    thema = Thema(codeboek_id=codeboek.id, parent=parent, code=code, naam=naam,
                  omschrijving=_clean(omschrijving) or None, kader_thema_code=kader,
                  volgorde=len(_siblings(session, codeboek.id, parent_id)) + 1)
    session.add(thema)
    session.flush()
    versie = _bump(codeboek)
    _record(session, actor, thema, "aangemaakt", None, thema.label, versie,
            parent_id=parent_id, kader=kader)
    return thema


def update_thema(session, actor, thema: Thema, *, version_id: int, code: str, naam: str,
                 omschrijving: str | None, kader: str | None) -> list[str]:
    """Rename, describe or (re)map a theme; return the kinds of change (none: nothing saved)."""
    codeboek = _changeable(session, thema, version_id)
    code, naam, omschrijving, kader = (_clean(code), _clean(naam),
                                       _clean(omschrijving) or None, kader or None)
    if code != thema.code:
        _refuse_taken_code(session, codeboek, code)
    _refuse_unknown_kader(session, kader)
    changes = []
    if (code, naam) != (thema.code, thema.naam):
        changes.append(("hernoemd", thema.label, f"{code} {naam}"))
    if omschrijving != thema.omschrijving:
        changes.append(("omschrijving_gewijzigd", thema.omschrijving, omschrijving))
    if kader != thema.kader_thema_code:
        changes.append(("kader_gekoppeld", thema.kader_thema_code, kader))
    if not changes:
        return []
    thema.code, thema.naam, thema.omschrijving, thema.kader_thema_code = (
        code, naam, omschrijving, kader)
    versie = _bump(codeboek)
    for soort, oud, nieuw in changes:
        _record(session, actor, thema, soort, oud, nieuw, versie)
    session.flush()
    return [soort for soort, _oud, _nieuw in changes]


def move_thema(session, actor, thema: Thema, *, version_id: int, parent_id: int | None,
               positie: int | None) -> bool:
    """Put a theme under another parent (None: a chapter) at a position; False if unchanged.

    Refuses a cycle (under itself or a sub-theme of its own) and a merged parent.
    """
    codeboek = _changeable(session, thema, version_id)
    parent = _parent(session, codeboek, parent_id)
    if parent is not None and parent.id in _with_descendants(session, thema):
        raise DomainError(_("Een thema kan niet onder zichzelf of onder een van zijn eigen "
                            "subthema's worden geplaatst."), field="parent_id")
    before = _place(thema.parent, _position(session, thema))
    siblings = [s for s in _siblings(session, codeboek.id, parent_id) if s.id != thema.id]
    positie = min(max(1, positie or len(siblings) + 1), len(siblings) + 1)
    if parent_id == thema.parent_id and positie == _position(session, thema):
        return False
    old_siblings = [s for s in _siblings(session, codeboek.id, thema.parent_id)
                    if s.id != thema.id]
    thema.parent = parent
    _renumber(old_siblings)
    _renumber(siblings[:positie - 1] + [thema] + siblings[positie - 1:])
    versie = _bump(codeboek)
    _record(session, actor, thema, "verplaatst", before, _place(parent, positie), versie)
    session.flush()
    return True


def merge_thema(session, actor, source: Thema, target: Thema, *, version_id: int,
                target_version_id: int) -> MergeResult:
    """Merge `source` into `target`: its codes, sub-themes and Rode draden sections follow.

    Codes keep who gave them and when; a finding that already had the target loses only the
    source's code. Every moved code gets a history row; `source` stays, marked as merged.
    """
    codeboek = _changeable(session, source, version_id)
    _refuse_stale_thema(target, target_version_id)
    check_merge(session, source, target)
    versie = _bump(codeboek)
    moved, dropped = _move_codes(session, actor, source, target)
    children = _move_children(session, actor, source, target, versie)
    secties = _repoint_secties(session, source, target)
    source.samengevoegd_in_id = target.id
    _record(session, actor, source, "samengevoegd", source.label, target.label, versie,
            in_thema_id=target.id, codes_verplaatst=moved, codes_vervallen=dropped,
            subthemas=children, secties=secties)
    session.flush()
    return MergeResult(moved, dropped, children, secties)


# --- coding ----------------------------------------------------------------------------

def recode_bevinding(session, actor, bevinding: Bevinding, *, version_id: int,
                     thema_ids: list[int], bron: str = HANDMATIG) -> tuple[set, set]:
    """Give a finding exactly these themes; return (added, removed) theme ids."""
    if bevinding.version_id != version_id:
        raise StaleEdit(_("De thema's van deze bevinding zijn intussen door iemand anders "
                          "gewijzigd. Bekijk de huidige codes en kies opnieuw."))
    chosen = valid_thema_ids(session, bevinding.visitatie.ronde_id, thema_ids)
    if not chosen:
        raise DomainError(_("Kies ten minste één thema."), field="thema_ids")
    added, removed = set_codes(session, actor, bevinding, chosen, bron)
    if added or removed:
        touch_bevinding(session, bevinding, version_id)
        record_event(session, actor, "codes_gewijzigd", bevinding, details={
            "visitatie_id": bevinding.visitatie_id, "toegevoegd": sorted(added),
            "verwijderd": sorted(removed)})
    return added, removed


def valid_thema_ids(session, ronde_id: int, thema_ids) -> set[int]:
    """Return the chosen theme ids; refuse one that is not choosable in the ronde's codebook."""
    wanted = set(thema_ids or ())
    choosable = {k.thema.id for k in codebook_themes(session, ronde_id)}
    if wanted - choosable:
        raise DomainError(_("Kies thema's uit het codeboek van deze ronde."), field="thema_ids")
    return wanted


def touch_bevinding(session, bevinding: Bevinding, seen_version: int) -> None:
    """Move the finding's version on, so that a form opened before this change is stale."""
    session.flush()  # a changed column already raised the version
    if bevinding.version_id == seen_version:
        bevinding.version_id = seen_version + 1
        session.flush()


# --- helpers ---------------------------------------------------------------------------

def _changeable(session, thema: Thema, version_id: int) -> Codeboek:
    """Lock the theme's codebook; refuse a stale form or a merged theme."""
    codeboek = thema.codeboek
    _lock(session, codeboek)
    _refuse_stale_thema(thema, version_id)
    if thema.samengevoegd_in_id is not None:
        raise DomainError(_("Dit thema is samengevoegd met een ander thema en kan niet meer "
                            "worden gewijzigd."))
    return codeboek


def _lock(session, codeboek: Codeboek) -> None:
    """Serialise changes of one codebook; only the ronde's current codebook changes."""
    session.refresh(codeboek, with_for_update=True)
    current = current_codeboek(session, codeboek.ronde_id)
    if current is not None and current.id != codeboek.id:
        raise DomainError(_("Dit codeboek is vervangen door een nieuwer codeboek van de ronde; "
                            "wijzig dat."))


def _bump(codeboek: Codeboek) -> int:
    codeboek.versie += 1
    codeboek.gewijzigd_at = utcnow()
    return codeboek.versie


def _record(session, actor, thema, soort, oud, nieuw, versie, **details) -> None:
    _history(session, actor, thema, soort, oud, nieuw, versie)
    record_event(session, actor, AUDIT_ACTIONS[soort], thema, details={
        "codeboek_id": thema.codeboek_id, "codeboek_versie": versie, "oud": oud,
        "nieuw": nieuw, **details})


def _history(session, actor, thema, soort, oud, nieuw, versie) -> None:
    session.add(ThemaWijziging(thema_id=thema.id, soort=soort, oud=oud, nieuw=nieuw,
                               codeboek_versie=versie, door_id=getattr(actor, "id", None)))


def _refuse_stale_thema(thema: Thema, version_id: int) -> None:
    if thema.version_id != version_id:
        raise StaleEdit(_("Thema %(label)s is intussen door iemand anders gewijzigd. Bekijk "
                          "de nieuwe gegevens en voer uw wijziging opnieuw in.",
                          label=thema.label))


def _refuse_taken_code(session, codeboek: Codeboek, code: str) -> None:
    if not code:
        raise DomainError(_("Vul de code in."), field="code")
    taken = session.scalar(select(Thema.id).where(Thema.codeboek_id == codeboek.id,
                                                  Thema.code == code))
    if taken is not None:
        raise DomainError(_("De code %(code)s bestaat al in dit codeboek. Kies een andere "
                            "code.", code=code), field="code")


def _refuse_unknown_kader(session, kader: str | None) -> None:
    if kader is not None and session.get(KaderThema, kader) is None:
        raise DomainError(_("Kies een thema A tot en met F van het visitatiekader."),
                          field="kader")


def _parent(session, codeboek: Codeboek, parent_id: int | None) -> Thema | None:
    """Return the chosen parent; refuse one outside the codebook or a merged one."""
    if parent_id is None:
        return None
    parent = session.get(Thema, parent_id)
    if parent is None or parent.codeboek_id != codeboek.id:
        raise DomainError(_("Kies een bovenliggend thema uit dit codeboek."), field="parent_id")
    if parent.samengevoegd_in_id is not None:
        raise DomainError(_("Onder een samengevoegd thema kan geen thema worden geplaatst. "
                            "Kies het thema waarin het is samengevoegd."), field="parent_id")
    return parent


def _siblings(session, codeboek_id: int, parent_id: int | None) -> list[Thema]:
    parent = Thema.parent_id.is_(None) if parent_id is None else Thema.parent_id == parent_id
    return list(session.scalars(select(Thema).where(Thema.codeboek_id == codeboek_id, parent)
                                .order_by(Thema.volgorde, Thema.code)))


def _position(session, thema: Thema) -> int:
    siblings = _siblings(session, thema.codeboek_id, thema.parent_id)
    return [s.id for s in siblings].index(thema.id) + 1


def _renumber(themas: list[Thema]) -> None:
    for volgorde, thema in enumerate(themas, 1):
        if thema.volgorde != volgorde:
            thema.volgorde = volgorde


def _place(parent: Thema | None, positie: int) -> str:
    # Stored history, in the codebook's language (Dutch), not the reader's.
    where = f"onder {parent.label}" if parent else "hoofdthema"
    return f"{where}, plaats {positie}"


def _with_descendants(session, thema: Thema) -> set[int]:
    themas = all_themes(session, thema.codeboek_id)
    found, frontier = {thema.id}, {thema.id}
    while frontier:
        frontier = {t.id for t in themas if t.parent_id in frontier} - found
        found |= frontier
    return found


def check_merge(session, source: Thema, target: Thema) -> None:
    """Refuse a merge that cannot be: into itself, another codebook, a merged theme or a
    sub-theme of its own (also asked before the confirmation page)."""
    if source.samengevoegd_in_id is not None:
        raise DomainError(_("Dit thema is samengevoegd met een ander thema en kan niet meer "
                            "worden gewijzigd."), field="doel_id")
    if target.codeboek_id != source.codeboek_id or target.id == source.id:
        raise DomainError(_("Kies een ander thema uit hetzelfde codeboek."), field="doel_id")
    if target.samengevoegd_in_id is not None:
        raise DomainError(_("Met een samengevoegd thema kan niet worden samengevoegd. Kies het "
                            "thema waarin het is opgegaan."), field="doel_id")
    if target.id in _with_descendants(session, source):
        raise DomainError(_("Een thema kan niet worden samengevoegd met een van zijn eigen "
                            "subthema's. Verplaats dat subthema eerst."), field="doel_id")


def _move_codes(session, actor, source: Thema, target: Thema) -> tuple[int, int]:
    """Move every code of `source` to `target`, keeping who coded it and when."""
    codes = session.scalars(select(BevindingThema).where(BevindingThema.thema_id == source.id)
                            .options(joinedload(BevindingThema.bevinding))).all()
    moved = dropped = 0
    for code in codes:
        bevinding = code.bevinding
        had_target = any(c.thema_id == target.id for c in bevinding.themas)
        bevinding.themas.remove(code)
        if had_target:
            dropped += 1
        else:
            bevinding.themas.append(BevindingThema(
                thema_id=target.id, gecodeerd_door_id=code.gecodeerd_door_id,
                gecodeerd_at=code.gecodeerd_at))
            moved += 1
        record_merge_move(session, actor, bevinding.id, source.id, target.id)
    return moved, dropped


def _move_children(session, actor, source: Thema, target: Thema, versie: int) -> list[int]:
    children = _siblings(session, source.codeboek_id, source.id)
    first = len(_siblings(session, target.codeboek_id, target.id)) + 1
    for offset, child in enumerate(children):
        before = _place(source, offset + 1)
        child.parent, child.volgorde = target, first + offset
        _history(session, actor, child, "verplaatst", before, _place(target, first + offset),
                 versie)
    return [c.id for c in children]


def _repoint_secties(session, source: Thema, target: Thema) -> list[int]:
    """Point Rode draden sections at the target, unless the edition already has one for it."""
    taken = set(session.scalars(select(SyntheseSectie.synthese_id)
                                .where(SyntheseSectie.thema_id == target.id)))
    moved = []
    for sectie in session.scalars(select(SyntheseSectie)
                                  .where(SyntheseSectie.thema_id == source.id)):
        if sectie.synthese_id not in taken:
            sectie.thema_id = target.id
            moved.append(sectie.id)
    return moved


def _clean(text: str | None) -> str:
    return (text or "").strip().replace("\r\n", "\n")
