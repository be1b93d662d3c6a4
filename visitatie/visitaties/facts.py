"""Gather the facts the lifecycle's guards look at, in a handful of queries."""
from datetime import date

from sqlalchemy import func, select

from visitatie.auth.roles import Rol, has_ties_to_dienst
from visitatie.gesprekken.models import Gesprek
from visitatie.kernstukken.models import KernstukDocument
from visitatie.rapporten.models import RapportVersie
from visitatie.rondes.models import KernstukType
from visitatie.wederhoor.models import WederhoorCorrectie
from workflows.visitatie import Facts
from visitatie.core.dates import local_today


def gather_facts(session, visitatie, remark: str | None = None,
                 today: date | None = None) -> Facts:
    """Return the Facts of `visitatie` as the database holds them now."""
    today = today or local_today()
    members = [(a.rol, has_ties_to_dienst(a.user, visitatie.dienst_id))
               for a in visitatie.commissie]
    deadline = visitatie.wederhoor_deadline
    return Facts(
        has_voorzitter=any(rol == Rol.VOORZITTER for rol, _ in members),
        has_secretaris=any(rol == Rol.SECRETARIS for rol, _ in members),
        has_member_of_visited_dienst=any(tied for _, tied in members),
        visit_dates_set=visitatie.eerste_bezoekdag is not None,
        missing_kernstukken=missing_kernstukken(session, visitatie),
        documents_sent_back=_documents_sent_back(session, visitatie),
        intake_held=_held(session, visitatie, "intake"),
        afsluitende_sessie_held=_held(session, visitatie, "afsluitende_sessie"),
        concept_approved=_latest_version_status(session, visitatie) == "goedgekeurd",
        wederhoor_submitted=visitatie.wederhoor_ingediend_at is not None,
        wederhoor_deadline_passed=deadline is not None and today > deadline,
        open_corrections=_open_corrections(session, visitatie),
        db_and_ab_dates_recorded=bool(visitatie.db_behandeld_op and visitatie.ab_behandeld_op),
        remark_given=bool(remark and remark.strip()),
    )


def missing_kernstukken(session, visitatie) -> tuple[str, ...]:
    """Return the names of required kernstuk types without an upload, in checklist order."""
    uploaded = select(KernstukDocument.kernstuk_type_id).where(
        KernstukDocument.visitatie_id == visitatie.id)
    stmt = (select(KernstukType.naam)
            .where(KernstukType.ronde_id == visitatie.ronde_id, KernstukType.is_verplicht,
                   KernstukType.id.not_in(uploaded))
            .order_by(KernstukType.volgorde))
    return tuple(session.scalars(stmt))


def _documents_sent_back(session, visitatie) -> int:
    return session.scalar(select(func.count(KernstukDocument.id)).where(
        KernstukDocument.visitatie_id == visitatie.id, KernstukDocument.beoordeling == "terug"))


def _held(session, visitatie, categorie: str) -> bool:
    return session.scalar(select(func.count(Gesprek.id)).where(
        Gesprek.visitatie_id == visitatie.id, Gesprek.categorie == categorie,
        Gesprek.is_gehouden)) > 0


def _latest_version_status(session, visitatie) -> str | None:
    return session.scalar(
        select(RapportVersie.status).where(RapportVersie.visitatie_id == visitatie.id)
        .order_by(RapportVersie.nummer.desc()).limit(1))


def _open_corrections(session, visitatie) -> int:
    return session.scalar(select(func.count(WederhoorCorrectie.id)).where(
        WederhoorCorrectie.visitatie_id == visitatie.id, WederhoorCorrectie.besluit == "open"))
