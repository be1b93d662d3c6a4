"""Find the earlier aanbevelingen of a visitatie, with their acties, progress and rating.

"Earlier" means: the aanbevelingen of the dienst's visitatie in the newest earlier ronde,
and, for a dienst formed by a merger, those of its direct predecessors' visitaties in that
same ronde. Only a vastgesteld report's aanbevelingen are shown: before that they are
committee material of the other committee. Everything is read in a fixed number of
queries, however many acties and progress reports the earlier plan has.
"""
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import contains_eager, lazyload

from visitatie.auth.models import User
from visitatie.bevindingen.models import Bevinding, BevindingType
from visitatie.diensten.models import Dienst
from visitatie.rondes.models import Ronde
from visitatie.verbeterplannen.models import (
    AanbevelingReactie, Actie, OpvolgingsOordeel, Verbeterplan, VoortgangRegel,
    Voortgangsrapportage, actie_aanbeveling,
)
from visitatie.verbeterplannen.opvolging_labels import (
    DEELS, NIET, OORDEEL_REPORT_LABELS, OPGEVOLGD,
)
from visitatie.verbeterplannen.opvolging_permissions import (
    can_edit_opvolging, can_read_opvolging,
)
from visitatie.visitaties.models import Visitatie
from workflows.visitatie import VisitatieState as S

AANBEVELING = BevindingType.AANBEVELING.value
# Only a vastgesteld report has final aanbevelingen that others may read.
FINAL_STATES = (S.VASTGESTELD.value, S.GEPUBLICEERD.value)
REPORT_SLEUTEL, REPORT_TITEL = "opvolging", "Opvolging van de vorige visitatie"


@dataclass
class VorigeActie:
    """An actie of the earlier plan and its line in the latest submitted progress report."""

    actie: Actie
    regel: VoortgangRegel | None = None


@dataclass
class VorigeAanbeveling:
    """An earlier aanbeveling with what the dienst did about it and the committee's rating."""

    bevinding: Bevinding
    herkomst: Visitatie
    voorganger: Dienst | None = None   # set when it was made to a predecessor dienst
    acties: list[VorigeActie] = field(default_factory=list)
    reactie: AanbevelingReactie | None = None   # "niet overgenomen", with its motivation
    oordeel: OpvolgingsOordeel | None = None
    beoordelaar: str | None = None

    @property
    def ronde_nummer(self) -> int:
        return self.herkomst.ronde.nummer


@dataclass
class VorigeVisitatie:
    """An earlier visitatie whose aanbevelingen the committee follows up."""

    visitatie: Visitatie
    voorganger: Dienst | None = None
    plan: Verbeterplan | None = None
    aanbevelingen: list[VorigeAanbeveling] = field(default_factory=list)

    @property
    def rapport_ontbreekt(self) -> bool:
        """Return whether the earlier report lives outside the application."""
        return self.visitatie.is_historisch and not self.aanbevelingen

    @property
    def nog_niet_vastgesteld(self) -> bool:
        """Return whether the earlier report is still being written (aanbevelingen hidden)."""
        return not is_final(self.visitatie)


@dataclass
class Opvolging:
    """The follow-up of one visitatie: the earlier visitaties and their aanbevelingen."""

    vorige: list[VorigeVisitatie] = field(default_factory=list)

    @property
    def ronde(self) -> Ronde | None:
        return self.vorige[0].visitatie.ronde if self.vorige else None

    @property
    def aanbevelingen(self) -> list[VorigeAanbeveling]:
        return [a for v in self.vorige for a in v.aanbevelingen]

    def find(self, bevinding_id: int) -> VorigeAanbeveling | None:
        """Return the earlier aanbeveling with this id, if it is one."""
        return next((a for a in self.aanbevelingen if a.bevinding.id == bevinding_id), None)

    @property
    def beoordeeld(self) -> int:
        return sum(1 for a in self.aanbevelingen if a.oordeel is not None)


def is_final(visitatie) -> bool:
    """Return whether the visitatie's report is vastgesteld (historical ones are)."""
    return visitatie.is_historisch or visitatie.state in FINAL_STATES


