"""Record publications: each publish transition adds one immutable, numbered version."""
from datetime import datetime

from sqlalchemy import func, select

from visitatie.audit.operations import record_event
from visitatie.db import utcnow
from visitatie.publicaties.models import Publicatie


def record_publication(session, actor, soort: str, *, titel: str, visitatie=None, plan=None,
                       synthese=None, document=None, inhoud: dict | None = None,
                       correctie_toelichting: str | None = None,
                       at: datetime | None = None) -> Publicatie:
    """Add the next published version of the report, plan or Rode draden edition."""
    versie = _next_version(session, soort, visitatie, synthese)
    publicatie = Publicatie(
        soort=soort, versie=versie, titel=titel,
        identifier=_identifier(soort, versie, visitatie, synthese),
        visitatie_id=visitatie.id if visitatie is not None else None,
        verbeterplan_id=plan.id if plan is not None else None,
        synthese_id=synthese.id if synthese is not None else None,
        document_id=document.id if document is not None else None,
        inhoud=inhoud, correctie_toelichting=correctie_toelichting if versie > 1 else None,
        gepubliceerd_at=at or utcnow(), gepubliceerd_door_id=actor.id if actor else None,
    )
    session.add(publicatie)
    session.flush()
    record_event(session, actor, "publicatie_toegevoegd", publicatie,
                 comment=f"{publicatie.identifier}")
    return publicatie


def publish_report(session, actor, visitatie, at: datetime | None = None) -> Publicatie:
    """The visitatierapport goes public: its definitive version, with the final PDF."""
    from visitatie.documenten.operations import render_final_report

    return record_publication(session, actor, "rapport", visitatie=visitatie,
                              titel=f"Visitatierapport {visitatie.dienst.naam}",
                              document=render_final_report(session, actor, visitatie), at=at)


def publish_plan(session, actor, plan) -> Publicatie:
    """The verbeterplan goes public, with the PDF of its content at this moment."""
    from visitatie.documenten.operations import request_document

    visitatie = plan.visitatie
    return record_publication(session, actor, "verbeterplan", visitatie=visitatie, plan=plan,
                              titel=f"Verbeterplan {visitatie.dienst.naam}",
                              document=request_document(session, actor, "verbeterplan", plan))


def _next_version(session, soort, visitatie, synthese) -> int:
    stmt = select(func.coalesce(func.max(Publicatie.versie), 0)).where(Publicatie.soort == soort)
    if synthese is not None:
        stmt = stmt.where(Publicatie.synthese_id == synthese.id)
    else:
        stmt = stmt.where(Publicatie.visitatie_id == visitatie.id)
    return session.scalar(stmt) + 1


def _identifier(soort, versie, visitatie, synthese) -> str:
    """A stable id: the same object and version always give the same identifier."""
    if synthese is not None:
        return f"rode-draden/{synthese.slug}/v{versie}"
    return f"{soort}/{visitatie.dienst.slug}/ronde-{visitatie.ronde.nummer}/v{versie}"
