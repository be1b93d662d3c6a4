"""Two people act on the same object at the same moment, on PostgreSQL, with real commits.

The usual test session wraps everything in one connection's SAVEPOINTs, which cannot race.
Here each module gets its own PostgreSQL database (dropped afterwards, audit rows and all),
the data is committed, and two threads each run a view's unit of work (load, the app's
operation, commit; or rollback on a DomainError) in their own session, released together
by a barrier. Exactly one wins, the other gets a clear Dutch refusal, and the audit trail
holds exactly one event; no save overwrites another unseen.
"""
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from sqlalchemy import String, cast, func, select, update

from tests import databases, factories
from tests.bevindingen.factories import make_codeboek, set_state
from tests.rapporten.factories import add_bevindingen, make_version
from tests.verbeterplannen import factories as plan_factories
from visitatie import create_app
from visitatie.audit.models import AuditEvent
from visitatie.auth.models import User
from visitatie.core.domain import DomainError
from visitatie.core.transaction import commit, rollback
from visitatie.db import Base
from visitatie.diensten.models import Dienst
from visitatie.extensions import db
from visitatie.rapporten import operations as report_ops
from visitatie.rapporten.models import RapportSectie
from visitatie.verbeterplannen.operations import fire_plan_transition
from visitatie.verbeterplannen.models import Verbeterplan
from visitatie.visitaties.operations import fire_transition
from visitatie.visitaties.queries import load_visitatie

pytestmark = pytest.mark.postgres
ROUNDS = 3  # each race is run a few times: one lucky ordering proves little
WORLD_DIENST = "Omgevingsdienst Bezocht"
WAIT = 30  # seconds; a hung thread fails the test instead of hanging the run


@contextmanager
def separate_database_app(pytestconfig, prefix: str, **overrides):
    """Yield an app on a new, empty PostgreSQL database with the schema; drop it after.

    For work that must really commit (other connections, other processes, audit rows
    that cannot be deleted); `overrides` change the app's settings.
    """
    if pytestconfig._visitatie_db.kind != "postgresql":
        pytest.skip("needs PostgreSQL: a database of its own, with real commits")
    name, url = databases.create_postgres_database(prefix)
    app = create_app(app_settings(url, prefix) | overrides)
    try:
        with app.app_context():
            Base.metadata.create_all(db.engine)
        yield app
    finally:
        app.extensions["database_engine"].dispose()
        databases.drop_postgres_database(name)


def app_settings(url: str, prefix: str) -> dict:
    """The test app's settings (tests/conftest.py) on database `url`."""
    return {
        "TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False, "ARGON2_PROFILE": "test", "REDIS_URL": "",
        "MAIL_SERVER": "", "SERVER_NAME": "visitatie.test",
        "PUBLIC_BASE_URL": "http://visitatie.test", "TWO_FACTOR_REQUIRED_ROLES": (),
        "UPLOAD_FOLDER": tempfile.mkdtemp(prefix=f"{prefix}-uploads-"),
        "LOGIN_THROTTLE_ENABLED": False,
    }


@pytest.fixture(scope="module")
def race_app(pytestconfig):
    with separate_database_app(pytestconfig, "visitatie_race") as app:
        yield app


@dataclass
class Attempt:
    """One side of a race: `load(session)` before the barrier, `act(session, loaded)` after."""
    load: object
    act: object


def race(app, first: Attempt, second: Attempt) -> list[str]:
    """Run both attempts at once, each as one request's unit of work; return the outcomes."""
    barrier = threading.Barrier(2, timeout=WAIT)

    def run(attempt: Attempt) -> str:
        with app.test_request_context():
            loaded = attempt.load(db.session)
            barrier.wait()
            try:
                attempt.act(db.session, loaded)
            except DomainError as error:
                rollback()
                return f"geweigerd: {error.message}"
            commit()
            return "gelukt"

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(run, first), pool.submit(run, second)]
        return sorted(future.result(timeout=WAIT) for future in futures)


def audit_count(app, obj_type: str, obj_id: int, action: str) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.object_type == obj_type, AuditEvent.object_id == obj_id,
            AuditEvent.action == action))


def committed_world(app):
    """A fresh world (ronde, diensten, visitatie, users), committed; return it with user ids."""
    with app.app_context():
        # make_world names its dienst alike each time; keep the earlier ones apart
        db.session.execute(update(Dienst).where(Dienst.naam == WORLD_DIENST)
                           .values(naam=Dienst.naam + " " + cast(Dienst.id, String)))
        world = factories.make_world(db.session)
        world.user_ids = {key: user.id for key, user in world.users.items()}
        return world


