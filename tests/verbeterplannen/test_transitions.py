"""Every verbeterplan transition through the web: new state, columns, audit row, 403, 409."""
import pytest
from sqlalchemy import select

from tests.verbeterplannen import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.verbeterplannen.models import Verbeterplan

ALL_ROLES = ["beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
             "contactpersoon", "klankbord", "directeur_elders"]
# event -> (state it leaves, state it reaches, roles that may fire it)
EVENTS = {
    "indienen": ("concept", "ingediend", {"directeur"}),
    "terugsturen": ("ingediend", "teruggestuurd", {"beheerder", "voorzitter"}),
    "accepteren": ("ingediend", "geaccepteerd", {"beheerder", "voorzitter"}),
    "publiceren": ("vastgesteld", "gepubliceerd", {"directeur", "beheerder"}),
    "uitvoering_starten": ("gepubliceerd", "in_uitvoering", {"directeur", "contactpersoon"}),
    "afronden": ("in_uitvoering", "afgerond", {"directeur"}),
}
ALLOWED = [(event, role) for event, (_s, _t, roles) in EVENTS.items() for role in sorted(roles)]
FORBIDDEN = [(event, role) for event, (_s, _t, roles) in EVENTS.items()
             for role in ALL_ROLES if role not in roles]


def _ready(session, plan, aanbevelingen, state):
    """The plan in `state` with every guard of the events leaving it satisfied."""
    f.cover_all(session, plan, aanbevelingen,
                status="gerealiseerd" if state == "in_uitvoering" else "gepland")
    f.set_state(session, plan, state)


def _fire(client, plan, event, **data):
    return client.post(f"/verbeterplannen/{plan.id}/transities/{event}", data=data)


def _state(session, plan):
    session.expire_all()
    return session.get(Verbeterplan, plan.id).state


def _events(session, plan, action="plan_fase_gewijzigd"):
    return list(session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "verbeterplan", AuditEvent.object_id == plan.id,
        AuditEvent.action == action).order_by(AuditEvent.id)))


@pytest.mark.parametrize("event,key", ALLOWED)
def test_each_transition_by_each_allowed_role(session, login, world, plan, aanbevelingen,
                                              event, key):
    source, target, _roles = EVENTS[event]
    _ready(session, plan, aanbevelingen, source)
    response = _fire(login(world.users[key]), plan, event, opmerking="Akkoord zo.")
    assert response.status_code == 302, response.text[:3000]
    assert _state(session, plan) == target
    audit = _events(session, plan)[-1]
    assert (audit.from_state, audit.to_state, audit.actor_id) == (
        source, target, world.users[key].id)
    assert audit.comment == "Akkoord zo."
    assert audit.details["handeling"] == event


@pytest.mark.parametrize("event,key", FORBIDDEN)
def test_each_transition_is_403_for_every_other_role(session, login, world, plan, aanbevelingen,
                                                     event, key):
    source, _target, _roles = EVENTS[event]
    _ready(session, plan, aanbevelingen, source)
    response = _fire(login(world.users[key]), plan, event, opmerking="Zomaar.")
    assert response.status_code == 403
    assert _state(session, plan) == source
    assert _events(session, plan) == []


def test_state_columns_follow_the_transitions(session, login, world, plan, aanbevelingen,
                                              directeur, beheerder):
    f.cover_all(session, plan, aanbevelingen)
    _fire(login(directeur), plan, "indienen")
    session.expire_all()
    assert session.get(Verbeterplan, plan.id).ingediend_at is not None
    _fire(login(beheerder), plan, "accepteren")
    session.expire_all()
    assert session.get(Verbeterplan, plan.id).geaccepteerd_at is not None
    f.set_state(session, plan, "vastgesteld")
    _fire(login(beheerder), plan, "publiceren")
    session.expire_all()
    assert session.get(Verbeterplan, plan.id).gepubliceerd_at is not None


def test_resubmitting_after_terugsturen(session, login, world, plan, aanbevelingen, directeur,
                                        voorzitter):
    f.cover_all(session, plan, aanbevelingen)
    assert _fire(login(directeur), plan, "indienen").status_code == 302
    assert _fire(login(voorzitter), plan, "terugsturen",
                 opmerking="Maak actie 2 concreter.").status_code == 302
    assert _state(session, plan) == "teruggestuurd"
    assert _fire(login(directeur), plan, "indienen").status_code == 302
    assert [(e.from_state, e.to_state) for e in _events(session, plan)] == [
        ("concept", "ingediend"), ("ingediend", "teruggestuurd"), ("teruggestuurd", "ingediend")]
    assert _events(session, plan)[1].comment == "Maak actie 2 concreter."


