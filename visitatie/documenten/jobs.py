"""The job that renders one generated document to PDF and records how it went.

It takes an id, re-fetches everything, claims the row (wachtrij → bezig, committed, so the
page shows progress), renders, writes the file atomically and marks the row klaar. A
failure is recorded on the row (mislukt, with the error) and logged, not raised: the row
is where people and the beheerder look and retry, and in-process mode (no Redis) must not
break the request that queued the job. A worker killed halfway leaves the row bezig and
no file; after STALE_AFTER it can be retried.
"""
import logging

from sqlalchemy import update

from visitatie.db import utcnow
from visitatie.documenten import files
from visitatie.documenten.models import GegenereerdDocument
from visitatie.documenten.operations import document_data
from visitatie.documenten.queries import load_target
from visitatie.extensions import db

log = logging.getLogger(__name__)
TEMPLATES = {
    "visitatierapport": "pdf/visitatierapport.html",
    "visitatierapport_concept": "pdf/visitatierapport.html",
    "verbeterplan": "pdf/verbeterplan.html",
    "rode_draden": "pdf/rode_draden.html",
}
MAX_ERROR_CHARS = 2000


class ObjectGone(LookupError):
    """The report version or plan the document is about no longer exists."""


def render_document(document_id: int) -> str:
    """Render and store the PDF of document `document_id`; return its status."""
    session = db.session
    if not _claim(session, document_id):
        return "overgeslagen"
    try:
        stored, pages = _render_and_write(session, document_id)
    except Exception as error:  # noqa: BLE001 — any failure is recorded on the row
        log.exception("Document %s: rendering failed", document_id)
        return _record_failure(session, document_id, error)
    try:
        _record_success(session, document_id, stored, pages)
    except Exception:
        files.remove_file(files.path_of(stored.opslagnaam))
        raise
    return "klaar"


def _claim(session, document_id: int) -> bool:
    """Mark a queued document bezig; False when it is not queued (done, taken, gone)."""
    result = session.execute(
        update(GegenereerdDocument)
        .where(GegenereerdDocument.id == document_id, GegenereerdDocument.status == "wachtrij")
        .values(status="bezig", started_at=utcnow(), attempts=GegenereerdDocument.attempts + 1)
        .execution_options(synchronize_session=False))
    session.commit()
    document = session.get(GegenereerdDocument, document_id)
    if document is not None:
        session.refresh(document)
    return result.rowcount == 1


def _render_and_write(session, document_id: int):
    from visitatie.pdf import render_pdf_document

    document = session.get(GegenereerdDocument, document_id)
    obj = load_target(session, document)
    if obj is None:
        raise ObjectGone(f"{document.object_type} {document.object_id} bestaat niet meer")
    data = document_data(session, document.soort, obj)
    files.remove_leftovers(document_id)
    rendered = render_pdf_document(TEMPLATES[document.soort], doc=data)
    return files.write_document(document_id, rendered.data), rendered.pages


def _record_success(session, document_id: int, stored, pages: int) -> None:
    document = session.get(GegenereerdDocument, document_id)
    document.status, document.error, document.finished_at = "klaar", None, utcnow()
    document.opslagnaam, document.sha256 = stored.opslagnaam, stored.sha256
    document.grootte, document.pagina_count = stored.grootte, pages
    session.commit()


def _record_failure(session, document_id: int, error: Exception) -> str:
    session.rollback()
    document = session.get(GegenereerdDocument, document_id)
    document.status, document.finished_at = "mislukt", utcnow()
    document.error = (f"{type(error).__name__}: {error}".strip())[:MAX_ERROR_CHARS]
    session.commit()
    return "mislukt"
