"""The demo verbeterplan reaches every state through the real operations."""
import random

import pytest
from sqlalchemy import select

from tests.verbeterplannen import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.verbeterplannen.demo import add_demo_plan
from visitatie.verbeterplannen.models import Verbeterplan
from workflows.verbeterplan import PlanState


@pytest.mark.parametrize("target", list(PlanState))
@pytest.mark.parametrize("seed", [1, 2])
def test_demo_plan_reaches_its_target(session, world, directeur, beheerder, upload_folder,
                                      target, seed):
    aanbevelingen = f.adopt_report(session, world.visitatie, aantal=4)
    plan = add_demo_plan(session, world.visitatie, directeur, beheerder, target,
                         random.Random(seed))
    session.commit()
    session.expire_all()
    plan = session.get(Verbeterplan, plan.id)
    assert plan.state == target.value
    assert len(plan.reacties) == 1 and plan.reacties[0].motivering
    linked = {b.id for a in plan.acties for b in a.aanbevelingen}
    declined = {r.bevinding_id for r in plan.reacties}
    assert linked | declined == {b.id for b in aanbevelingen} and not linked & declined
    assert all(1 <= sum(b.id in {x.id for x in a.aanbevelingen} for a in plan.acties) <= 2
               for b in aanbevelingen if b.id not in declined)
    statuses = {a.status for a in plan.acties}
    if target == PlanState.IN_UITVOERING:
        assert {"gestopt", "loopt", "vertraagd"} <= statuses
        assert len(plan.acties) < 4 or "gerealiseerd" in statuses
        assert all(a.stop_reden for a in plan.acties if a.status == "gestopt")
    if target == PlanState.AFGEROND:
        assert statuses <= {"gerealiseerd", "gestopt"} and "gestopt" in statuses
    if target in (PlanState.VASTGESTELD, PlanState.GEPUBLICEERD, PlanState.IN_UITVOERING,
                  PlanState.AFGEROND):
        assert plan.vastgesteld_door in ("DB", "AB") and plan.vastgesteld_op
        assert (upload_folder / plan.besluit_opslagnaam).read_bytes().startswith(b"%PDF-")
    events = session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "verbeterplan", AuditEvent.object_id == plan.id,
        AuditEvent.action == "plan_fase_gewijzigd")).all()
    assert (events[-1].to_state if events else "concept") == target.value


def test_demo_plan_is_added_once(session, world, directeur, beheerder):
    f.adopt_report(session, world.visitatie)
    first = add_demo_plan(session, world.visitatie, directeur, beheerder, "ingediend",
                          random.Random(3))
    again = add_demo_plan(session, world.visitatie, directeur, beheerder, "ingediend",
                          random.Random(3))
    assert again is first and len(first.acties) >= 2


def test_demo_plan_without_aanbevelingen_stays_concept(session, world, directeur, beheerder):
    f.adopt_report(session, world.visitatie, aantal=0)
    plan = add_demo_plan(session, world.visitatie, directeur, beheerder, "afgerond",
                         random.Random(1))
    assert plan.state == "concept"