# --- guards and their messages ----------------------------------------------------------

def test_indienen_names_the_uncovered_aanbevelingen(session, login, world, directeur):
    aanbevelingen = f.adopt_report(session, world.visitatie, aantal=5)
    plan = f.make_plan(session, world.visitatie)
    f.make_actie(session, plan, [aanbevelingen[0], aanbevelingen[1]])
    f.decline(session, plan, aanbevelingen[3])
    response = _fire(login(directeur), plan, "indienen")
    assert response.status_code == 409
    assert ("Aanbeveling 3 en 5 hebben nog geen actie en ook geen motivering waarom ze niet "
            "worden overgenomen.") in response.text
    assert _state(session, plan) == "concept"
    assert _events(session, plan) == []


def test_indienen_names_a_single_uncovered_aanbeveling(session, login, world, plan,
                                                       aanbevelingen, directeur):
    f.make_actie(session, plan, aanbevelingen[:2])
    response = _fire(login(directeur), plan, "indienen")
    assert response.status_code == 409
    assert ("Aanbeveling 3 heeft nog geen actie en ook geen motivering waarom die niet wordt "
            "overgenomen.") in response.text


def test_indienen_names_three_uncovered_aanbevelingen(session, login, world, plan,
                                                      aanbevelingen, directeur):
    response = _fire(login(directeur), plan, "indienen")
    assert "Aanbeveling 1, 2 en 3 hebben nog geen actie" in response.text


def test_a_motivated_niet_overgenomen_covers_an_aanbeveling(session, login, world, plan,
                                                             aanbevelingen, directeur):
    f.make_actie(session, plan, aanbevelingen[:2])
    f.decline(session, plan, aanbevelingen[2])
    assert _fire(login(directeur), plan, "indienen").status_code == 302
    assert _state(session, plan) == "ingediend"


def test_the_page_shows_why_indienen_cannot_yet(session, login, world, plan, aanbevelingen,
                                                directeur):
    f.make_actie(session, plan, aanbevelingen[1:])
    page = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    assert "Verbeterplan indienen</strong> — nog niet mogelijk:" in page
    assert "Aanbeveling 1 heeft nog geen actie" in page
    assert "Verbeterplan indienen</button>" not in page
    assert 'class="aanbeveling aanbeveling--open" id="aanbeveling-1"' in page


@pytest.mark.parametrize("key", ["beheerder", "voorzitter"])
def test_accepteren_checks_the_coverage_again(session, login, world, plan, aanbevelingen, key):
    f.make_actie(session, plan, aanbevelingen[:2])
    f.set_state(session, plan, "ingediend")  # e.g. an aanbeveling added after submission
    response = _fire(login(world.users[key]), plan, "accepteren")
    assert response.status_code == 409
    assert "Aanbeveling 3 heeft nog geen actie" in response.text
    assert _state(session, plan) == "ingediend"


@pytest.mark.parametrize("key", ["beheerder", "voorzitter"])
@pytest.mark.parametrize("opmerking", ["", "   "])
def test_terugsturen_needs_a_remark(session, login, world, plan, aanbevelingen, key, opmerking):
    _ready(session, plan, aanbevelingen, "ingediend")
    response = _fire(login(world.users[key]), plan, "terugsturen", opmerking=opmerking)
    assert response.status_code == 409
    assert "Schrijf in de opmerking wat de dienst moet aanpassen." in response.text
    assert _state(session, plan) == "ingediend"


def test_vaststellen_without_the_form_says_what_is_missing(session, login, world, plan,
                                                          aanbevelingen, directeur):
    _ready(session, plan, aanbevelingen, "geaccepteerd")
    response = _fire(login(directeur), plan, "vaststellen")
    assert response.status_code == 409
    assert "Leg eerst vast op welke datum het bestuur het verbeterplan heeft vastgesteld." \
        in response.text
    assert _state(session, plan) == "geaccepteerd"


@pytest.mark.parametrize("key", ["contactpersoon", "beheerder", "voorzitter"])
def test_vaststellen_is_403_for_other_roles(session, login, world, plan, aanbevelingen, key):
    _ready(session, plan, aanbevelingen, "geaccepteerd")
    assert _fire(login(world.users[key]), plan, "vaststellen").status_code == 403