def earlier_visitaties(session, visitatie) -> list[Visitatie]:
    """Return the visitaties of the dienst and its predecessors in the newest earlier ronde:
    the dienst's own first, then the predecessors by name."""
    stmt = (
        select(Visitatie).join(Visitatie.ronde).join(Visitatie.dienst)
        .where(or_(Visitatie.dienst_id == visitatie.dienst_id,
                   Dienst.opgevolgd_door_id == visitatie.dienst_id),
               Ronde.nummer < visitatie.ronde.nummer)
        .options(contains_eager(Visitatie.ronde), contains_eager(Visitatie.dienst))
        .order_by(Ronde.nummer.desc(), Visitatie.dienst_id != visitatie.dienst_id, Dienst.naam)
    )
    found = list(session.scalars(stmt))
    return [v for v in found if v.ronde_id == found[0].ronde_id] if found else []


def load_opvolging(session, visitatie) -> Opvolging:
    """Return the earlier aanbevelingen of the visitatie with acties, progress and ratings."""
    vorige = [VorigeVisitatie(v, v.dienst if v.dienst_id != visitatie.dienst_id else None)
              for v in earlier_visitaties(session, visitatie)]
    by_visitatie = {v.visitatie.id: v for v in vorige}
    final_ids = [v.visitatie.id for v in vorige if is_final(v.visitatie)]
    for bevinding in _aanbevelingen(session, final_ids):
        parent = by_visitatie[bevinding.visitatie_id]
        parent.aanbevelingen.append(
            VorigeAanbeveling(bevinding, parent.visitatie, parent.voorganger))
    opvolging = Opvolging(vorige)
    items = {a.bevinding.id: a for a in opvolging.aanbevelingen}
    if items:
        _add_plans(session, by_visitatie)
        _add_acties(session, items)
        _add_reacties(session, items)
        _add_oordelen(session, visitatie, items)
    return opvolging


def _aanbevelingen(session, visitatie_ids: list[int]) -> list[Bevinding]:
    if not visitatie_ids:
        return []
    return list(session.scalars(
        select(Bevinding)
        .where(Bevinding.visitatie_id.in_(visitatie_ids), Bevinding.type == AANBEVELING)
        .options(lazyload(Bevinding.themas)).order_by(Bevinding.nummer)))


def _add_plans(session, by_visitatie: dict[int, VorigeVisitatie]) -> None:
    plans = session.scalars(select(Verbeterplan)
                            .where(Verbeterplan.visitatie_id.in_(list(by_visitatie)))
                            .options(lazyload(Verbeterplan.visitatie)))
    for plan in plans:
        by_visitatie[plan.visitatie_id].plan = plan


def _add_acties(session, items: dict[int, VorigeAanbeveling]) -> None:
    """Attach each aanbeveling's acties and their latest submitted progress line."""
    rows = session.execute(
        select(actie_aanbeveling.c.bevinding_id, Actie)
        .join(actie_aanbeveling, actie_aanbeveling.c.actie_id == Actie.id)
        .where(actie_aanbeveling.c.bevinding_id.in_(list(items)))
        .options(lazyload(Actie.aanbevelingen))
        .order_by(Actie.planned_on.is_(None), Actie.planned_on, Actie.id)).all()
    if not rows:
        return
    latest = _latest_lines(session, {actie.id for _b, actie in rows})
    for bevinding_id, actie in rows:
        items[bevinding_id].acties.append(VorigeActie(actie, latest.get(actie.id)))


def _latest_lines(session, actie_ids: set[int]) -> dict[int, VoortgangRegel]:
    """Return per actie its line in the newest submitted progress report."""
    regels = session.scalars(
        select(VoortgangRegel).join(VoortgangRegel.rapportage)
        .where(VoortgangRegel.actie_id.in_(actie_ids),
               Voortgangsrapportage.status == "ingediend")
        .options(contains_eager(VoortgangRegel.rapportage), lazyload(VoortgangRegel.actie))
        .order_by(Voortgangsrapportage.periode.desc(), Voortgangsrapportage.id.desc()))
    latest: dict[int, VoortgangRegel] = {}
    for regel in regels:
        latest.setdefault(regel.actie_id, regel)
    return latest


def _add_reacties(session, items: dict[int, VorigeAanbeveling]) -> None:
    reacties = session.scalars(select(AanbevelingReactie).where(
        AanbevelingReactie.bevinding_id.in_(list(items)),
        AanbevelingReactie.niet_overgenomen.is_(True)))
    for reactie in reacties:
        items[reactie.bevinding_id].reactie = reactie


