"""The Rode draden workflow through the web: guards with their Dutch messages, roles, effects.

concept -> klankbord -> concept ... -> vastgesteld (bestuur) -> gepubliceerd; corrigeren.
"""
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.synthese import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.core.dates import local_today
from visitatie.mail.models import OutgoingMail
from visitatie.notificaties.models import Notificatie
from visitatie.synthese.models import KlankbordOpmerking, Synthese

ROLES = ["beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur", "directeur_elders"]
# event -> (state it leaves, state it reaches, roles that may fire it)
EVENTS = {
    "naar_klankbord": ("concept", "klankbord", {"beheerder", "auteur"}),
    "klankbord_afronden": ("klankbord", "concept", {"beheerder", "auteur"}),
    "terugsturen": ("vastgesteld", "concept", {"bestuur"}),
    "publiceren": ("vastgesteld", "gepubliceerd", {"beheerder"}),
    "corrigeren": ("gepubliceerd", "concept", {"beheerder"}),
}
ALLOWED = [(e, r) for e, (_s, _t, roles) in EVENTS.items() for r in sorted(roles)]
FORBIDDEN = [(e, r) for e, (_s, _t, roles) in EVENTS.items() for r in ROLES if r not in roles]


def _fire(browser, synthese, event, **data):
    return browser.post(f"/rode-draden/{synthese.id}/transities/{event}", data=data)


def _reload(session, synthese):
    session.expire_all()
    return session.get(Synthese, synthese.id)


def _phase_events(session, synthese):
    return list(session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "synthese", AuditEvent.object_id == synthese.id,
        AuditEvent.action == "synthese_fase_gewijzigd").order_by(AuditEvent.id)))


def _ready(session, synthese, state):
    f.write_everything(session, synthese)
    f.set_state(session, synthese, state, klankbord_ronde=1 if state != "concept" else 0)


@pytest.mark.parametrize("event,key", ALLOWED)
def test_each_step_by_each_allowed_role(session, login, world, synthese, event, key):
    source, target, _roles = EVENTS[event]
    _ready(session, synthese, source)
    response = _fire(login(world.users[key]), synthese, event, opmerking="Zo is het goed.")
    assert response.status_code == 302, response.text[:3000]
    assert _reload(session, synthese).state == target
    audit = _phase_events(session, synthese)[-1]
    assert (audit.from_state, audit.to_state, audit.actor_id, audit.comment) == (
        source, target, world.users[key].id, "Zo is het goed.")
    assert audit.details["handeling"] == event


@pytest.mark.parametrize("event,key", FORBIDDEN)
def test_each_step_is_403_for_every_other_role(session, login, world, synthese, event, key):
    source, _target, _roles = EVENTS[event]
    _ready(session, synthese, source)
    response = _fire(login(world.users[key]), synthese, event, opmerking="Zomaar.")
    assert response.status_code == 403
    assert _reload(session, synthese).state == source
    assert _phase_events(session, synthese) == []


def test_to_the_klankbord_only_when_every_main_chapter_has_text(session, login, synthese,
                                                              auteur):
    browser = login(auteur)
    page = browser.get(f"/rode-draden/{synthese.id}").text
    assert "nog niet mogelijk:" in page and "3 hoofdstukken hebben nog geen tekst" in page
    response = _fire(browser, synthese, "naar_klankbord")
    assert response.status_code == 409
    assert ("3 hoofdstukken hebben nog geen tekst: ‘Bestuurlijk-ambtelijk samenspel’, "
            "‘Ketensamenwerking’ en ‘Sturing en informatie’.") in response.text
    assert _reload(session, synthese).state == "concept"


def test_empty_sub_theme_chapters_do_not_block(session, login, synthese, auteur, klankbord):
    for sectie in synthese.secties:
        sectie.tekst = None if sectie.thema.parent_id else f"Over {sectie.titel}."
    session.commit()
    assert _fire(login(auteur), synthese, "naar_klankbord").status_code == 302
    assert _reload(session, synthese).state == "klankbord"


def test_to_the_klankbord_needs_members(session, login, world, synthese, auteur, klankbord):
    f.write_everything(session, synthese)
    klankbord.is_actief = False
    session.commit()
    response = _fire(login(auteur), synthese, "naar_klankbord")
    assert response.status_code == 409
    assert "nog geen leden van de klankbordgroep" in response.text


