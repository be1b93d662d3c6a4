"""Build a visitatie with a vastgesteld report, its aanbevelingen and a verbeterplan."""
import io
from datetime import date, datetime, timedelta, timezone

from visitatie.bevindingen.models import Bevinding
from visitatie.verbeterplannen.models import (
    AanbevelingReactie, Actie, ActieBewijs, ActieStatusWijziging, Verbeterplan,
)
from workflows.verbeterplan import PlanState as P
from visitatie.core.dates import local_today

VASTGESTELD_AT = datetime(2026, 1, 20, 10, tzinfo=timezone.utc)
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
ORDER = [P.CONCEPT, P.INGEDIEND, P.GEACCEPTEERD, P.VASTGESTELD, P.GEPUBLICEERD,
         P.IN_UITVOERING, P.AFGEROND]


def adopt_report(session, visitatie, aantal: int = 3, state: str = "vastgesteld") -> list:
    """Put the visitatie's report in `state` (vastgesteld) with `aantal` aanbevelingen."""
    visitatie.state = state
    visitatie.wederhoor_deadline = date(2026, 1, 10)
    visitatie.vastgesteld_at = VASTGESTELD_AT
    if state == "gepubliceerd":
        visitatie.db_behandeld_op = visitatie.ab_behandeld_op = date(2026, 2, 1)
        visitatie.gepubliceerd_at = VASTGESTELD_AT + timedelta(days=30)
    aanbevelingen = [Bevinding(visitatie_id=visitatie.id, type="aanbeveling", nummer=n,
                               tekst=f"Aanbeveling {n}: verbeter het werkproces {n}.")
                     for n in range(1, aantal + 1)]
    session.add_all(aanbevelingen)
    session.commit()
    return aanbevelingen


def make_plan(session, visitatie, state: str = "concept") -> Verbeterplan:
    """A plan in `state`, with the columns its CHECK constraints demand."""
    plan = Verbeterplan(visitatie_id=visitatie.id, due_on=date(2026, 5, 20),
                        voortgang_interval_maanden=6)
    session.add(plan)
    set_state(session, plan, state)
    return plan


def set_state(session, plan, state: str) -> None:
    index = ORDER.index(P(state)) if state != "teruggestuurd" else 1
    plan.state = state
    plan.vastgesteld_op = date(2026, 3, 1) if index >= ORDER.index(P.VASTGESTELD) else None
    if plan.vastgesteld_op:
        plan.vastgesteld_door = "AB"
    plan.gepubliceerd_at = (VASTGESTELD_AT + timedelta(days=60)
                            if index >= ORDER.index(P.GEPUBLICEERD) else None)
    plan.afgerond_at = VASTGESTELD_AT + timedelta(days=400) if state == "afgerond" else None
    session.commit()


def make_actie(session, plan, aanbevelingen, status: str = "gepland", **fields) -> Actie:
    values = {"titel": "Opleidingsplan toezicht", "eigenaar_naam": "M. de Boer",
              "eigenaar_functie": "Teamleider",
              "planned_on": local_today() + timedelta(days=90)} | fields
    actie = Actie(verbeterplan_id=plan.id, status=status, **values)
    if status == "gestopt":
        actie.stop_reden = actie.stop_reden or "Taak overgedragen."
    actie.aanbevelingen = list(aanbevelingen)
    actie.historie = [ActieStatusWijziging(van=None, naar=status)]
    session.add(actie)
    session.commit()
    return actie


def decline(session, plan, aanbeveling, motivering: str = "Past niet bij ons beleid.") -> None:
    session.add(AanbevelingReactie(verbeterplan_id=plan.id, bevinding_id=aanbeveling.id,
                                   motivering=motivering))
    session.commit()


def cover_all(session, plan, aanbevelingen, status: str = "gepland") -> list:
    """One actie per aanbeveling."""
    return [make_actie(session, plan, [b], status=status, titel=f"Actie bij {b.nummer}")
            for b in aanbevelingen]


def make_bewijs(session, actie, content: bytes = MINIMAL_PDF, naam: str = "bewijs.pdf"):
    from visitatie.verbeterplannen.operations import store_upload

    stored = store_upload(session, io.BytesIO(content), naam)
    bewijs = ActieBewijs(actie_id=actie.id, bestandsnaam=naam, opslagnaam=stored.opslagnaam,
                         sha256=stored.sha256, grootte=stored.grootte,
                         mime_type=stored.mime_type)
    session.add(bewijs)
    session.commit()
    return bewijs


def upload(content: bytes, naam: str) -> tuple:
    return (io.BytesIO(content), naam)
