"""What each PDF shows, as plain data; its hash decides whether a PDF must be rendered again.

The templates in templates/pdf/ render only what these functions return, so hashing the
returned data (with the template edition) covers everything the PDF shows. Document text
is Dutch whatever language the reader's screen is in, so nothing here is translated.
"""
import hashlib
import json
import re
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from visitatie.auth.models import RoleAssignment
from visitatie.bevindingen.models import Bevinding, BevindingType
from visitatie.rapporten.models import RapportVersie
from visitatie.verbeterplannen.models import Actie, Verbeterplan, Voortgangsrapportage
from visitatie.visitaties.models import Visitatie

# Raise when a template changes what a PDF looks like: every document renders anew.
TEMPLATE_EDITION = 1
TIMEZONE = ZoneInfo("Europe/Amsterdam")
ROL_NAMEN = {"voorzitter": "voorzitter", "commissielid": "lid", "secretaris": "secretaris"}
ROL_VOLGORDE = ("voorzitter", "commissielid", "secretaris")
ACTIE_STATUS_NAMEN = {"gepland": "gepland", "loopt": "loopt", "vertraagd": "vertraagd",
                      "gerealiseerd": "gerealiseerd", "gestopt": "gestopt"}
PLAN_STATE_NAMEN = {
    "concept": "concept", "ingediend": "ingediend", "teruggestuurd": "teruggestuurd",
    "geaccepteerd": "geaccepteerd", "vastgesteld": "vastgesteld",
    "gepubliceerd": "gepubliceerd", "in_uitvoering": "in uitvoering", "afgerond": "afgerond",
}
BLANK_LINES = re.compile(r"\n\s*\n")