def test_to_the_klankbord_counts_the_round_and_tells_the_members(session, login, synthese,
                                                                auteur, klankbord):
    f.write_everything(session, synthese)
    assert _fire(login(auteur), synthese, "naar_klankbord").status_code == 302
    assert _reload(session, synthese).klankbord_ronde == 1
    [row] = session.scalars(select(Notificatie).where(
        Notificatie.soort == "synthese_naar_klankbord")).all()
    assert (row.user_id, row.object_type, row.object_id) == (klankbord.id, "synthese",
                                                             synthese.id)
    [mail] = session.scalars(select(OutgoingMail)).all()
    assert mail.to_address == klankbord.email
    assert "ligt bij de klankbordgroep, klankbordronde 1" in mail.body_text
    assert f"http://visitatie.test/rode-draden/{synthese.id}" in mail.body_text


def test_closing_the_round_tells_the_authors(session, login, synthese, beheerder, auteur):
    _ready(session, synthese, "klankbord")
    assert _fire(login(beheerder), synthese, "klankbord_afronden").status_code == 302
    [mail] = session.scalars(select(OutgoingMail)).all()
    assert mail.to_address == auteur.email
    assert "Verwerk de opmerkingen van de klankbordgroep" in mail.body_text


def test_adoption_waits_for_processed_comments(session, login, world, synthese, bestuur,
                                               klankbord):
    _ready(session, synthese, "concept")
    synthese.klankbord_ronde = 1
    session.commit()
    for tekst in ("Eén.", "Twee.", "Drie."):
        f.add_comment(session, synthese, synthese.secties[0], klankbord, tekst=tekst)
    browser = login(bestuur)
    page = browser.get(f"/rode-draden/{synthese.id}").text
    assert "Nog 3 opmerkingen van de klankbordgroep zijn niet verwerkt." in page
    assert f'href="/rode-draden/{synthese.id}/vaststellen"' not in page
    response = browser.post(f"/rode-draden/{synthese.id}/vaststellen",
                            data={"vastgesteld_op": "2026-01-15"})
    assert response.status_code == 400
    assert "Nog 3 opmerkingen van de klankbordgroep zijn niet verwerkt." in response.text
    assert _reload(session, synthese).state == "concept"


def test_adoption_needs_the_klankbord_heard_and_conclusions(session, login, synthese, bestuur):
    f.write_everything(session, synthese, conclusions=False)
    browser = login(bestuur)
    page = browser.get(f"/rode-draden/{synthese.id}").text
    assert "De integrale conclusies zijn nog niet geschreven." in page
    synthese.integrale_conclusies = "Klaar."
    session.commit()
    page = browser.get(f"/rode-draden/{synthese.id}").text
    assert "De klankbordgroep heeft het concept nog niet gezien." in page


def test_the_bestuur_adopts_on_the_date_of_its_meeting(session, login, synthese, bestuur):
    _ready(session, synthese, "concept")
    synthese.klankbord_ronde = 1
    session.commit()
    browser = login(bestuur)
    form = browser.get(f"/rode-draden/{synthese.id}/vaststellen")
    assert f'value="{local_today().isoformat()}"' in form.text  # today by default
    future = (local_today() + timedelta(days=3)).isoformat()
    response = browser.post(f"/rode-draden/{synthese.id}/vaststellen", data={
        "vastgesteld_op": future, "version_id": synthese.version_id})
    assert response.status_code == 400 and "ligt in de toekomst" in response.text
    response = browser.post(f"/rode-draden/{synthese.id}/vaststellen", data={
        "vastgesteld_op": "2026-01-15", "opmerking": "Bestuursvergadering januari.",
        "version_id": synthese.version_id})
    assert response.status_code == 302
    adopted = _reload(session, synthese)
    assert (adopted.state, adopted.vastgesteld_op, adopted.vastgesteld_door_id) == (
        "vastgesteld", date(2026, 1, 15), bestuur.id)
    assert adopted.vastgesteld_at is not None
    audit = _phase_events(session, synthese)[-1]
    assert audit.details["vastgesteld_op"] == "2026-01-15"
    assert audit.comment == "Bestuursvergadering januari."


