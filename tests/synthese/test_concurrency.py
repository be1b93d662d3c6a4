"""Two people act on the same edition at the same moment (PostgreSQL, real commits).

Uses the race harness of tests/security/test_concurrency.py: each side runs a view's unit of
work in its own session, released together by a barrier. Exactly one wins; the other is told
in Dutch; nothing slips in after a step's checks.
"""
import pytest
from sqlalchemy import select

from tests.bevindingen.factories import make_codeboek
from tests.security.test_concurrency import (
    ROUNDS, Attempt, audit_count, committed_world, race, separate_database_app,
)
from tests.synthese import factories as f
from visitatie.auth.models import User
from visitatie.extensions import db
from visitatie.synthese import operations as ops
from visitatie.synthese.models import Synthese, SyntheseSectie

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def race_app(pytestconfig):
    with separate_database_app(pytestconfig, "visitatie_race_rd") as app:
        yield app


def _edition(app) -> tuple[int, int, dict]:
    """A committed edition with every chapter written; return its id, a chapter id, user ids."""
    world = committed_world(app)
    with app.app_context():
        for name in ("ronde", "visitatie", "other_visitatie"):
            setattr(world, name, db.session.merge(getattr(world, name)))
        world.users = {key: db.session.merge(user) for key, user in world.users.items()}
        themas = make_codeboek(db.session, world.ronde)
        f.add_findings(db.session, world, themas)
        synthese = f.make_synthese(db.session, world, titel=f"Race {world.ronde.nummer}")
        f.write_everything(db.session, synthese)
        return synthese.id, synthese.secties[0].id, world.user_ids


def _load(synthese_id, sectie_id):
    def load(session):
        synthese = session.get(Synthese, synthese_id)
        return synthese, session.get(SyntheseSectie, sectie_id), synthese.version_id
    return load


def _save(user_id, tekst):
    def act(session, loaded):
        synthese, sectie, _version = loaded
        ops.save_section(session, session.get(User, user_id), synthese, sectie, tekst=tekst,
                         version_id=sectie.version_id)
    return act


def _to_klankbord(user_id):
    def act(session, loaded):
        synthese, _sectie, version = loaded
        ops.fire_synthese_transition(session, session.get(User, user_id), synthese,
                                     "naar_klankbord", version_id=version)
    return act


@pytest.mark.parametrize("attempt", range(ROUNDS))
def test_two_saves_of_one_chapter(race_app, attempt):
    synthese_id, sectie_id, users = _edition(race_app)
    load = _load(synthese_id, sectie_id)
    outcomes = race(race_app, Attempt(load, _save(users["auteur"], "Van de auteur.")),
                    Attempt(load, _save(users["beheerder"], "Van de beheerder.")))
    assert outcomes == ["gelukt", "geweigerd: Dit hoofdstuk is intussen door iemand anders "
                        "gewijzigd. Uw tekst staat nog in het formulier; de opgeslagen tekst "
                        "staat eronder. Neem over wat nodig is en sla opnieuw op."]
    assert audit_count(race_app, "synthese_sectie", sectie_id, "synthese_sectie_gewijzigd") == 1


@pytest.mark.parametrize("attempt", range(ROUNDS))
def test_two_people_send_it_to_the_klankbord(race_app, attempt):
    synthese_id, sectie_id, users = _edition(race_app)
    load = _load(synthese_id, sectie_id)
    outcomes = race(race_app, Attempt(load, _to_klankbord(users["auteur"])),
                    Attempt(load, _to_klankbord(users["beheerder"])))
    assert outcomes == ["gelukt", "geweigerd: De rapportage is intussen gewijzigd. Bekijk de "
                        "nieuwe stand en probeer het opnieuw."]
    with race_app.app_context():
        assert db.session.get(Synthese, synthese_id).klankbord_ronde == 1
    assert audit_count(race_app, "synthese", synthese_id, "synthese_fase_gewijzigd") == 1


@pytest.mark.parametrize("attempt", range(ROUNDS))
def test_emptying_a_chapter_while_it_goes_to_the_klankbord(race_app, attempt):
    synthese_id, sectie_id, users = _edition(race_app)
    load = _load(synthese_id, sectie_id)
    outcomes = race(race_app, Attempt(load, _save(users["auteur"], "")),
                    Attempt(load, _to_klankbord(users["beheerder"])))
    assert outcomes[0] == "gelukt" and outcomes[1].startswith("geweigerd: ")
    with race_app.app_context():
        synthese = db.session.get(Synthese, synthese_id)
        texts = db.session.scalars(select(SyntheseSectie.tekst).where(
            SyntheseSectie.synthese_id == synthese_id)).all()
        # whichever came first, an edition at the klankbord never has an empty chapter
        assert synthese.state == "concept" or all(texts)
