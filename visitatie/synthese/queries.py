"""Read Rode draden editions, their sections, comments, history and publications."""
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import joinedload

from visitatie.audit.models import AuditEvent
from visitatie.auth.models import RoleAssignment, User
from visitatie.auth.permissions import can_oversee_all
from visitatie.auth.roles import Rol
from visitatie.bevindingen.models import Bevinding, BevindingThema
from visitatie.bevindingen.queries import TYPE_ORDER, codebook_themes
from visitatie.diensten.models import Dienst
from visitatie.documenten.models import GegenereerdDocument
from visitatie.publicaties.models import Publicatie
from visitatie.rondes.models import Ronde
from visitatie.synthese.models import (
    KlankbordOpmerking, Synthese, SyntheseSectie, synthese_visitatie,
)
from visitatie.synthese.permissions import ronde_ids_as
from visitatie.visitaties.models import Visitatie
from visitatie.themas.models import Thema

VISIT_ORDER = (Visitatie.eerste_bezoekdag.is_(None), Visitatie.eerste_bezoekdag, Dienst.naam)


# --- editions ------------------------------------------------------------------------------

def load_synthese(session, synthese_id: int) -> Synthese | None:
    """Return one edition with its ronde."""
    return session.scalars(select(Synthese).where(Synthese.id == synthese_id)
                           .options(joinedload(Synthese.ronde))).first()


def syntheses_for(session, user) -> list[Synthese]:
    """Return the editions the user may see in the list, newest first."""
    stmt = (select(Synthese).options(joinedload(Synthese.ronde))
            .order_by(Synthese.created_at.desc(), Synthese.id.desc()))
    if not can_oversee_all(user):
        klankbord = ronde_ids_as(user, Rol.KLANKBORD)
        stmt = stmt.where(or_(
            Synthese.ronde_id.in_(ronde_ids_as(user, Rol.AUTEUR)),
            and_(Synthese.ronde_id.in_(klankbord), Synthese.klankbord_ronde > 0)))
    return list(session.scalars(stmt))


def slug_taken(session, slug: str) -> bool:
    """Return whether an edition already uses this slug."""
    return session.scalar(select(func.count(Synthese.id)).where(Synthese.slug == slug)) > 0


def load_by_slug(session, slug: str) -> Synthese | None:
    """Return the edition with this public slug."""
    return session.scalars(select(Synthese).where(Synthese.slug == slug)).first()


def rondes_for_creation(session, user, is_beheerder: bool) -> list[Ronde]:
    """Return the rondes the user may start an edition for, newest first."""
    stmt = select(Ronde).order_by(Ronde.nummer.desc())
    if not is_beheerder:
        stmt = stmt.where(Ronde.id.in_(ronde_ids_as(user, Rol.AUTEUR)))
    return list(session.scalars(stmt))


def visitaties_with_findings(session, ronde_ids) -> list[Visitatie]:
    """Return the visitaties of these rondes that have findings, by ronde and visit date."""
    has_findings = select(Bevinding.id).where(Bevinding.visitatie_id == Visitatie.id).exists()
    return list(session.scalars(
        select(Visitatie).join(Visitatie.dienst)
        .where(Visitatie.ronde_id.in_(list(ronde_ids)), has_findings)
        .order_by(Visitatie.ronde_id, *VISIT_ORDER)).unique())


def visitatie_ids_of(session, synthese) -> list[int]:
    """Return the ids of the visitaties the edition is about."""
    return list(session.scalars(select(synthese_visitatie.c.visitatie_id).where(
        synthese_visitatie.c.synthese_id == synthese.id).order_by(
        synthese_visitatie.c.visitatie_id)))


def visitaties_of(session, ids) -> list[Visitatie]:
    """Return these visitaties with their dienst, by visit date (the report's appendix)."""
    return list(session.scalars(
        select(Visitatie).join(Visitatie.dienst).where(Visitatie.id.in_(list(ids)))
        .order_by(*VISIT_ORDER)).unique())


# --- sections ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SectieRegel:
    """A chapter in the table of contents: its depth, whether it has text, open comments."""

    sectie: SyntheseSectie
    depth: int
    open_comments: int

    @property
    def has_text(self) -> bool:
        return bool((self.sectie.tekst or "").strip())