@pytest.mark.parametrize("key", ["beheerder", "auteur", "klankbord"])
def test_only_the_bestuur_adopts(session, login, world, synthese, key):
    _ready(session, synthese, "concept")
    synthese.klankbord_ronde = 1
    session.commit()
    browser = login(world.users[key])
    assert browser.get(f"/rode-draden/{synthese.id}/vaststellen").status_code == 403
    assert _fire(browser, synthese, "vaststellen").status_code == 403
    assert _reload(session, synthese).state == "concept"


def test_returning_needs_a_remark_and_clears_the_adoption(session, login, synthese, bestuur):
    _ready(session, synthese, "vastgesteld")
    browser = login(bestuur)
    response = _fire(browser, synthese, "terugsturen", opmerking="  ")
    assert response.status_code == 409
    assert "Schrijf in de opmerking waarom; die is hier verplicht." in response.text
    assert _fire(browser, synthese, "terugsturen", opmerking="Hoofdstuk 4 aanscherpen."
                 ).status_code == 302
    returned = _reload(session, synthese)
    assert (returned.state, returned.vastgesteld_at, returned.vastgesteld_op) == (
        "concept", None, None)


def test_a_stale_step_is_refused(session, login, synthese, auteur):
    f.write_everything(session, synthese)
    version = synthese.version_id
    synthese.titel = "Intussen gewijzigd"
    session.commit()
    response = _fire(login(auteur), synthese, "naar_klankbord", version_id=version)
    assert response.status_code == 409
    assert "De rapportage is intussen gewijzigd." in response.text
    assert _reload(session, synthese).state == "concept"


def test_the_whole_way_to_publication(session, login, world, synthese, auteur, klankbord,
                                      bestuur, beheerder):
    f.write_everything(session, synthese)
    assert _fire(login(auteur), synthese, "naar_klankbord").status_code == 302
    sectie = synthese.secties[0]
    browser = login(klankbord)
    for tekst in ("Eerste opmerking.", "Tweede opmerking."):
        assert browser.post(f"/rode-draden/{synthese.id}/sectie/{sectie.id}/opmerkingen",
                            data={"tekst": tekst}).status_code == 302
    assert _fire(login(auteur), synthese, "klankbord_afronden").status_code == 302
    first, second = session.scalars(select(KlankbordOpmerking).order_by(
        KlankbordOpmerking.id)).all()
    browser = login(auteur)
    for opmerking, verwerking, reactie in ((first, "overgenomen", ""),
                                           (second, "niet_overgenomen", "Valt buiten het thema.")):
        prefix = f"verwerking-{opmerking.id}-"
        assert browser.post(
            f"/rode-draden/{synthese.id}/opmerkingen/{opmerking.id}/verwerken",
            data={prefix + "verwerking": verwerking, prefix + "reactie": reactie,
                  prefix + "version_id": opmerking.version_id}).status_code == 302
    assert login(bestuur).post(f"/rode-draden/{synthese.id}/vaststellen", data={
        "vastgesteld_op": "2026-02-01"}).status_code == 302
    assert _fire(login(beheerder), synthese, "publiceren").status_code == 302
    assert _reload(session, synthese).state == "gepubliceerd"
    assert [(e.from_state, e.to_state) for e in _phase_events(session, synthese)] == [
        ("concept", "klankbord"), ("klankbord", "concept"), ("concept", "vastgesteld"),
        ("vastgesteld", "gepubliceerd")]
    actions = {e.action for e in session.scalars(select(AuditEvent))}
    assert {"klankbord_opmerking_geplaatst", "klankbord_opmerking_verwerkt",
            "publicatie_toegevoegd"} <= actions


def test_an_odd_version_number_is_refused_not_a_500(session, login, synthese, auteur):
    """'²' passes str.isdigit but not int(); the step must be refused, not crash."""
    response = login(auteur).post(f"/rode-draden/{synthese.id}/transities/naar_klankbord",
                                  data={"version_id": "²", "opmerking": ""})
    assert response.status_code in (400, 409)
    assert _reload(session, synthese).state == "concept"