def _add_oordelen(session, visitatie, items: dict[int, VorigeAanbeveling]) -> None:
    rows = session.execute(
        select(OpvolgingsOordeel, User.naam)
        .outerjoin(User, User.id == OpvolgingsOordeel.by_id)
        .where(OpvolgingsOordeel.visitatie_id == visitatie.id)
        .options(lazyload(OpvolgingsOordeel.bevinding)))
    for oordeel, naam in rows:
        if oordeel.bevinding_id in items:
            items[oordeel.bevinding_id].oordeel = oordeel
            items[oordeel.bevinding_id].beoordelaar = naam


def section_context(session, user, visitatie) -> dict:
    """Return what the follow-up section of the visitatie page shows (keys `opvolging_*`)."""
    context = {"opvolging_visible": False, "opvolging_ronde": None, "opvolging_aantal": 0,
               "opvolging_beoordeeld": 0, "opvolging_rapport_ontbreekt": False,
               "opvolging_nog_niet_vastgesteld": False,
               "opvolging_can_edit": False}
    if not can_read_opvolging(user, visitatie):
        return context
    vorige = earlier_visitaties(session, visitatie)
    if not vorige:
        return context
    aantal, beoordeeld = _counts(session, visitatie, [v.id for v in vorige if is_final(v)])
    return context | {
        "opvolging_visible": True, "opvolging_ronde": vorige[0].ronde,
        "opvolging_aantal": aantal, "opvolging_beoordeeld": beoordeeld,
        "opvolging_rapport_ontbreekt": aantal == 0 and all(v.is_historisch for v in vorige),
        "opvolging_nog_niet_vastgesteld": not any(is_final(v) for v in vorige),
        "opvolging_can_edit": can_edit_opvolging(user, visitatie),
    }


def _counts(session, visitatie, vorige_ids: list[int]) -> tuple[int, int]:
    """Return how many earlier aanbevelingen there are and how many this visitatie rated."""
    if not vorige_ids:
        return 0, 0
    aantal, beoordeeld = session.execute(
        select(func.count(Bevinding.id), func.count(OpvolgingsOordeel.id))
        .outerjoin(OpvolgingsOordeel, and_(OpvolgingsOordeel.bevinding_id == Bevinding.id,
                                           OpvolgingsOordeel.visitatie_id == visitatie.id))
        .where(Bevinding.visitatie_id.in_(vorige_ids), Bevinding.type == AANBEVELING)).one()
    return aantal, beoordeeld


def opvolging_report_text(session, visitatie) -> str | None:
    """Return the report section on the follow-up of the earlier aanbevelingen, or None
    when the committee rated none of them. Report content: Dutch, not translated."""
    items = load_opvolging(session, visitatie).aanbevelingen
    if not any(a.oordeel for a in items):
        return None
    return "\n\n".join([report_summary(items), "\n".join(_report_line(a) for a in items)])


def report_summary(items: list[VorigeAanbeveling]) -> str:
    """Return the one-line count of the ratings, e.g. "Van de 7 aanbevelingen ..."."""
    counts = Counter(a.oordeel.oordeel for a in items if a.oordeel)
    if len(items) == 1 and counts:
        return f"De aanbeveling uit de vorige ronde is {_report_label(items[0])}."
    verb = "is" if counts[OPGEVOLGD] == 1 else "zijn"
    text = (f"Van de {len(items)} aanbevelingen uit de vorige ronde {verb} er "
            f"{counts[OPGEVOLGD]} opgevolgd, {counts[DEELS]} deels en {counts[NIET]} niet")
    unrated = len(items) - sum(counts.values())
    if unrated:
        text += f"; {unrated} {'is' if unrated == 1 else 'zijn'} nog niet beoordeeld"
    return text + "."


def _report_line(item: VorigeAanbeveling) -> str:
    herkomst = f"ronde {item.ronde_nummer}"
    if item.voorganger is not None:
        herkomst += f", {item.voorganger.korte_naam}"
    head = f"Aanbeveling {item.bevinding.nummer} ({herkomst})"
    if item.oordeel is None:
        return f"{head}: nog niet beoordeeld."
    toelichting = " ".join((item.oordeel.toelichting or "").split())
    label = _report_label(item)
    return f"{head}: {label} — {toelichting}" if toelichting else f"{head}: {label}."


def _report_label(item: VorigeAanbeveling) -> str:
    return OORDEEL_REPORT_LABELS[item.oordeel.oordeel]
