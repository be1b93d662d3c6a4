"""Writing, saving and submitting progress reports through the operations (fixed dates)."""
from datetime import date

import pytest
from sqlalchemy import select

from tests.voortgang.factories import at_noon, close_actie, make_report
from visitatie.audit.models import AuditEvent
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.verbeterplannen.models import ActieStatusWijziging, Voortgangsrapportage
from visitatie.verbeterplannen.voortgang_operations import (
    RegelInput, ReportIncomplete, save_voortgang, submit_voortgang,
)
from visitatie.verbeterplannen.voortgang_queries import current_stand, report_acties

TODAY = date(2026, 7, 1)  # in period 1 (15 January – 15 July 2026)
pytestmark = pytest.mark.usefixtures("request_context")


def _lines(pw, gepland=("loopt", "Gestart."), loopt=("loopt", "Loopt door.")):
    return {pw.gepland.id: RegelInput(*gepland), pw.loopt.id: RegelInput(*loopt)}


def _audit(session, action):
    return session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()


def test_stand_gives_the_current_period(session, plan_world):
    stand = current_stand(session, plan_world.plan, TODAY)
    assert (stand.next.periode, stand.next.due_on) == (1, date(2026, 7, 15))
    assert stand.concept is None and stand.submitted == [] and stand.overdue_count == 0
    late = current_stand(session, plan_world.plan, date(2027, 2, 1))
    assert late.next.periode == 1 and late.overdue_count == 2


def test_report_covers_open_acties_only(session, plan_world):
    stand = current_stand(session, plan_world.plan, TODAY)
    assert report_acties(session, plan_world.plan, stand) == [plan_world.gepland,
                                                              plan_world.loopt]


def test_report_adds_acties_closed_since_the_previous_report(session, plan_world, directeur):
    make_report(session, plan_world.plan, 1, date(2026, 7, 15), at_noon(date(2026, 7, 10)),
                by=directeur)
    close_actie(session, plan_world.gepland, "gestopt", at_noon(date(2026, 8, 1)))
    close_actie(session, plan_world.loopt, "gerealiseerd", at_noon(date(2026, 7, 5)))
    stand = current_stand(session, plan_world.plan, date(2026, 9, 1))
    assert stand.next.periode == 2
    # gestopt after the previous report: in; gerealiseerd before it: out.
    assert report_acties(session, plan_world.plan, stand) == [plan_world.gepland]


def test_save_creates_a_concept_with_a_line_per_actie(session, plan_world, directeur):
    rapportage = save_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world),
                                "  Goed op weg.  ", None, TODAY)
    session.commit()
    assert (rapportage.status, rapportage.periode, rapportage.due_on) == (
        "concept", 1, date(2026, 7, 15))
    assert rapportage.reflectie == "Goed op weg."
    assert [(r.actie_id, r.status, r.toelichting) for r in rapportage.regels] == [
        (plan_world.gepland.id, "loopt", "Gestart."), (plan_world.loopt.id, "loopt", "Loopt door.")]
    assert plan_world.gepland.status == "gepland"  # a concept changes no actie
    assert len(_audit(session, "voortgang_opgeslagen")) == 1


def test_save_again_replaces_and_bumps_the_version(session, plan_world, directeur):
    first = save_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), "Een",
                           None, TODAY)
    session.commit()
    version = first.version_id
    again = save_voortgang(session, directeur, plan_world.plan, 1,
                           _lines(plan_world, gepland=("vertraagd", "Later.")), "Twee", version,
                           TODAY)
    session.commit()
    assert again is first and first.version_id == version + 1
    assert first.regels[0].status == "vertraagd" and first.reflectie == "Twee"
    assert session.scalar(select(Voortgangsrapportage.id).where(
        Voortgangsrapportage.verbeterplan_id == plan_world.plan.id).limit(2)) == first.id


def test_missing_lines_keep_the_actie_status(session, plan_world, directeur):
    rapportage = save_voortgang(session, directeur, plan_world.plan, 1,
                                {plan_world.loopt.id: RegelInput("vertraagd")}, None, None, TODAY)
    assert {r.actie_id: r.status for r in rapportage.regels} == {
        plan_world.gepland.id: "gepland", plan_world.loopt.id: "vertraagd"}


@pytest.mark.parametrize("seen", [None, 99])
def test_stale_save_is_refused(session, plan_world, directeur, contactpersoon, seen):
    save_voortgang(session, contactpersoon, plan_world.plan, 1, _lines(plan_world), "Eerst",
                   None, TODAY)
    session.commit()
    with pytest.raises(StaleEdit, match="intussen door iemand anders gewijzigd"):
        save_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), "Later",
                       seen, TODAY)


def test_version_without_concept_is_stale(session, plan_world, directeur):
    with pytest.raises(StaleEdit):
        save_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), "x", 1,
                       TODAY)


def test_report_of_a_submitted_period_is_stale(session, plan_world, directeur):
    make_report(session, plan_world.plan, 1, date(2026, 7, 15), at_noon(TODAY), by=directeur)
    with pytest.raises(StaleEdit, match="intussen door iemand anders ingediend"):
        save_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), "x", None,
                       TODAY)