def content_hash(soort: str, data: dict) -> str:
    """Return the sha256 of what a document of `soort` with `data` shows."""
    payload = json.dumps({"editie": TEMPLATE_EDITION, "soort": soort, "data": data},
                         sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def dutch_date(value) -> str:
    """Return a date (or a moment, in Dutch time) as '5 maart 2026'."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        value = aware.astimezone(TIMEZONE).date()
    return format_date(value, "d MMMM y", locale="nl")


def paragraphs(text: str | None) -> list[str]:
    """Split plain text into paragraphs at blank lines; single line breaks stay inside."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    return [p.strip("\n") for p in BLANK_LINES.split(text) if p.strip()] if text else []


# --- the visitatierapport -------------------------------------------------------------

def report_data(session, versie: RapportVersie) -> dict:
    """Return what the PDF of this report version shows."""
    visitatie = session.get(Visitatie, versie.visitatie_id)
    concept = versie.status != "definitief"
    return {
        "titel": "Visitatierapport",
        "concept": concept,
        "dienst": visitatie.dienst.naam,
        "ronde": visitatie.ronde.naam,
        "versie": versie.nummer,
        "datum": dutch_date(_report_date(visitatie, versie, concept)),
        "bezoekdagen": _visit_days(visitatie),
        "commissie": _committee(session, visitatie.id),
        "secties": [{"anker": f"sectie-{i}", "nummer": i, "titel": s.titel,
                     "alineas": paragraphs(s.tekst)}
                    for i, s in enumerate(versie.secties, 1)],
        "aanbevelingen": _aanbevelingen(session, visitatie.id),
    }


def _report_date(visitatie, versie, concept: bool):
    if not concept:
        return visitatie.vastgesteld_at or versie.goedgekeurd_at or versie.created_at
    edits = [s.updated_at for s in versie.secties if s.updated_at]
    return max([_aware(versie.created_at), *map(_aware, edits)])


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _visit_days(visitatie) -> str | None:
    first, second = visitatie.eerste_bezoekdag, visitatie.tweede_bezoekdag
    if first is None:
        return None
    return f"{dutch_date(first)} en {dutch_date(second)}"


def _committee(session, visitatie_id: int) -> list[dict]:
    members = session.scalars(
        select(RoleAssignment).where(RoleAssignment.visitatie_id == visitatie_id,
                                     RoleAssignment.rol.in_(ROL_VOLGORDE))
        .options(joinedload(RoleAssignment.user)))
    ordered = sorted(members, key=lambda a: (ROL_VOLGORDE.index(a.rol), a.id))
    return [{"rol": ROL_NAMEN[a.rol], "naam": a.user.naam, "functie": a.user.functie or ""}
            for a in ordered]


def _aanbevelingen(session, visitatie_id: int) -> list[dict]:
    return [{"nummer": b.nummer, "tekst": b.tekst, "sectie": b.rapport_sectie or ""}
            for b in aanbeveling_rows(session, visitatie_id)]


def aanbeveling_rows(session, visitatie_id: int) -> list[Bevinding]:
    """Return the aanbevelingen of a visitatie in their numbered order."""
    return list(session.scalars(
        select(Bevinding).where(Bevinding.visitatie_id == visitatie_id,
                                Bevinding.type == BevindingType.AANBEVELING.value)
        .order_by(Bevinding.nummer)))


# --- the verbeterplan -----------------------------------------------------------------

def plan_data(session, plan: Verbeterplan) -> dict:
    """Return what the PDF of this verbeterplan shows."""
    visitatie = plan.visitatie
    acties = _acties(session, plan.id)
    reacties = {r.bevinding_id: r.motivering for r in plan.reacties if r.niet_overgenomen}
    aanbevelingen = aanbeveling_rows(session, visitatie.id)
    return {
        "titel": "Verbeterplan",
        "dienst": visitatie.dienst.naam,
        "ronde": visitatie.ronde.naam,
        "status": PLAN_STATE_NAMEN.get(plan.state, plan.state),
        "datum": dutch_date(plan.vastgesteld_op or plan.state_changed_at),
        "vastgesteld": _adoption(plan),
        "toelichting": paragraphs(plan.toelichting),
        "aanbevelingen": [_aanbeveling_met_acties(b, acties, reacties) for b in aanbevelingen],
        "overige_acties": [_actie(a) for a in acties if not a.aanbevelingen],
        "voortgang": _latest_progress(session, plan.id, {a.id: a for a in acties}),
    }


def _adoption(plan: Verbeterplan) -> str | None:
    if plan.vastgesteld_op is None:
        return None
    door = {"DB": "het dagelijks bestuur", "AB": "het algemeen bestuur"}.get(
        plan.vastgesteld_door or "", "het bestuur")
    return f"Vastgesteld door {door} op {dutch_date(plan.vastgesteld_op)}"


def _acties(session, plan_id: int) -> list[Actie]:
    return list(session.scalars(
        select(Actie).where(Actie.verbeterplan_id == plan_id)
        .options(selectinload(Actie.aanbevelingen)).order_by(Actie.id)))


def _aanbeveling_met_acties(bevinding, acties, reacties) -> dict:
    mine = [a for a in acties if any(b.id == bevinding.id for b in a.aanbevelingen)]
    return {"nummer": bevinding.nummer, "tekst": bevinding.tekst,
            "niet_overgenomen": reacties.get(bevinding.id),
            "acties": [_actie(a) for a in mine]}


def _actie(actie: Actie) -> dict:
    return {
        "titel": actie.titel, "omschrijving": actie.omschrijving or "",
        "eigenaar": ", ".join(p for p in (actie.eigenaar_naam, actie.eigenaar_functie) if p),
        "gepland": dutch_date(actie.planned_on) if actie.planned_on else "",
        "status": ACTIE_STATUS_NAMEN.get(actie.status, actie.status),
        "stop_reden": actie.stop_reden or "",
        "indicator": actie.indicator or "", "middelen": actie.middelen or "",
        "aanbevelingen": [b.nummer for b in actie.aanbevelingen if b.nummer is not None],
    }


def _latest_progress(session, plan_id: int, acties: dict) -> dict | None:
    rapportage = session.scalars(
        select(Voortgangsrapportage)
        .where(Voortgangsrapportage.verbeterplan_id == plan_id,
               Voortgangsrapportage.status == "ingediend")
        .options(selectinload(Voortgangsrapportage.regels))
        .order_by(Voortgangsrapportage.periode.desc()).limit(1)).first()
    if rapportage is None:
        return None
    return {
        "periode": rapportage.periode,
        "ingediend": dutch_date(rapportage.ingediend_at),
        "reflectie": paragraphs(rapportage.reflectie),
        "regels": [{"actie": acties[r.actie_id].titel if r.actie_id in acties else "",
                    "status": ACTIE_STATUS_NAMEN.get(r.status, r.status),
                    "toelichting": r.toelichting or ""} for r in rapportage.regels],
    }


# --- the Rode draden rapportage (a published version) ---------------------------------

TYPE_NAMEN = (("sterk_punt", "Sterke punten"), ("bevinding", "Bevindingen"),
              ("aanbeveling", "Aanbevelingen"))


def rode_draden_data(session, publicatie) -> dict:
    """Return what the PDF of a published Rode draden version shows: its frozen snapshot.

    Only the appendix names diensten (which were visited, and when), never beside a finding.
    """
    inhoud = publicatie.inhoud or {}
    return {
        "titel": "Rode draden rapportage",
        "dienst": inhoud.get("titel", publicatie.titel),
        "ronde": inhoud.get("ronde", ""),
        "tussentijds": inhoud.get("soort") == "tussentijds",
        "versie": publicatie.versie,
        "datum": dutch_date(publicatie.gepubliceerd_at),
        "vastgesteld": dutch_date(_iso_date(inhoud.get("vastgesteld_op"))),
        "correctie": publicatie.correctie_toelichting if publicatie.versie > 1 else None,
        "visitaties": inhoud.get("visitaties", 0),
        "inleiding": paragraphs(inhoud.get("inleiding")),
        "conclusies": paragraphs(inhoud.get("integrale_conclusies")),
        "hoofdstukken": [_rode_draden_chapter(i, s)
                         for i, s in enumerate(inhoud.get("secties", []), 1)],
        "bijlage": _visited(session, inhoud.get("visitatie_ids", [])),
    }


def _iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _rode_draden_chapter(index: int, sectie: dict) -> dict:
    of = sectie.get("of", 0)
    counts, diensten = sectie.get("counts", {}), sectie.get("diensten_with", {})
    return {
        "anker": f"hoofdstuk-{index}", "code": sectie.get("code", ""),
        "titel": sectie.get("titel", ""), "diepte": sectie.get("depth", 0),
        "alineas": paragraphs(sectie.get("tekst")),
        "telling": [{"naam": naam, "aantal": counts.get(t, 0),
                     "diensten": f"bij {diensten.get(t, 0)} van {of} diensten"}
                    for t, naam in TYPE_NAMEN if of],
    }


def _visited(session, visitatie_ids) -> list[dict]:
    """The appendix: the visited diensten with their visit days, by visit date."""
    visitaties = session.scalars(
        select(Visitatie).where(Visitatie.id.in_(list(visitatie_ids))))
    ordered = sorted(visitaties, key=lambda v: (v.eerste_bezoekdag is None,
                                                v.eerste_bezoekdag, v.dienst.naam))
    return [{"dienst": v.dienst.naam, "bezoekdagen": _visit_days(v) or ""} for v in ordered]
