"""Read verbeterplannen, their acties and the aanbevelingen they answer."""
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import selectinload

from visitatie.bevindingen.models import Bevinding, BevindingType
from visitatie.verbeterplannen import permissions as perms
from visitatie.verbeterplannen.labels import plan_state_label
from visitatie.verbeterplannen.models import (
    AanbevelingReactie, Actie, ActieBewijs, ActieStatusWijziging, Verbeterplan,
    actie_aanbeveling,
)
from workflows.verbeterplan import CLOSED_ACTIE_STATUSES, is_overdue


def load_plan(session, plan_id: int) -> Verbeterplan | None:
    """Return one verbeterplan with its visitatie (and that one's ronde and dienst)."""
    return session.scalars(select(Verbeterplan).where(Verbeterplan.id == plan_id)).first()


def plan_of_visitatie(session, visitatie_id: int) -> Verbeterplan | None:
    """Return the verbeterplan of a visitatie, if one was drawn up."""
    return session.scalars(
        select(Verbeterplan).where(Verbeterplan.visitatie_id == visitatie_id)).first()


def aanbevelingen_of(session, visitatie_id: int) -> list[Bevinding]:
    """Return the numbered aanbevelingen of a visitatie's report, in order."""
    return list(session.scalars(
        select(Bevinding).where(Bevinding.visitatie_id == visitatie_id,
                                Bevinding.type == BevindingType.AANBEVELING.value)
        .order_by(Bevinding.nummer)))


def load_aanbeveling(session, plan, bevinding_id: int) -> Bevinding | None:
    """Return an aanbeveling of the plan's visitatie, or None."""
    return session.scalars(select(Bevinding).where(
        Bevinding.id == bevinding_id, Bevinding.visitatie_id == plan.visitatie_id,
        Bevinding.type == BevindingType.AANBEVELING.value)).first()


def uncovered_numbers(session, plan) -> tuple[int, ...]:
    """Return the numbers of aanbevelingen with neither a linked actie nor a reactie."""
    has_actie = exists().where(
        actie_aanbeveling.c.bevinding_id == Bevinding.id,
        actie_aanbeveling.c.actie_id == Actie.id, Actie.verbeterplan_id == plan.id)
    has_reactie = exists().where(AanbevelingReactie.bevinding_id == Bevinding.id,
                                 AanbevelingReactie.verbeterplan_id == plan.id)
    return tuple(session.scalars(
        select(Bevinding.nummer).where(
            Bevinding.visitatie_id == plan.visitatie_id,
            Bevinding.type == BevindingType.AANBEVELING.value, ~has_actie, ~has_reactie)
        .order_by(Bevinding.nummer)))


def actie_counts(session, plan) -> tuple[int, int]:
    """Return (number of acties, number still open: neither gerealiseerd nor gestopt)."""
    closed = [s.value for s in CLOSED_ACTIE_STATUSES]
    total, open_ = session.execute(
        select(func.count(Actie.id),
               func.count(Actie.id).filter(Actie.status.not_in(closed)))
        .where(Actie.verbeterplan_id == plan.id)).one()
    return total, open_


def acties_of(session, plan) -> list[Actie]:
    """Return the plan's acties with their aanbevelingen, by planned date."""
    return list(session.scalars(
        select(Actie).where(Actie.verbeterplan_id == plan.id)
        .options(selectinload(Actie.aanbevelingen))
        .order_by(Actie.planned_on.is_(None), Actie.planned_on, Actie.id)))


def reacties_of(session, plan) -> dict[int, AanbevelingReactie]:
    """Return the plan's 'niet overgenomen' motivations by aanbeveling id."""
    rows = session.scalars(select(AanbevelingReactie).where(
        AanbevelingReactie.verbeterplan_id == plan.id))
    return {r.bevinding_id: r for r in rows}


def load_actie(session, plan, actie_id: int) -> Actie | None:
    """Return an actie of this plan with its history (and who changed it) and evidence."""
    return session.scalars(
        select(Actie).where(Actie.id == actie_id, Actie.verbeterplan_id == plan.id)
        .options(selectinload(Actie.historie).joinedload(ActieStatusWijziging.by),
                 selectinload(Actie.bewijzen))).first()


def load_bewijs(session, actie, bewijs_id: int) -> ActieBewijs | None:
    """Return an evidence file of this actie, or None."""
    return session.scalars(select(ActieBewijs).where(
        ActieBewijs.id == bewijs_id, ActieBewijs.actie_id == actie.id)).first()


def load_reactie(session, plan, bevinding_id: int) -> AanbevelingReactie | None:
    """Return the plan's 'niet overgenomen' motivation of one aanbeveling, or None."""
    return session.scalars(select(AanbevelingReactie).where(
        AanbevelingReactie.verbeterplan_id == plan.id,
        AanbevelingReactie.bevinding_id == bevinding_id)).first()


def actie_ids_linked_to(session, plan, bevinding_id: int) -> list[int]:
    """Return the ids of the plan's acties linked to one aanbeveling."""
    return list(session.scalars(
        select(Actie.id).join(actie_aanbeveling, and_(
            actie_aanbeveling.c.actie_id == Actie.id,
            actie_aanbeveling.c.bevinding_id == bevinding_id))
        .where(Actie.verbeterplan_id == plan.id)))


@dataclass
class AanbevelingRow:
    """One aanbeveling on the plan page: its acties, or why it is not taken over."""

    aanbeveling: Bevinding
    acties: list = field(default_factory=list)
    reactie: AanbevelingReactie | None = None

    @property
    def is_covered(self) -> bool:
        return bool(self.acties) or self.reactie is not None


def plan_overview(session, plan) -> tuple[list[AanbevelingRow], list[Actie]]:
    """Return one row per aanbeveling (acties, motivation) and all acties, in three queries."""
    acties = acties_of(session, plan)
    reacties = reacties_of(session, plan)
    rows = {b.id: AanbevelingRow(b, reactie=reacties.get(b.id))
            for b in aanbevelingen_of(session, plan.visitatie_id)}
    for actie in acties:
        for aanbeveling in actie.aanbevelingen:
            if aanbeveling.id in rows:
                rows[aanbeveling.id].acties.append(actie)
    return list(rows.values()), acties


def overdue_ids(acties, today: date) -> set[int]:
    """Return the ids of the acties whose planned date passed while they are still open."""
    return {a.id for a in acties if is_overdue(a.status, a.planned_on, today)}


def visitatie_section_context(session, user, visitatie) -> dict:
    """Return what the visitatie page shows about its verbeterplan, in at most one query."""
    ready = perms.plan_creation_open(visitatie)  # no plan exists before the report is adopted
    plan = plan_of_visitatie(session, visitatie.id) if ready else None
    return {
        "verbeterplan_plan": plan,
        "verbeterplan_state_label": plan_state_label(plan.state) if plan else None,
        "verbeterplan_can_view": plan is not None and perms.can_view_plan(user, plan),
        "verbeterplan_can_create": ready and plan is None
        and perms.can_create_plan(user, visitatie),
        "verbeterplan_report_ready": ready,
    }