def test_next_period_cannot_be_written_before_it_starts(session, plan_world, directeur):
    make_report(session, plan_world.plan, 1, date(2026, 7, 15), at_noon(TODAY), by=directeur)
    with pytest.raises(DomainError, match="periode 2 kunt u schrijven vanaf 15 juli 2026"):
        save_voortgang(session, directeur, plan_world.plan, 2, _lines(plan_world), "x", None,
                       TODAY)


@pytest.mark.parametrize("state", ["concept", "ingediend", "vastgesteld", "afgerond"])
def test_no_report_outside_publication_and_execution(session, plan_world, directeur, state):
    plan_world.plan.state = state
    with pytest.raises(DomainError, match="zodra het verbeterplan is gepubliceerd"):
        save_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), "x", None,
                       TODAY)


def test_unknown_actie_is_refused(session, plan_world, directeur):
    lines = {plan_world.klaar.id: RegelInput("loopt")}  # closed before publication
    with pytest.raises(DomainError, match="niet \\(meer\\) bij hoort"):
        save_voortgang(session, directeur, plan_world.plan, 1, lines, "x", None, TODAY)


def test_submit_applies_the_statuses_with_history(session, plan_world, directeur):
    lines = _lines(plan_world, gepland=("gestopt", "Opgegaan in het regionale programma."),
                   loopt=("loopt", "Ongewijzigd."))
    rapportage = submit_voortgang(session, directeur, plan_world.plan, 1, lines, "Reflectie",
                                  None, TODAY)
    session.commit()
    assert rapportage.status == "ingediend" and rapportage.ingediend_at is not None
    assert rapportage.ingediend_by_id == directeur.id
    gepland = plan_world.gepland
    assert (gepland.status, gepland.stop_reden) == (
        "gestopt", "Opgegaan in het regionale programma.")
    history = session.scalars(select(ActieStatusWijziging).where(
        ActieStatusWijziging.actie_id == gepland.id)).all()
    assert [(h.van, h.naar, h.toelichting, h.by_id) for h in history] == [
        ("gepland", "gestopt", "Voortgangsrapportage 1: Opgegaan in het regionale programma.",
         directeur.id)]
    assert session.scalars(select(ActieStatusWijziging).where(
        ActieStatusWijziging.actie_id == plan_world.loopt.id)).all() == []  # unchanged
    [change] = _audit(session, "actie_status_via_voortgang")
    assert (change.object_id, change.from_state, change.to_state) == (gepland.id, "gepland",
                                                                      "gestopt")
    assert change.details == {"voortgangsrapportage_id": rapportage.id, "periode": 1}
    [submitted] = _audit(session, "voortgang_ingediend")
    assert submitted.details["statuswijzigingen"] == 1 and submitted.to_state == "ingediend"


def test_submit_after_saving_uses_the_concept(session, plan_world, directeur, contactpersoon):
    concept = save_voortgang(session, contactpersoon, plan_world.plan, 1, _lines(plan_world),
                             "Concept", None, TODAY)
    session.commit()
    submitted = submit_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world),
                                 "Definitief", concept.version_id, TODAY)
    assert submitted is concept and submitted.reflectie == "Definitief"
    assert plan_world.gepland.status == "loopt"


def test_gestopt_without_explanation_is_refused(session, plan_world, directeur):
    lines = _lines(plan_world, gepland=("gestopt", "  "))
    with pytest.raises(ReportIncomplete) as refused:
        submit_voortgang(session, directeur, plan_world.plan, 1, lines, "Reflectie", None, TODAY)
    assert refused.value.problems == [(
        f"regel-{plan_world.gepland.id}-toelichting",
        "Geef bij de actie „Risicoanalyse actualiseren” aan waarom die is gestopt.")]


def test_reflection_is_required_on_submit(session, plan_world, directeur):
    with pytest.raises(ReportIncomplete) as refused:
        submit_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), " ", None,
                         TODAY)
    assert refused.value.field == "reflectie"
    assert "algemene reflectie" in refused.value.message


def test_a_closed_actie_cannot_reopen(session, plan_world, directeur):
    save_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), "x", None, TODAY)
    close_actie(session, plan_world.loopt, "gerealiseerd", at_noon(date(2026, 6, 1)))
    session.commit()
    concept = current_stand(session, plan_world.plan, TODAY).concept
    with pytest.raises(ReportIncomplete) as refused:
        submit_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), "x",
                         concept.version_id, TODAY)
    assert refused.value.problems == [(
        f"regel-{plan_world.loopt.id}-status",
        "De actie „Kennisdeling met ketenpartners” is al gerealiseerd; die status kan niet "
        "meer veranderen.")]


def test_earlier_reports_stay_and_the_next_period_follows(session, plan_world, directeur):
    submit_voortgang(session, directeur, plan_world.plan, 1, _lines(plan_world), "Een", None,
                     TODAY)
    session.commit()
    stand = current_stand(session, plan_world.plan, date(2026, 8, 1))
    assert stand.next.periode == 2 and stand.next.due_on == date(2027, 1, 15)
    assert [r.periode for r in stand.submitted] == [1]
    second = submit_voortgang(session, directeur, plan_world.plan, 2, _lines(plan_world),
                              "Twee", None, date(2026, 8, 1))
    session.commit()
    stand = current_stand(session, plan_world.plan, date(2026, 8, 1))
    assert [r.periode for r in stand.submitted] == [2, 1] and second.due_on == date(2027, 1, 15)
