"""Operations on kernstukken: upload a new version, review one, accept the rest. Never commit."""
from datetime import timezone

from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.kernstukken import queries
from visitatie.uploads import storage, validation
from visitatie.kernstukken.models import KernstukDocument
from visitatie.kernstukken.permissions import reviews_open, uploads_open

REVIEW_CHOICES = ("akkoord", "terug")


def upload_kernstuk(session, actor, visitatie, kernstuk_type, upload) -> KernstukDocument:
    """Store an uploaded file as the next version of its type, while uploads are open."""
    if not uploads_open(visitatie):
        raise DomainError(_("Kernstukken kunnen alleen worden geüpload zolang de visitatie "
                            "gepland is of in voorbereiding."))
    return store_kernstuk(session, actor, visitatie, kernstuk_type, upload.stream,
                          upload.filename)


def store_kernstuk(session, actor, visitatie, kernstuk_type, stream,
                   filename: str | None) -> KernstukDocument:
    """Check and store a file as the next version of a kernstuk type, whatever the phase."""
    if kernstuk_type.ronde_id != visitatie.ronde_id:
        raise DomainError(_("Dit type kernstuk hoort niet bij de ronde van deze visitatie."))
    naam = validation.check_filename(filename)
    stored = _store(session, stream, naam)
    document = KernstukDocument(
        visitatie_id=visitatie.id, kernstuk_type_id=kernstuk_type.id,
        versie=queries.highest_versie(session, visitatie.id, kernstuk_type.id) + 1,
        bestandsnaam=naam, opslagnaam=stored.opslagnaam, sha256=stored.sha256,
        grootte=stored.grootte, mime_type=stored.mime_type, uploaded_by_id=actor.id,
        beoordeling="open")
    _add_document(session, document)
    record_event(session, actor, "kernstuk_geupload", document, details={
        "visitatie_id": visitatie.id, "type": kernstuk_type.code, "versie": document.versie,
        "bestandsnaam": naam, "sha256": stored.sha256, "grootte": stored.grootte})
    session.flush()
    return document


def _store(session, stream, naam: str) -> storage.StoredFile:
    limit = validation.max_upload_bytes()
    try:
        return storage.store_file(
            session, stream, limit,
            lambda path, size: validation.check_content(path, size, naam, limit))
    except storage.FileTooLarge:
        raise validation.too_large_error() from None


def _add_document(session, document: KernstukDocument) -> None:
    # Two uploads of one type at the same moment pick the same number; the unique
    # constraint refuses the second. The caller rolls back, which removes its file.
    session.add(document)
    try:
        session.flush()
    except IntegrityError:
        raise DomainError(_("Tegelijk werd een andere versie van dit kernstuk geüpload. "
                            "Bekijk de lijst en upload zo nodig opnieuw.")) from None


def review_kernstuk(session, actor, visitatie, document: KernstukDocument, *,
                    beoordeling: str, opmerking: str | None,
                    stand: str | None = None) -> None:
    """Mark the newest version of a kernstuk akkoord, or terug with a remark."""
    if not reviews_open(visitatie):
        raise DomainError(_("Kernstukken worden alleen beoordeeld als ze zijn ingediend."))
    if stand is not None and stand != review_stand(document):
        raise StaleEdit(_("Dit kernstuk is intussen door iemand anders beoordeeld. Bekijk "
                          "het oordeel hieronder en sla het uwe zo nodig opnieuw op."))
    if not queries.is_latest_version(session, document):
        raise DomainError(_("Alleen de nieuwste versie van een kernstuk kan worden "
                            "beoordeeld."))
    opmerking = (opmerking or "").strip() or None
    _check_review(beoordeling, opmerking)
    _mark(session, actor, document, beoordeling, opmerking)


def _check_review(beoordeling: str, opmerking: str | None) -> None:
    if beoordeling not in REVIEW_CHOICES:
        raise DomainError(_("Kies akkoord of terug."), field="beoordeling")
    if beoordeling == "terug" and not opmerking:
        raise DomainError(_("Schrijf bij ‘terug’ een opmerking: wat moet de dienst aanpassen "
                            "of aanvullen?"), field="opmerking")


def accept_open_documents(session, actor, visitatie) -> int:
    """Mark every newest version still open as akkoord; return how many."""
    documents = [d for d in queries.latest_documents(session, visitatie)
                 if d.beoordeling == "open"]
    for document in documents:
        _mark(session, actor, document, "akkoord", document.opmerking, automatic=True)
    return len(documents)


def _mark(session, actor, document, beoordeling: str, opmerking: str | None,
          automatic: bool = False) -> None:
    previous = document.beoordeling
    document.beoordeling, document.opmerking = beoordeling, opmerking
    document.beoordeeld_by_id, document.beoordeeld_at = actor.id, utcnow()
    details = {"visitatie_id": document.visitatie_id, "versie": document.versie,
               "van": previous, "naar": beoordeling}
    if automatic:
        details["bij_accepteren_set"] = True
    record_event(session, actor, "kernstuk_beoordeeld", document, comment=opmerking,
                 details=details)
    session.flush()


def review_stand(document: KernstukDocument) -> str:
    """Return a token of the document's current review, to detect a review made meanwhile."""
    moment = document.beoordeeld_at
    if moment is not None and moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    stamp = moment.isoformat(timespec="seconds") if moment else ""
    return f"{document.beoordeling}|{document.beoordeeld_by_id or ''}|{stamp}"
