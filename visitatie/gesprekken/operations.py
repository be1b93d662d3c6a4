"""Operations on the interview schedule and its notes. They never commit."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.gesprekken.models import Gesprek, GesprekDeelnemer, GesprekNotitie

GESPREK_FIELDS = ("dag", "start_tijd", "eind_tijd", "categorie", "niveau", "onderwerp",
                  "locatie")
GESPREK_STALE = _l("Dit gesprek is intussen door iemand anders gewijzigd. Bekijk de nieuwe "
                   "gegevens en voer uw wijziging opnieuw in.")
NOTITIE_STALE = _l("Deze notitie is intussen door iemand anders gewijzigd (of door u, in een "
                   "ander venster). Bekijk de nieuwe tekst en voer uw wijziging opnieuw in.")


def create_gesprek(session, actor, visitatie, *, deelnemers, **fields) -> Gesprek:
    """Plan a gesprek on one of the visit days, with its participants."""
    gesprek = Gesprek(visitatie_id=visitatie.id, **_clean(fields))
    gesprek.deelnemers = _deelnemers(deelnemers)
    session.add(gesprek)
    session.flush()
    record_event(session, actor, "gesprek_aangemaakt", gesprek,
                 details={"visitatie_id": visitatie.id, **_summary(gesprek)})
    return gesprek


def update_gesprek(session, actor, gesprek: Gesprek, *, version_id: int, deelnemers,
                   **fields) -> None:
    """Change a gesprek and its participants; refuse when someone else saved in between."""
    _refuse_stale(gesprek, version_id, GESPREK_STALE)
    fields = _clean(fields)
    changed = sorted(k for k, v in fields.items() if getattr(gesprek, k) != v)
    for key in changed:
        setattr(gesprek, key, fields[key])
    new_people = list(deelnemers)
    if new_people != [(d.naam, d.functie, d.organisatie) for d in gesprek.deelnemers]:
        gesprek.deelnemers = _deelnemers(new_people)
        changed.append("deelnemers")
    if not changed:
        return
    # Participants live in their own rows: bump the gesprek's version for them too.
    flag_modified(gesprek, "dag")
    _flush_or_stale(session, GESPREK_STALE)
    record_event(session, actor, "gesprek_gewijzigd", gesprek,
                 details={"visitatie_id": gesprek.visitatie_id, "velden": changed})


def delete_gesprek(session, actor, gesprek: Gesprek) -> None:
    """Remove a planned gesprek; one that was held or has notes stays on record."""
    if gesprek.is_gehouden or _has_notes(session, gesprek):
        raise DomainError(_("Dit gesprek kan niet meer worden verwijderd: het is gehouden of "
                            "de commissie heeft er al aantekeningen bij gemaakt. Pas het zo "
                            "nodig aan."))
    record_event(session, actor, "gesprek_verwijderd", gesprek,
                 details={"visitatie_id": gesprek.visitatie_id, **_summary(gesprek)})
    session.delete(gesprek)
    session.flush()


def mark_gesprek_gehouden(session, actor, gesprek: Gesprek, gehouden: bool) -> None:
    """Record whether a gesprek was held during the visit."""
    if gesprek.is_gehouden == gehouden:
        return
    gesprek.is_gehouden = gehouden
    session.flush()
    action = "gesprek_gehouden" if gehouden else "gesprek_niet_gehouden"
    record_event(session, actor, action, gesprek,
                 details={"visitatie_id": gesprek.visitatie_id, **_summary(gesprek)})


def add_notitie(session, actor, gesprek: Gesprek, tekst: str) -> GesprekNotitie:
    """Write a committee member's note on a gesprek."""
    notitie = GesprekNotitie(gesprek_id=gesprek.id, auteur_id=actor.id, tekst=tekst.strip())
    session.add(notitie)
    session.flush()
    # The note text is confidential: the audit trail records only that it was written.
    record_event(session, actor, "gespreksnotitie_toegevoegd", notitie,
                 details={"gesprek_id": gesprek.id, "visitatie_id": gesprek.visitatie_id})
    return notitie


def update_notitie(session, actor, notitie: GesprekNotitie, *, version_id: int,
                   tekst: str) -> None:
    """Change one's own note; refuse when it was saved elsewhere in between."""
    _refuse_stale(notitie, version_id, NOTITIE_STALE)
    notitie.tekst, notitie.updated_at = tekst.strip(), utcnow()
    _flush_or_stale(session, NOTITIE_STALE)
    record_event(session, actor, "gespreksnotitie_gewijzigd", notitie,
                 details={"gesprek_id": notitie.gesprek_id})


def _has_notes(session, gesprek: Gesprek) -> bool:
    return session.scalar(select(func.count(GesprekNotitie.id))
                          .where(GesprekNotitie.gesprek_id == gesprek.id)) > 0


def _refuse_stale(obj, version_id: int, message) -> None:
    if obj.version_id != version_id:
        raise StaleEdit(str(message))


def _flush_or_stale(session, message) -> None:
    # Someone may save between our version check and the UPDATE; the mapper's
    # version column catches that, and the user gets the same message.
    try:
        session.flush()
    except StaleDataError:
        raise StaleEdit(str(message)) from None


def _clean(fields: dict) -> dict:
    unknown = set(fields) - set(GESPREK_FIELDS)
    if unknown:
        raise TypeError(f"unknown gesprek fields: {sorted(unknown)}")
    return {k: (v.strip() or None) if isinstance(v, str) and k in ("onderwerp", "locatie")
            else v for k, v in fields.items()}


def _deelnemers(rows) -> list[GesprekDeelnemer]:
    return [GesprekDeelnemer(naam=naam, functie=functie, organisatie=organisatie)
            for naam, functie, organisatie in rows]


def _summary(gesprek: Gesprek) -> dict:
    return {"dag": gesprek.dag, "categorie": gesprek.categorie,
            "start_tijd": gesprek.start_tijd.strftime("%H:%M")}
