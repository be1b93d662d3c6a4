"""Ask for a PDF: reuse one with the same content, else queue a render job after the commit."""
from datetime import timedelta

from flask_babel import gettext as _
from sqlalchemy import select

from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError
from visitatie.db import utcnow
from visitatie.documenten import content
from visitatie.documenten.models import GegenereerdDocument
from visitatie.jobs import enqueue_after_commit
from visitatie.publicaties.models import Publicatie
from visitatie.rapporten.models import RapportVersie
from visitatie.verbeterplannen.models import Verbeterplan

JOB = "visitatie.documenten.jobs.render_document"
STALE_AFTER = timedelta(minutes=10)  # twice the job timeout: a worker that long is dead
LIVE_STATUSES = ("klaar", "wachtrij", "bezig")


class UnknownSoort(ValueError):
    """No PDF of this kind exists for this object."""


def soort_for(obj) -> str:
    """Return the kind of document made from `obj` (a report version or a plan)."""
    if isinstance(obj, RapportVersie):
        return "visitatierapport" if obj.status == "definitief" else "visitatierapport_concept"
    if isinstance(obj, Verbeterplan):
        return "verbeterplan"
    if isinstance(obj, Publicatie) and obj.soort == "rode_draden":
        return "rode_draden"
    raise UnknownSoort(type(obj).__name__)


def document_data(session, soort: str, obj) -> dict:
    """Return what the PDF of `soort` about `obj` shows."""
    if soort in ("visitatierapport", "visitatierapport_concept"):
        return content.report_data(session, obj)
    if soort == "verbeterplan":
        return content.plan_data(session, obj)
    if soort == "rode_draden":
        return content.rode_draden_data(session, obj)
    raise UnknownSoort(soort)


def request_document(session, actor, soort: str, obj) -> GegenereerdDocument:
    """Return the PDF of `obj` for its current content; queue a render when there is none."""
    if soort != soort_for(obj):
        raise UnknownSoort(soort)
    digest = content.content_hash(soort, document_data(session, soort, obj))
    existing = _existing(session, soort, obj, digest)
    if existing is not None and may_retry(existing):  # failed or stalled: try again
        return retry_document(session, actor, existing)
    if existing is not None:
        return existing
    document = GegenereerdDocument(soort=soort, object_type=obj.__tablename__,
                                   object_id=obj.id, content_hash=digest, status="wachtrij",
                                   requested_by_id=getattr(actor, "id", None))
    session.add(document)
    session.flush()
    record_event(session, actor, "document_aangevraagd", document, to_state="wachtrij",
                 details={"soort": soort, "object": f"{obj.__tablename__}:{obj.id}"})
    enqueue_after_commit(session, JOB, document.id)
    return document


def _existing(session, soort: str, obj, digest: str) -> GegenereerdDocument | None:
    query = select(GegenereerdDocument).where(
        GegenereerdDocument.soort == soort, GegenereerdDocument.object_type == obj.__tablename__,
        GegenereerdDocument.object_id == obj.id)
    if soort == "visitatierapport":
        # The final report is rendered once and kept, even when a template changes later.
        kept = session.scalars(query.where(GegenereerdDocument.status.in_(LIVE_STATUSES))
                               .order_by(GegenereerdDocument.id).limit(1)).first()
        if kept is not None:
            return kept
    return session.scalars(query.where(GegenereerdDocument.content_hash == digest)).first()


def retry_document(session, actor, document: GegenereerdDocument) -> GegenereerdDocument:
    """Queue a failed or stalled render again."""
    if not may_retry(document):
        raise DomainError(_("Dit document wordt al gemaakt of is al klaar."))
    previous = document.status
    document.status, document.error = "wachtrij", None
    document.started_at = document.finished_at = None
    session.flush()
    record_event(session, actor, "document_opnieuw_aangevraagd", document,
                 from_state=previous, to_state="wachtrij")
    enqueue_after_commit(session, JOB, document.id)
    return document


def may_retry(document: GegenereerdDocument, now=None) -> bool:
    """Return whether the render failed, or started so long ago that its worker died."""
    if document.status == "mislukt":
        return True
    return document.status == "bezig" and is_stale(document, now)


def is_stale(document: GegenereerdDocument, now=None) -> bool:
    """Return whether a running render started more than STALE_AFTER ago."""
    started = document.started_at
    if started is None:
        return True
    if started.tzinfo is None:  # SQLite hands back naive UTC
        started = started.replace(tzinfo=utcnow().tzinfo)
    return (now or utcnow()) - started > STALE_AFTER


def render_final_report(session, actor, visitatie) -> GegenereerdDocument | None:
    """Queue the PDF of the definitive report (call after finalize_report, before commit)."""
    versie = session.scalars(
        select(RapportVersie).where(RapportVersie.visitatie_id == visitatie.id,
                                    RapportVersie.status == "definitief")
        .order_by(RapportVersie.nummer.desc()).limit(1)).first()
    if versie is None:
        return None
    return request_document(session, actor, "visitatierapport", versie)