def depth_by_thema(session, ronde_id: int) -> dict[int, int]:
    """Return each current theme's depth in the codebook tree."""
    return {k.thema.id: k.depth for k in codebook_themes(session, ronde_id)}


def section_rows(session, synthese) -> list[SectieRegel]:
    """Return the edition's chapters in order, with depth and open comments (three queries)."""
    depths = depth_by_thema(session, synthese.ronde_id)
    counts = open_comments_per_section(session, synthese)
    secties = session.scalars(select(SyntheseSectie).where(
        SyntheseSectie.synthese_id == synthese.id).options(joinedload(SyntheseSectie.thema))
        .order_by(SyntheseSectie.volgorde))
    return [SectieRegel(s, depths.get(s.thema_id, 0), counts.get(s.id, 0)) for s in secties]


def load_sectie(session, synthese, sectie_id: int) -> SyntheseSectie | None:
    """Return a chapter of this edition, or None."""
    return session.scalars(select(SyntheseSectie).where(
        SyntheseSectie.id == sectie_id, SyntheseSectie.synthese_id == synthese.id)).first()


def neighbours(session, synthese, sectie) -> tuple:
    """Return the chapters before and after `sectie` (None at the ends)."""
    secties = list(session.scalars(select(SyntheseSectie).where(
        SyntheseSectie.synthese_id == synthese.id).order_by(SyntheseSectie.volgorde)))
    index = next((i for i, s in enumerate(secties) if s.id == sectie.id), -1)
    before = secties[index - 1] if index > 0 else None
    after = secties[index + 1] if 0 <= index < len(secties) - 1 else None
    return before, after


def section_counts(session, synthese) -> tuple[int, list[str]]:
    """Return the number of chapters and the titles of the MAIN chapters without text.

    A main chapter is a section of a top-level theme (or a free section); a sub-theme's
    section may stay empty and is then left out of the public edition.
    """
    rows = session.execute(
        select(SyntheseSectie.titel, SyntheseSectie.tekst, Thema.parent_id)
        .outerjoin(Thema, Thema.id == SyntheseSectie.thema_id)
        .where(SyntheseSectie.synthese_id == synthese.id)
        .order_by(SyntheseSectie.volgorde)).all()
    return len(rows), [titel for titel, tekst, parent_id in rows
                       if parent_id is None and not (tekst or "").strip()]


def findings_of_theme(session, thema_ids, visitatie_ids) -> list[Bevinding]:
    """Return the findings coded on these themes in these visitaties, with their dienst."""
    if not thema_ids or not visitatie_ids:
        return []
    type_rank = {t.value: i for i, t in enumerate(TYPE_ORDER)}
    found = session.scalars(
        select(Bevinding).join(Bevinding.visitatie).join(Visitatie.dienst)
        .where(Bevinding.visitatie_id.in_(list(visitatie_ids)),
               Bevinding.themas.any(BevindingThema.thema_id.in_(list(thema_ids))))
        .options(joinedload(Bevinding.visitatie))
        .order_by(Dienst.naam, Bevinding.nummer, Bevinding.id)).unique().all()
    return sorted(found, key=lambda b: type_rank.get(b.type, 9))


# --- klankbord comments ------------------------------------------------------------------

def _live_comments():
    return KlankbordOpmerking.is_verwijderd.is_(False)


def open_comments_per_section(session, synthese) -> dict[int, int]:
    """Return the number of unprocessed comments per section id."""
    rows = session.execute(
        select(KlankbordOpmerking.sectie_id, func.count(KlankbordOpmerking.id))
        .join(SyntheseSectie, SyntheseSectie.id == KlankbordOpmerking.sectie_id)
        .where(SyntheseSectie.synthese_id == synthese.id, _live_comments(),
               KlankbordOpmerking.verwerking == "open")
        .group_by(KlankbordOpmerking.sectie_id))
    return dict(rows.all())


def open_comment_count(session, synthese) -> int:
    """Return how many comments of the klankbordgroep are not processed yet."""
    return sum(open_comments_per_section(session, synthese).values())


