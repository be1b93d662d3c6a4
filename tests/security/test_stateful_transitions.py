"""A stateful Hypothesis test: random people press random buttons on one visitatie.

The machine drives the real operations (fire_transition, the report's version steps and
section edits) on the test database, by random roles of the world, mixed with the work
that satisfies the guards (holding gesprekken, approving the concept, the wederhoor, the
bestuurlijke behandeling). After every step it checks the invariants:

- the visitatie's state is the `to_state` of its last `fase_gewijzigd` audit event, the
  events form an unbroken chain from `gepland`, and there is one per successful transition;
- a refused step changes nothing and adds no audit event;
- a report version that has left `werkversie` never changes again (text, status back).

Each run starts from the world's committed state: a SAVEPOINT on the test connection is
rolled back when the run ends.
"""
import os
from datetime import date

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test,
)
from sqlalchemy import select

from tests.factories import ROLE_KEYS
from tests.gesprekken.factories import make_gesprek
from visitatie.audit.models import AuditEvent
from visitatie.auth.models import User
from visitatie.core.domain import DomainError
from visitatie.db import utcnow
from visitatie.extensions import db
from visitatie.jobs import discard_pending_jobs
from visitatie.rapporten import operations as report_ops
from visitatie.rapporten.models import RapportSectie, RapportVersie
from visitatie.visitaties.models import Visitatie
from visitatie.visitaties.operations import fire_transition
from visitatie.visitaties.permissions import roles_on
from workflows.visitatie import EVENTS, VisitatieState, events_from

RUNS = int(os.environ.get("VISITATIE_HYPOTHESIS_RUNS", 10))
STEPS = 50
EVENT_NAMES = [e.name for e in EVENTS] + ["bestaat_niet"]
LOCKED = ("ter_review", "goedgekeurd", "definitief")
STATUS_ORDER = ("werkversie", *LOCKED)
VERSION_ROLES = ("secretaris", "voorzitter", "commissielid", "directeur")


