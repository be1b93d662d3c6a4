"""Read the kernstukken checklist of a visitatie: its types with their uploaded versions."""
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import lazyload

from visitatie.auth.models import User
from visitatie.kernstukken import permissions
from visitatie.kernstukken.labels import beoordeling_label
from visitatie.kernstukken.models import KernstukDocument
from visitatie.rondes.models import KernstukType


@dataclass
class ChecklistItem:
    """One kernstuk type of the ronde with its versions for one visitatie, newest first."""

    kernstuk_type: KernstukType
    documents: list[KernstukDocument] = field(default_factory=list)

    @property
    def latest(self) -> KernstukDocument | None:
        return self.documents[0] if self.documents else None

    @property
    def status(self) -> str:
        """Return the review state of the newest version, else 'ontbreekt' or 'niet_geupload'."""
        if self.latest:
            return self.latest.beoordeling
        return "ontbreekt" if self.kernstuk_type.is_verplicht else "niet_geupload"

    @property
    def status_label(self) -> str:
        return beoordeling_label(self.status)

    @property
    def is_missing(self) -> bool:
        return self.kernstuk_type.is_verplicht and self.latest is None


def kernstuk_types(session, visitatie) -> list[KernstukType]:
    """Return the checklist of the visitatie's ronde, in its order."""
    stmt = (select(KernstukType).where(KernstukType.ronde_id == visitatie.ronde_id)
            .order_by(KernstukType.volgorde, KernstukType.id))
    return list(session.scalars(stmt))


def checklist(session, visitatie) -> list[ChecklistItem]:
    """Return every type of the checklist with all its versions, newest first."""
    stmt = (select(KernstukDocument).where(KernstukDocument.visitatie_id == visitatie.id)
            .order_by(KernstukDocument.versie.desc()))
    return _group(kernstuk_types(session, visitatie), session.scalars(stmt))


def latest_checklist(session, visitatie) -> list[ChecklistItem]:
    """Return every type of the checklist with only its newest version (if any)."""
    return _group(kernstuk_types(session, visitatie), latest_documents(session, visitatie))


def latest_documents(session, visitatie) -> list[KernstukDocument]:
    """Return the newest version of each uploaded type of this visitatie."""
    newest = (select(KernstukDocument.kernstuk_type_id,
                     func.max(KernstukDocument.versie).label("versie"))
              .where(KernstukDocument.visitatie_id == visitatie.id)
              .group_by(KernstukDocument.kernstuk_type_id).subquery())
    stmt = (select(KernstukDocument).join(newest, and_(
        KernstukDocument.kernstuk_type_id == newest.c.kernstuk_type_id,
        KernstukDocument.versie == newest.c.versie,
    )).where(KernstukDocument.visitatie_id == visitatie.id)
        # The summary does not name uploaders; loading them would load their roles too.
        .options(lazyload(KernstukDocument.uploaded_by)))
    return list(session.scalars(stmt))


def _group(types, documents) -> list[ChecklistItem]:
    items = {t.id: ChecklistItem(t) for t in types}
    for document in documents:
        if document.kernstuk_type_id in items:
            items[document.kernstuk_type_id].documents.append(document)
    return list(items.values())


def highest_versie(session, visitatie_id: int, kernstuk_type_id: int) -> int:
    """Return the highest version number of this type for the visitatie (0 when none)."""
    return session.scalar(select(func.coalesce(func.max(KernstukDocument.versie), 0)).where(
        KernstukDocument.visitatie_id == visitatie_id,
        KernstukDocument.kernstuk_type_id == kernstuk_type_id))


def is_latest_version(session, document: KernstukDocument) -> bool:
    """Return whether no newer version of the document's type exists."""
    return highest_versie(session, document.visitatie_id,
                          document.kernstuk_type_id) == document.versie


def load_kernstuk_type(session, visitatie, kernstuk_type_id: int) -> KernstukType | None:
    """Return the type if it belongs to the checklist of the visitatie's ronde."""
    kernstuk_type = session.get(KernstukType, kernstuk_type_id)
    if kernstuk_type is None or kernstuk_type.ronde_id != visitatie.ronde_id:
        return None
    return kernstuk_type


def load_document(session, visitatie, document_id: int) -> KernstukDocument | None:
    """Return the document if it belongs to this visitatie."""
    document = session.get(KernstukDocument, document_id)
    if document is None or document.visitatie_id != visitatie.id:
        return None
    return document


def reviewer_names(session, items: list[ChecklistItem]) -> dict[int, str]:
    """Return the names of the users who reviewed any of these documents, by id."""
    ids = {d.beoordeeld_by_id for item in items for d in item.documents if d.beoordeeld_by_id}
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.naam).where(User.id.in_(ids))).all())


def section_context(session, user, visitatie) -> dict:
    """Return what templates/kernstukken/_section.html needs (two queries at most)."""
    can_view = permissions.can_view_kernstukken(user, visitatie)
    items = latest_checklist(session, visitatie) if can_view else []
    return {
        "kernstukken_can_view": can_view,
        "kernstukken_rows": items,
        "kernstukken_missing": [i.kernstuk_type.naam for i in items if i.is_missing],
        "kernstukken_can_upload": permissions.can_upload_kernstukken(user, visitatie),
        "kernstukken_can_review": permissions.can_review_kernstukken(user, visitatie),
    }