def _user(session, world, key) -> User:
    return session.get(User, world.user_ids[key])


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_transitions_of_one_visitatie(race_app, round_):
    """Beheerder and secretaris both press 'start voorbereiding' on the page they loaded."""
    world = committed_world(race_app)
    visitatie_id = world.visitatie.id

    def attempt(key):
        def load(session):
            return load_visitatie(session, visitatie_id), _user(session, world, key)

        def act(session, loaded):
            visitatie, actor = loaded
            fire_transition(session, actor, visitatie, "start_voorbereiding",
                            version_id=visitatie.version_id)
        return Attempt(load, act)

    outcomes = race(race_app, attempt("beheerder"), attempt("secretaris"))
    assert outcomes == ["gelukt", "geweigerd: Deze visitatie is intussen gewijzigd. Bekijk de "
                        "nieuwe stand en probeer het opnieuw."]
    assert audit_count(race_app, "visitatie", visitatie_id, "fase_gewijzigd") == 1
    with race_app.app_context():
        assert db.session.get(type(world.visitatie), visitatie_id).state == "voorbereiding"


def committed_plan(app, state_events=()):
    """A world whose visitatie has a vastgesteld report and a covered concept verbeterplan."""
    world = committed_world(app)
    with app.test_request_context():
        session = db.session
        aanbevelingen = plan_factories.adopt_report(session, world.visitatie, aantal=2)
        plan = plan_factories.make_plan(session, world.visitatie)
        plan_factories.cover_all(session, plan, aanbevelingen)
        for key, event, remark in state_events:
            fire_plan_transition(session, _user(session, world, key), plan, event, remark)
            commit()
        world.plan_id = plan.id
    return world


def plan_attempt(world, key, event, remark=None) -> Attempt:
    def load(session):
        return session.get(Verbeterplan, world.plan_id), _user(session, world, key)

    def act(session, loaded):
        plan, actor = loaded
        fire_plan_transition(session, actor, plan, event, remark, version_id=plan.version_id)
    return Attempt(load, act)


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_the_same_plan_transition_twice(race_app, round_):
    """The directeur submits the plan from two tabs at once."""
    world = committed_plan(race_app)
    outcomes = race(race_app, plan_attempt(world, "directeur", "indienen"),
                    plan_attempt(world, "directeur", "indienen"))
    assert outcomes == ["gelukt", "geweigerd: Dit verbeterplan is intussen gewijzigd. Bekijk "
                        "de nieuwe stand en probeer het opnieuw."]
    assert audit_count(race_app, "verbeterplan", world.plan_id, "plan_fase_gewijzigd") == 1


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_different_plan_transitions(race_app, round_):
    """The voorzitter accepts a submitted plan while the beheerder sends it back."""
    world = committed_plan(race_app, [("directeur", "indienen", None)])
    outcomes = race(race_app, plan_attempt(world, "voorzitter", "accepteren"),
                    plan_attempt(world, "beheerder", "terugsturen", "Actie 2 is te vaag."))
    assert outcomes[0] == "gelukt"
    assert outcomes[1].startswith("geweigerd: Dit verbeterplan is intussen gewijzigd.")
    assert audit_count(race_app, "verbeterplan", world.plan_id, "plan_fase_gewijzigd") == 2
    with race_app.app_context():
        plan = db.session.get(Verbeterplan, world.plan_id)
        assert plan.state in ("geaccepteerd", "teruggestuurd")


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_saves_of_one_report_section(race_app, round_):
    """Two people save the same section, both from the version they loaded: no lost update."""
    world = committed_world(race_app)
    with race_app.app_context():
        session = db.session
        visitatie, secretaris = load_visitatie(session, world.visitatie.id), _user(
            session, world, "secretaris")
        themas = make_codeboek(session, visitatie.ronde)
        add_bevindingen(session, visitatie, themas, secretaris)
        set_state(session, visitatie, "concept_rapport")
        versie = make_version(session, visitatie, secretaris)
        sectie_id = versie.secties[0].id

    def attempt(tekst):
        def load(session):
            sectie = session.get(RapportSectie, sectie_id)
            return load_visitatie(session, world.visitatie.id), sectie, sectie.version_id

        def act(session, loaded):
            visitatie, sectie, version_id = loaded
            report_ops.update_section(session, _user(session, world, "secretaris"), visitatie,
                                      sectie, tekst=tekst, version_id=version_id)
        return Attempt(load, act)

    outcomes = race(race_app, attempt("Tekst van de eerste."), attempt("Tekst van de tweede."))
    assert outcomes[0] == "gelukt"
    assert outcomes[1].startswith("geweigerd: Deze sectie is intussen door iemand anders "
                                  "gewijzigd.")
    assert audit_count(race_app, "rapport_sectie", sectie_id, "rapportsectie_gewijzigd") == 1
    with race_app.app_context():
        sectie = db.session.get(RapportSectie, sectie_id)
        assert sectie.tekst in ("Tekst van de eerste.", "Tekst van de tweede.")
        assert sectie.version_id == 2  # one save, not two