class VisitatieMachine(RuleBasedStateMachine):
    """One run: the world's visitatie from `gepland`, pushed by random people."""

    app = connection = world = None  # set by the test before each run
    reached: set = set()  # the states the runs went through, to show they got somewhere

    def __init__(self):
        super().__init__()
        db.session.remove()
        self.savepoint = self.connection.begin_nested()
        self.context = self.app.test_request_context()
        self.context.push()
        self.visitatie_id = self.world.visitatie.id
        self.user_ids = {key: user.id for key, user in self.world.users.items()}
        self.fired = 0          # successful transitions, by the model
        self.frozen = {}        # version id -> (status index, section texts) once locked

    def teardown(self):
        self.context.pop()  # removes the session (teardown_appcontext)
        db.session.remove()
        self.savepoint.rollback()

    # --- helpers -------------------------------------------------------------------------

    @property
    def session(self):
        return db.session

    def visitatie(self) -> Visitatie:
        return self.session.get(Visitatie, self.visitatie_id, populate_existing=True)

    def user(self, key) -> User:
        return self.session.get(User, self.user_ids[key])

    def transition_events(self) -> list[AuditEvent]:
        return list(self.session.scalars(select(AuditEvent).where(
            AuditEvent.object_type == "visitatie", AuditEvent.object_id == self.visitatie_id,
            AuditEvent.action == "fase_gewijzigd").order_by(AuditEvent.id)))

    def audit_total(self) -> int:
        return len(self.session.scalars(select(AuditEvent.id)).all())

    def attempt(self, work) -> bool:
        """Run `work()` as a request would: commit, or roll back on a refusal.

        Jobs (mails, PDF renders) are dropped, not run: this test is about states and audit.
        """
        before = (self.visitatie().state, self.audit_total())
        try:
            work()
        except DomainError:
            self.session.rollback()
            discard_pending_jobs(self.session)
            assert (self.visitatie().state, self.audit_total()) == before, "refusal left a trace"
            return False
        self.session.commit()
        discard_pending_jobs(self.session)
        return True

    def latest(self) -> RapportVersie | None:
        return self.session.scalars(select(RapportVersie).where(
            RapportVersie.visitatie_id == self.visitatie_id)
            .order_by(RapportVersie.nummer.desc()).limit(1)).first()

    # --- transitions ---------------------------------------------------------------------

    @rule(data=st.data(), kind=st.sampled_from(["any_button", "old_page", "version_step",
                                                 "edit_section"]))
    def something_unexpected(self, data, kind):
        """What the interface does not offer: forged posts, old pages, any version step."""
        if kind == "any_button":
            self.press_any_button(data.draw(st.sampled_from(ROLE_KEYS)),
                                  data.draw(st.sampled_from(EVENT_NAMES)),
                                  data.draw(st.sampled_from(["", "Akkoord.", "  "])))
        elif kind == "old_page":
            self.press_with_an_old_page(data.draw(st.sampled_from(ROLE_KEYS)))
        elif kind == "version_step":
            self.version_step(data.draw(st.sampled_from(["submit", "approve", "new_version"])),
                              data.draw(st.sampled_from(VERSION_ROLES)))
        else:
            self.edit_a_section(data, data.draw(st.sampled_from(["Nieuw.", "<b>vet</b>", ""])))

    def press_any_button(self, role, event, remark):
        """Anyone posts any event, as a forged form could."""
        self.fire(role, event, remark)

    @rule(data=st.data())
    def press_an_offered_button(self, data):
        """Someone who sees a button on the page presses it."""
        visitatie = self.visitatie()
        offered = sorted((role, e.name) for role in ROLE_KEYS for e in events_from(
            visitatie.state, roles_on(self.user(role), visitatie)))
        if offered:
            self.fire(*data.draw(st.sampled_from(offered)), "Volgende stap.")

    def fire(self, role, event, remark):
        visitatie = self.visitatie()
        fired = self.attempt(lambda: fire_transition(
            self.session, self.user(role), visitatie, event, remark=remark,
            version_id=visitatie.version_id))
        self.fired += fired

    def press_with_an_old_page(self, role):
        """A button pressed on a page loaded before the last change: refused as stale."""
        visitatie = self.visitatie()
        if visitatie.version_id > 1:
            refused = not self.attempt(lambda: fire_transition(
                self.session, self.user(role), visitatie, "start_voorbereiding",
                version_id=visitatie.version_id - 1))
            assert refused

    # --- the work that satisfies the guards ------------------------------------------------

    def hold_gesprek(self, categorie):
        make_gesprek(self.session, self.visitatie(), categorie=categorie, gehouden=True)

    @rule()
    def do_what_the_next_step_needs(self):
        """The work people do between the buttons, so that runs get past the guards."""
        state = self.visitatie().state
        if state == "bezoek":
            for categorie in ("intake", "afsluitende_sessie"):
                self.hold_gesprek(categorie)
        elif state == "concept_rapport":
            self.advance_concept()
        elif state == "wederhoor":
            self.submit_wederhoor()
        elif state == "vastgesteld":
            self.record_behandeling()

    def advance_concept(self):
        versie, visitatie = self.latest(), self.visitatie()
        if versie is None:
            self.attempt(lambda: report_ops.create_concept_report(
                self.session, self.user("secretaris"), visitatie))
        elif versie.status == "werkversie":
            self.attempt(lambda: report_ops.submit_for_review(
                self.session, self.user("secretaris"), visitatie, versie,
                version_id=versie.version_id))
        elif versie.status == "ter_review":
            self.attempt(lambda: report_ops.approve_version(
                self.session, self.user("voorzitter"), visitatie, versie,
                version_id=versie.version_id))

    def version_step(self, step, role):
        versie = self.latest()
        if versie is None:
            return
        action = {"submit": report_ops.submit_for_review, "approve": report_ops.approve_version,
                  "new_version": report_ops.create_next_version}[step]
        self.attempt(lambda: action(self.session, self.user(role), self.visitatie(), versie,
                                    version_id=versie.version_id))

    def edit_a_section(self, data, tekst):
        """The secretaris edits a section of any version: only a werkversie may change."""
        versies = self.session.scalars(select(RapportVersie).where(
            RapportVersie.visitatie_id == self.visitatie_id)).all()
        if not versies:
            return
        versie = data.draw(st.sampled_from(sorted(versies, key=lambda v: v.nummer)))
        sectie = data.draw(st.sampled_from(versie.secties))
        status = versie.status
        saved = self.attempt(lambda: report_ops.update_section(
            self.session, self.user("secretaris"), self.visitatie(), sectie, tekst=tekst,
            version_id=sectie.version_id))
        assert not saved or status == "werkversie", f"a {status} version was edited"

    @precondition(lambda self: self.frozen)
    @rule(data=st.data(), tekst=st.sampled_from(["Stiekem anders.", ""]))
    def try_to_change_a_locked_version(self, data, tekst):
        """The secretaris tries to save a section of a version that has left werkversie."""
        versie = self.session.get(RapportVersie, data.draw(st.sampled_from(sorted(self.frozen))))
        sectie = data.draw(st.sampled_from(versie.secties))
        self.session.refresh(sectie)
        saved = self.attempt(lambda: report_ops.update_section(
            self.session, self.user("secretaris"), self.visitatie(), sectie, tekst=tekst,
            version_id=sectie.version_id))
        assert not saved, f"a section of the {versie.status} version {versie.nummer} was saved"

    def submit_wederhoor(self):
        visitatie = self.visitatie()
        visitatie.wederhoor_ingediend_at = visitatie.wederhoor_ingediend_at or utcnow()
        self.session.commit()

    def record_behandeling(self):
        visitatie = self.visitatie()
        visitatie.db_behandeld_op, visitatie.ab_behandeld_op = date(2026, 7, 1), date(2026, 7, 8)
        self.session.commit()

    # --- invariants ----------------------------------------------------------------------

    @invariant()
    def state_is_the_last_audited_state(self):
        self.reached.add(self.visitatie().state)
        events = self.transition_events()
        assert len(events) == self.fired, "not one audit event per transition"
        state = "gepland"
        for event in events:
            assert event.from_state == state, "the audit chain of states is broken"
            state = event.to_state
        assert self.visitatie().state == state

    @invariant()
    def locked_versions_never_change(self):
        rows = self.session.execute(
            select(RapportVersie.id, RapportVersie.nummer, RapportVersie.status,
                   RapportSectie.id, RapportSectie.tekst)
            .join(RapportSectie, RapportSectie.versie_id == RapportVersie.id)
            .where(RapportVersie.visitatie_id == self.visitatie_id)
            .order_by(RapportVersie.id, RapportSectie.id)).all()  # columns: what the DB holds
        for versie_id in {row[0] for row in rows}:
            mine = [row for row in rows if row[0] == versie_id]
            nummer, status = mine[0][1], mine[0][2]
            texts, rank = tuple((row[3], row[4]) for row in mine), STATUS_ORDER.index(status)
            if versie_id in self.frozen:
                old_rank, old_texts = self.frozen[versie_id]
                assert texts == old_texts, f"locked version {nummer} changed"
                assert rank >= old_rank, f"version {nummer} went back to an earlier status"
            if status in LOCKED:
                self.frozen[versie_id] = (rank, texts)

def test_random_people_press_random_buttons(app, session, world):
    VisitatieMachine.app, VisitatieMachine.world = app, world
    VisitatieMachine.connection = session.get_bind()
    VisitatieMachine.reached = set()
    run_state_machine_as_test(VisitatieMachine, settings=settings(
        max_examples=RUNS, stateful_step_count=STEPS, deadline=None,
        derandomize=os.environ.get("VISITATIE_HYPOTHESIS_RANDOM") != "1",
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]))
    assert VisitatieMachine.reached == set(VisitatieState), "the runs did not get everywhere"