def test_afronden_with_open_acties_says_how_many(session, login, world, plan, aanbevelingen,
                                                 directeur):
    f.make_actie(session, plan, aanbevelingen[:1], status="gerealiseerd")
    f.make_actie(session, plan, aanbevelingen[1:2], status="loopt")
    f.make_actie(session, plan, aanbevelingen[2:], status="vertraagd")
    f.set_state(session, plan, "in_uitvoering")
    response = _fire(login(directeur), plan, "afronden")
    assert response.status_code == 409
    assert "2 acties zijn nog niet gerealiseerd of gestopt." in response.text
    assert _state(session, plan) == "in_uitvoering"


def test_afronden_after_all_closed_including_gestopt(session, login, world, plan, aanbevelingen,
                                                     directeur):
    f.make_actie(session, plan, aanbevelingen[:2], status="gerealiseerd")
    f.make_actie(session, plan, aanbevelingen[2:], status="gestopt")
    f.set_state(session, plan, "in_uitvoering")
    assert _fire(login(directeur), plan, "afronden").status_code == 302
    session.expire_all()
    assert session.get(Verbeterplan, plan.id).afgerond_at is not None


def test_afronden_without_acties_is_refused(session, login, world, plan, aanbevelingen,
                                            directeur):
    for b in aanbevelingen:
        f.decline(session, plan, b)
    f.set_state(session, plan, "in_uitvoering")
    response = _fire(login(directeur), plan, "afronden")
    assert response.status_code == 409
    assert "Het verbeterplan heeft geen acties" in response.text


@pytest.mark.parametrize("event,key", [("accepteren", "beheerder"), ("publiceren", "directeur"),
                                       ("afronden", "directeur")])
def test_event_in_the_wrong_phase_is_409(session, login, world, plan, aanbevelingen, event,
                                         key):
    f.cover_all(session, plan, aanbevelingen)
    response = _fire(login(world.users[key]), plan, event)
    assert response.status_code == 409
    assert "Dit kan niet in de huidige fase van het verbeterplan." in response.text
    assert _state(session, plan) == "concept"


def test_unknown_event_is_409(session, login, world, plan, directeur):
    response = _fire(login(directeur), plan, "alles_overslaan")
    assert response.status_code == 409
    assert "Deze handeling bestaat niet." in response.text


def test_a_stale_page_is_refused(session, login, world, plan, aanbevelingen, directeur):
    f.cover_all(session, plan, aanbevelingen)
    response = _fire(login(directeur), plan, "indienen", version_id=str(plan.version_id + 5))
    assert response.status_code == 409
    assert "intussen gewijzigd" in response.text
    assert _state(session, plan) == "concept"


def test_the_remark_typed_is_kept_after_a_refusal(session, login, world, plan, aanbevelingen,
                                                  directeur):
    f.cover_all(session, plan, aanbevelingen)
    response = _fire(login(directeur), plan, "indienen", opmerking="Mijn toelichting",
                     version_id="999")
    assert response.status_code == 409
    assert "Mijn toelichting</textarea>" in response.text


def test_csrf_is_required(request, session, login, world, plan, aanbevelingen, directeur):
    f.cover_all(session, plan, aanbevelingen)
    client = login(directeur)
    request.getfixturevalue("csrf_enabled")  # after logging in, which posts without a token
    assert _fire(client, plan, "indienen").status_code == 400
    assert _state(session, plan) == "concept"


# --- buttons on the page ------------------------------------------------------------------

def test_page_shows_only_the_buttons_the_user_may_press(session, login, world, plan,
                                                        aanbevelingen):
    _ready(session, plan, aanbevelingen, "ingediend")
    page = login(world.users["voorzitter"]).get(f"/verbeterplannen/{plan.id}").text
    assert "Terugsturen naar de dienst</button>" in page
    assert "Verbeterplan accepteren</button>" in page
    for key in ("directeur", "contactpersoon", "secretaris", "bestuur"):
        page = login(world.users[key]).get(f"/verbeterplannen/{plan.id}").text
        assert "Volgende stap" not in page, key


def test_geaccepteerd_plan_offers_the_vaststelling_form(session, login, world, plan,
                                                        aanbevelingen, directeur):
    _ready(session, plan, aanbevelingen, "geaccepteerd")
    page = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    assert f'href="/verbeterplannen/{plan.id}/vaststellen">Vaststelling vastleggen</a>' in page


def test_timeline_names_the_phases(session, login, world, plan, aanbevelingen, directeur):
    f.cover_all(session, plan, aanbevelingen)
    _fire(login(directeur), plan, "indienen", opmerking="Graag beoordelen.")
    page = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    assert "fase van het verbeterplan gewijzigd (Concept → Ingediend)" in page
    assert "Graag beoordelen." in page