def comments_of(session, sectie) -> list[KlankbordOpmerking]:
    """Return the live comments on a section, oldest first, with who wrote and processed them."""
    return list(session.scalars(
        select(KlankbordOpmerking).where(KlankbordOpmerking.sectie_id == sectie.id,
                                         _live_comments())
        .options(joinedload(KlankbordOpmerking.auteur),
                 joinedload(KlankbordOpmerking.verwerkt_door))
        .order_by(KlankbordOpmerking.created_at, KlankbordOpmerking.id)))


def load_opmerking(session, synthese, opmerking_id: int) -> KlankbordOpmerking | None:
    """Return a live comment on a section of this edition, or None."""
    return session.scalars(
        select(KlankbordOpmerking).join(SyntheseSectie)
        .where(KlankbordOpmerking.id == opmerking_id, _live_comments(),
               SyntheseSectie.synthese_id == synthese.id)).first()


def ronde_members(session, ronde_id: int, rol: Rol) -> list[User]:
    """Return the active users holding per-ronde role `rol` on this ronde, by id."""
    return list(session.scalars(
        select(User).join(RoleAssignment, RoleAssignment.user_id == User.id)
        .where(RoleAssignment.rol == rol.value, RoleAssignment.ronde_id == ronde_id,
               User.is_actief.is_(True))
        .order_by(User.id)).unique())


def klankbord_member_count(session, ronde_id: int) -> int:
    """Return how many active klankbord members the ronde has."""
    return len(ronde_members(session, ronde_id, Rol.KLANKBORD))


# --- history and publications ------------------------------------------------------------

def history_of(session, synthese, limit: int = 300) -> list[AuditEvent]:
    """Return the audit events of the edition, its sections and comments, newest first."""
    sectie_ids = select(SyntheseSectie.id).where(SyntheseSectie.synthese_id == synthese.id)
    opmerking_ids = select(KlankbordOpmerking.id).where(
        KlankbordOpmerking.sectie_id.in_(sectie_ids))
    stmt = (select(AuditEvent).where(or_(
        and_(AuditEvent.object_type == "synthese", AuditEvent.object_id == synthese.id),
        and_(AuditEvent.object_type == "synthese_sectie", AuditEvent.object_id.in_(sectie_ids)),
        and_(AuditEvent.object_type == "klankbord_opmerking",
             AuditEvent.object_id.in_(opmerking_ids))))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
    return list(session.scalars(stmt))


def last_remark(session, synthese, event: str) -> str | None:
    """Return the remark given with the most recent `event` on this edition."""
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.object_type == "synthese",
                                 AuditEvent.object_id == synthese.id,
                                 AuditEvent.action == "synthese_fase_gewijzigd")
        .order_by(AuditEvent.id.desc()))
    return next((e.comment for e in events
                 if (e.details or {}).get("handeling") == event), None)


def publications_of(session, synthese_id: int) -> list[Publicatie]:
    """Return the published versions of an edition, oldest first."""
    return list(session.scalars(
        select(Publicatie).where(Publicatie.soort == "rode_draden",
                                 Publicatie.synthese_id == synthese_id)
        .order_by(Publicatie.versie)))


def latest_publications(session) -> list[tuple[Publicatie, str]]:
    """Return each published edition's newest version with its slug, newest first."""
    newest = (select(Publicatie.synthese_id, func.max(Publicatie.versie).label("versie"))
              .where(Publicatie.soort == "rode_draden")
              .group_by(Publicatie.synthese_id).subquery())
    stmt = (select(Publicatie, Synthese.slug)
            .join(newest, and_(newest.c.synthese_id == Publicatie.synthese_id,
                               newest.c.versie == Publicatie.versie))
            .join(Synthese, Synthese.id == Publicatie.synthese_id)
            .where(Publicatie.soort == "rode_draden")
            .order_by(Publicatie.gepubliceerd_at.desc(), Publicatie.id.desc()))
    return [(p, slug) for p, slug in session.execute(stmt)]


def pdf_of(session, publicatie) -> GegenereerdDocument | None:
    """Return the rendered PDF of a published version, once it is ready."""
    return session.scalars(
        select(GegenereerdDocument).where(
            GegenereerdDocument.soort == "rode_draden",
            GegenereerdDocument.object_type == "publicatie",
            GegenereerdDocument.object_id == publicatie.id,
            GegenereerdDocument.status == "klaar")
        .order_by(GegenereerdDocument.id.desc()).limit(1)).first()
