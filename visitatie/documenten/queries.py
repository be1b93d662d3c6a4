"""Read generated documents, the object each one is about, and what the buttons show."""
from flask import url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from visitatie.documenten.labels import document_title
from visitatie.documenten.models import GegenereerdDocument
from visitatie.documenten.operations import soort_for
from visitatie.documenten.permissions import can_request_document
from visitatie.publicaties.models import Publicatie
from visitatie.rapporten.models import RapportVersie
from visitatie.verbeterplannen.models import Verbeterplan
from visitatie.visitaties.models import Visitatie


def load_document(session, document_id: int) -> GegenereerdDocument | None:
    """Return one generated document."""
    return session.get(GegenereerdDocument, document_id)


def load_version(session, versie_id: int) -> RapportVersie | None:
    """Return a report version with its sections."""
    return session.scalars(select(RapportVersie).where(RapportVersie.id == versie_id)
                           .options(selectinload(RapportVersie.secties))).first()


def load_plan(session, plan_id: int) -> Verbeterplan | None:
    """Return a verbeterplan with its visitatie."""
    return session.get(Verbeterplan, plan_id)


def load_publicatie(session, publicatie_id: int) -> Publicatie | None:
    """Return a published version (a Rode draden PDF is made from its frozen content)."""
    return session.get(Publicatie, publicatie_id)


LOADERS = {"rapport_versie": load_version, "verbeterplan": load_plan,
           "publicatie": load_publicatie}


def load_target(session, document: GegenereerdDocument):
    """Return the report version or plan the document is about (None when it is gone)."""
    loader = LOADERS.get(document.object_type)
    return loader(session, document.object_id) if loader else None


def visitatie_of(session, obj) -> Visitatie:
    """Return the visitatie a report version or plan belongs to (None for Rode draden)."""
    if getattr(obj, "visitatie_id", None) is None:
        return None
    return session.get(Visitatie, obj.visitatie_id)


def failed_documents(session) -> list[GegenereerdDocument]:
    """Return the failed and stalled renders, newest first."""
    return list(session.scalars(
        select(GegenereerdDocument).where(GegenereerdDocument.status.in_(("mislukt", "bezig")))
        .order_by(GegenereerdDocument.id.desc()).limit(200)))


def titles_of(session, documents) -> dict[int, str]:
    """Return each document's title, loading the objects and visitaties in three queries."""
    wanted = {"rapport_versie": set(), "verbeterplan": set()}
    for document in documents:
        wanted.setdefault(document.object_type, set()).add(document.object_id)
    objects = {("rapport_versie", v.id): v for v in session.scalars(
        select(RapportVersie).where(RapportVersie.id.in_(wanted["rapport_versie"])))}
    objects |= {("verbeterplan", p.id): p for p in session.scalars(
        select(Verbeterplan).where(Verbeterplan.id.in_(wanted["verbeterplan"])))}
    objects |= {("publicatie", p.id): p for p in session.scalars(
        select(Publicatie).where(Publicatie.id.in_(wanted.get("publicatie", set()))))}
    visitaties = {v.id: v for v in session.scalars(select(Visitatie).where(
        Visitatie.id.in_({o.visitatie_id for o in objects.values()})))}
    titles = {}
    for document in documents:
        obj = objects.get((document.object_type, document.object_id))
        visitatie = visitaties.get(obj.visitatie_id) if obj is not None else None
        titles[document.id] = document_title(document, obj, visitatie)
    return titles


def documents_of(session, obj) -> list[GegenereerdDocument]:
    """Return the documents made from `obj`, newest first."""
    return list(session.scalars(
        select(GegenereerdDocument)
        .where(GegenereerdDocument.object_type == obj.__tablename__,
               GegenereerdDocument.object_id == obj.id,
               GegenereerdDocument.soort == soort_for(obj))
        .order_by(GegenereerdDocument.id.desc())))


def documenten_context(session, user, soort: str, obj) -> dict:
    """Return what templates/documenten/_report_buttons.html shows (keys `documenten_*`).

    `soort` is "visitatierapport" for a report version (concept or final is read from
    the version) or "verbeterplan"; one query.
    """
    if not soort_for(obj).startswith(soort):
        raise ValueError(f"{soort} is not made from {type(obj).__name__}")
    visitatie = visitatie_of(session, obj)
    allowed = can_request_document(user, visitatie, obj)
    documents = documents_of(session, obj) if allowed else []
    ready = next((d for d in documents if d.status == "klaar"), None)
    pending = next((d for d in documents if d.status in ("wachtrij", "bezig")), None)
    return {
        "documenten_visible": allowed,
        "documenten_request_url": _request_url(obj),
        "documenten_ready": ready,
        "documenten_pending": pending,
        "documenten_kept": soort_for(obj) == "visitatierapport" and ready is not None,
    }


def _request_url(obj) -> str:
    if isinstance(obj, RapportVersie):
        return url_for("documenten.request_report", versie_id=obj.id)
    return url_for("documenten.request_plan", plan_id=obj.id)
