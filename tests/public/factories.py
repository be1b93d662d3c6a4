"""Published things for the public tests, made through the real publish transitions."""
from datetime import date, datetime, timezone

from sqlalchemy import select

from tests.bevindingen.factories import set_state
from tests.documenten.factories import add_aanbevelingen, make_report
from tests.verbeterplannen.factories import make_actie
from tests.verbeterplannen.factories import make_plan as make_plan_in
from tests.voortgang.factories import make_report as make_voortgang
from visitatie.publicaties.models import Publicatie

FINAL_SECTIONS = (
    ("inleiding", "Inleiding", "De commissie bezocht de dienst. PUBLIEK-RAPPORT-TEKST."),
    ("conclusie", "Conclusie", "Alles overziend is de dienst op koers."),
)


def ready_to_publish(session, visitatie, sections=FINAL_SECTIONS):
    """Put the visitatie in vastgesteld with a definitive report and the DB/AB dates."""
    aanbevelingen = add_aanbevelingen(session, visitatie)
    versie = make_report(session, visitatie, status="definitief", nummer=1, sections=sections)
    set_state(session, visitatie, "vastgesteld")
    visitatie.db_behandeld_op, visitatie.ab_behandeld_op = date(2026, 5, 1), date(2026, 5, 8)
    session.commit()
    return versie, aanbevelingen


def publish_report_via_web(client, visitatie):
    """Fire the real 'publiceren' transition (the client is logged in as directeur)."""
    response = client.post(f"/visitaties/{visitatie.id}/transities/publiceren")
    assert response.status_code == 302, response.text[:1000]
    return response


def publish_plan_via_web(session, client, visitatie, aanbevelingen, statuses=("loopt",)):
    """A vastgesteld verbeterplan with acties, published through the real transition."""
    plan = make_plan_in(session, visitatie, state="vastgesteld")
    for status, aanbeveling in zip(statuses, aanbevelingen):
        make_actie(session, plan, [aanbeveling], status=status, titel=f"Actie {status}")
    response = client.post(f"/verbeterplannen/{plan.id}/transities/publiceren")
    assert response.status_code == 302, response.text[:1000]
    session.expire_all()
    return plan


def add_progress_report(session, plan, submitted_at=datetime(2026, 9, 1, tzinfo=timezone.utc)):
    return make_voortgang(session, plan, 1, date(2026, 9, 1), submitted_at)


def publications(session, soort=None) -> list[Publicatie]:
    stmt = select(Publicatie).order_by(Publicatie.id)
    if soort:
        stmt = stmt.where(Publicatie.soort == soort)
    return list(session.scalars(stmt))
