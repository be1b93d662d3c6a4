"""Read the versions of a report, and what the visitatie page shows about it."""
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from visitatie.bevindingen.permissions import can_read_bevindingen
from visitatie.bevindingen.queries import count_bevindingen
from visitatie.rapporten import permissions
from visitatie.rapporten.labels import STATUS_LABELS
from visitatie.rapporten.models import RapportSectie, RapportVersie


def latest_version(session, visitatie) -> RapportVersie | None:
    """Return the newest version of the visitatie's report, if there is one."""
    return session.scalars(
        select(RapportVersie).where(RapportVersie.visitatie_id == visitatie.id)
        .order_by(RapportVersie.nummer.desc()).limit(1)).first()


def versions_of(session, visitatie_id: int) -> list[RapportVersie]:
    """Return every version of the report, newest first, with its author."""
    return list(session.scalars(
        select(RapportVersie).where(RapportVersie.visitatie_id == visitatie_id)
        .options(joinedload(RapportVersie.created_by))
        .order_by(RapportVersie.nummer.desc())))


def load_version(session, visitatie_id: int, nummer: int) -> RapportVersie | None:
    """Return one version with its sections and their comments."""
    return session.scalars(
        select(RapportVersie)
        .where(RapportVersie.visitatie_id == visitatie_id, RapportVersie.nummer == nummer)
        .options(joinedload(RapportVersie.created_by),
                 selectinload(RapportVersie.secties).selectinload(RapportSectie.commentaren))
    ).first()


def section_of(versie: RapportVersie, sectie_id: int) -> RapportSectie | None:
    """Return the section of this version with this id, if it is one of its sections."""
    return next((s for s in versie.secties if s.id == sectie_id), None)


def section_context(session, user, visitatie) -> dict:
    """Return what the report section of the visitatie page shows (keys `rapport_*`)."""
    versions = list(session.scalars(
        select(RapportVersie).where(RapportVersie.visitatie_id == visitatie.id)
        .order_by(RapportVersie.nummer.desc())))
    latest = versions[0] if versions else None
    visible = [v for v in versions if permissions.can_read_version(user, visitatie, v)]
    show_bevindingen = can_read_bevindingen(user, visitatie)
    shown = visible[0] if visible else None
    return {
        "rapport_versie": shown,
        "rapport_status_label": STATUS_LABELS[shown.status] if shown else None,
        "rapport_aantal_versies": len(versions),
        "rapport_can_list": permissions.can_read_all_versions(user, visitatie),
        "rapport_can_create": permissions.can_create_report(user, visitatie, latest),
        "rapport_bevindingen_visible": show_bevindingen,
        "rapport_bevindingen_count": (count_bevindingen(session, visitatie.id)
                                      if show_bevindingen else None),
    }
