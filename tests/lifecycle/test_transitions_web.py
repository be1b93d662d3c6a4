"""Every lifecycle transition through the web: new state, audit row, 403, refusal message."""
from datetime import date, datetime, time, timezone

import pytest
from sqlalchemy import select

from visitatie.audit.models import AuditEvent
from visitatie.gesprekken.models import Gesprek
from visitatie.kernstukken.models import KernstukDocument
from visitatie.notificaties.models import Notificatie
from visitatie.rapporten.models import RapportVersie
from visitatie.rondes.models import KernstukType
from visitatie.visitaties.models import Visitatie
from visitatie.core.dates import local_today

NOW = datetime(2026, 3, 10, 12, tzinfo=timezone.utc)


def _kernstuk_type(session, world, naam="Zelfevaluatie"):
    kind = KernstukType(ronde_id=world.ronde.id, code=naam.lower(), naam=naam, is_verplicht=True,
                        volgorde=1)
    session.add(kind)
    session.flush()
    return kind


def _upload(session, world, kind, uploader):
    session.add(KernstukDocument(
        visitatie_id=world.visitatie.id, kernstuk_type_id=kind.id, versie=1,
        bestandsnaam="zelfevaluatie.pdf", opslagnaam=f"test-{kind.id}", sha256="0" * 64,
        grootte=10, mime_type="application/pdf", uploaded_by_id=uploader.id))


def _held(session, world, categorie, held=True):
    session.add(Gesprek(visitatie_id=world.visitatie.id, dag=1, start_tijd=time(9),
                        eind_tijd=time(10), categorie=categorie, niveau="directie",
                        is_gehouden=held))


def _approved_version(session, world, status="goedgekeurd"):
    version = RapportVersie(visitatie_id=world.visitatie.id, nummer=1, status=status,
                            goedgekeurd_at=NOW if status != "werkversie" else None)
    session.add(version)
    return version


def _put_in(session, world, state, **columns):
    visitatie = session.get(Visitatie, world.visitatie.id)
    visitatie.state = state
    for name, value in columns.items():
        setattr(visitatie, name, value)
    session.commit()


def _fire(client, world, event, **data):
    return client.post(f"/visitaties/{world.visitatie.id}/transities/{event}", data=data)


def _state(session, world):
    session.expire_all()
    return session.get(Visitatie, world.visitatie.id).state


def _last_event(session, world):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "visitatie", AuditEvent.object_id == world.visitatie.id,
        AuditEvent.action == "fase_gewijzigd").order_by(AuditEvent.id.desc())).first()


def _assert_moved(session, world, response, source, target, actor):
    assert response.status_code == 302, response.text[:2000]
    assert _state(session, world) == target
    event = _last_event(session, world)
    assert (event.from_state, event.to_state, event.actor_id) == (source, target, actor.id)


# --- start_voorbereiding ---------------------------------------------------------------

@pytest.mark.parametrize("key", ["secretaris", "beheerder"])
def test_start_voorbereiding(session, login, world, key):
    response = _fire(login(world.users[key]), world, "start_voorbereiding", opmerking="Start")
    _assert_moved(session, world, response, "gepland", "voorbereiding", world.users[key])
    assert _last_event(session, world).comment == "Start"


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "directeur", "contactpersoon",
                                 "bestuur"])
def test_start_voorbereiding_is_403_for_other_roles(session, login, world, key):
    assert _fire(login(world.users[key]), world, "start_voorbereiding").status_code == 403
    assert _state(session, world) == "gepland"


def test_start_voorbereiding_without_visit_dates_says_why(session, login, world, secretaris):
    _put_in(session, world, "gepland", eerste_bezoekdag=None, tweede_bezoekdag=None)
    response = _fire(login(secretaris), world, "start_voorbereiding")
    assert response.status_code == 409
    assert "De bezoekdagen zijn nog niet vastgelegd." in response.text
    assert _state(session, world) == "gepland"


def test_page_shows_only_the_buttons_the_user_may_press(session, login, world):
    page = login(world.users["secretaris"]).get(f"/visitaties/{world.visitatie.id}").text
    assert "Voorbereiding starten</button>" in page
    page = login(world.users["directeur"]).get(f"/visitaties/{world.visitatie.id}").text
    assert "Voorbereiding starten" not in page and "Volgende stap" not in page


# --- kernstukken ---------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["directeur", "contactpersoon"])
def test_kernstukken_indienen(session, login, world, key):
    kind = _kernstuk_type(session, world)
    _upload(session, world, kind, world.users[key])
    _put_in(session, world, "voorbereiding")
    response = _fire(login(world.users[key]), world, "kernstukken_indienen")
    _assert_moved(session, world, response, "voorbereiding", "kernstukken_ingediend",
                  world.users[key])


def test_kernstukken_indienen_names_what_is_missing(session, login, world, directeur):
    _kernstuk_type(session, world, "Organogram")
    _put_in(session, world, "voorbereiding")
    response = _fire(login(directeur), world, "kernstukken_indienen")
    assert response.status_code == 409
    assert "Nog niet alle verplichte kernstukken zijn aangeleverd: Organogram." in response.text


@pytest.mark.parametrize("key", ["secretaris", "voorzitter", "beheerder", "directeur_elders"])
def test_kernstukken_indienen_is_403_for_others(session, login, world, key):
    _put_in(session, world, "voorbereiding")
    assert _fire(login(world.users[key]), world, "kernstukken_indienen").status_code == 403


def test_kernstukken_terugsturen_needs_a_remark(session, login, world, secretaris):
    _put_in(session, world, "kernstukken_ingediend")
    client = login(secretaris)
    refused = _fire(client, world, "kernstukken_terugsturen", opmerking="  ")
    assert refused.status_code == 409 and "Geef een opmerking" in refused.text
    response = _fire(client, world, "kernstukken_terugsturen",
                     opmerking="Het jaarverslag 2024 ontbreekt.")
    _assert_moved(session, world, response, "kernstukken_ingediend", "voorbereiding",
                  secretaris)
    assert _last_event(session, world).comment == "Het jaarverslag 2024 ontbreekt."


def test_kernstukken_accepteren_marks_documents_akkoord(session, login, world, secretaris):
    kind = _kernstuk_type(session, world)
    _upload(session, world, kind, world.users["directeur"])
    _put_in(session, world, "kernstukken_ingediend")
    response = _fire(login(secretaris), world, "kernstukken_accepteren")
    _assert_moved(session, world, response, "kernstukken_ingediend", "bezoek", secretaris)
    assert session.scalars(select(KernstukDocument.beoordeling)).all() == ["akkoord"]


# --- bezoek ----------------------------------------------------------------------------------

def test_bezoek_afronden_needs_intake_and_afsluiting(session, login, world, secretaris):
    _held(session, world, "intake")
    _held(session, world, "afsluitende_sessie", held=False)
    _put_in(session, world, "bezoek")
    client = login(secretaris)
    refused = _fire(client, world, "bezoek_afronden")
    assert refused.status_code == 409
    assert "De afsluitende sessie staat niet als gehouden" in refused.text
    session.scalars(select(Gesprek).where(Gesprek.categorie == "afsluitende_sessie")
                    ).one().is_gehouden = True
    session.commit()
    response = _fire(client, world, "bezoek_afronden")
    _assert_moved(session, world, response, "bezoek", "concept_rapport", secretaris)


@pytest.mark.parametrize("key", ["voorzitter", "directeur", "beheerder"])
def test_bezoek_afronden_is_403_for_others(session, login, world, key):
    _put_in(session, world, "bezoek")
    assert _fire(login(world.users[key]), world, "bezoek_afronden").status_code == 403


# --- wederhoor, vaststellen, publiceren -------------------------------------------------

def test_naar_wederhoor_sets_deadline_and_reminders(session, login, world, voorzitter):
    _approved_version(session, world)
    _put_in(session, world, "concept_rapport")
    response = _fire(login(voorzitter), world, "naar_wederhoor")
    _assert_moved(session, world, response, "concept_rapport", "wederhoor", voorzitter)
    visitatie = session.get(Visitatie, world.visitatie.id)
    assert visitatie.wederhoor_versie_nummer == 1
    assert (visitatie.wederhoor_deadline - local_today()).days >= 15
    reminders = session.scalars(select(Notificatie).where(
        Notificatie.user_id == world.users["directeur"].id)).all()
    assert {n.soort for n in reminders} >= {"wederhoor_herinnering", "wederhoor_deadline"}


def test_naar_wederhoor_refused_without_approved_concept(session, login, world, voorzitter):
    _approved_version(session, world, status="werkversie")
    _put_in(session, world, "concept_rapport")
    response = _fire(login(voorzitter), world, "naar_wederhoor")
    assert response.status_code == 409
    assert "nog niet goedgekeurd" in response.text


@pytest.mark.parametrize("key", ["secretaris", "commissielid", "directeur", "beheerder"])
def test_naar_wederhoor_is_403_for_others(session, login, world, key):
    _put_in(session, world, "concept_rapport")
    assert _fire(login(world.users[key]), world, "naar_wederhoor").status_code == 403


def _in_wederhoor(session, world, submitted=True):
    _approved_version(session, world)
    _put_in(session, world, "wederhoor", wederhoor_deadline=date(2099, 1, 1),
            wederhoor_versie_nummer=1, wederhoor_ingediend_at=NOW if submitted else None)


def test_vaststellen_locks_the_report(session, login, world, voorzitter):
    _in_wederhoor(session, world)
    response = _fire(login(voorzitter), world, "vaststellen")
    _assert_moved(session, world, response, "wederhoor", "vastgesteld", voorzitter)
    assert session.get(Visitatie, world.visitatie.id).vastgesteld_at is not None
    assert session.scalars(select(RapportVersie.status)).all() == ["definitief"]


def test_vaststellen_waits_for_the_dienst(session, login, world, voorzitter):
    _in_wederhoor(session, world, submitted=False)
    response = _fire(login(voorzitter), world, "vaststellen")
    assert response.status_code == 409 and "termijn voor hoor en wederhoor loopt" in response.text


@pytest.mark.parametrize("key", ["directeur", "beheerder"])
def test_publiceren_after_db_and_ab(session, login, world, key):
    _put_in(session, world, "vastgesteld", wederhoor_deadline=date(2026, 1, 1),
            vastgesteld_at=NOW)
    client = login(world.users[key])
    refused = _fire(client, world, "publiceren")
    assert refused.status_code == 409 and "dagelijks en het algemeen bestuur" in refused.text
    _put_in(session, world, "vastgesteld", db_behandeld_op=date(2026, 2, 2),
            ab_behandeld_op=date(2026, 2, 20))
    response = _fire(client, world, "publiceren")
    _assert_moved(session, world, response, "vastgesteld", "gepubliceerd", world.users[key])
    assert session.get(Visitatie, world.visitatie.id).gepubliceerd_at is not None


@pytest.mark.parametrize("key", ["voorzitter", "secretaris", "contactpersoon", "bestuur",
                                 "directeur_elders"])
def test_publiceren_is_403_for_others(session, login, world, key):
    _put_in(session, world, "vastgesteld", wederhoor_deadline=date(2026, 1, 1),
            vastgesteld_at=NOW, db_behandeld_op=date(2026, 2, 2), ab_behandeld_op=date(2026, 2, 3))
    assert _fire(login(world.users[key]), world, "publiceren").status_code == 403


# --- concurrency and bad requests ---------------------------------------------------------

def test_a_stale_page_is_refused(session, login, world, secretaris):
    old_version = session.get(Visitatie, world.visitatie.id).version_id
    _put_in(session, world, "gepland", eerste_bezoekdag=date(2026, 4, 1),
            tweede_bezoekdag=date(2026, 4, 2))
    response = _fire(login(secretaris), world, "start_voorbereiding",
                     version_id=str(old_version))
    assert response.status_code == 409 and "intussen gewijzigd" in response.text
    assert _state(session, world) == "gepland"


def test_a_transition_in_the_wrong_state_says_so(session, login, world, secretaris):
    response = _fire(login(secretaris), world, "bezoek_afronden")
    assert response.status_code == 409
    assert "Dit kan niet in de huidige fase van de visitatie." in response.text


def test_unknown_event_and_other_dienst(session, login, world, secretaris, directeur_elders):
    assert _fire(login(secretaris), world, "alles_overslaan").status_code == 409
    assert _fire(login(directeur_elders), world, "publiceren").status_code == 403


def test_vaststellen_renders_the_final_pdf_once(session, login, world, voorzitter):
    from visitatie.documenten.models import GegenereerdDocument

    _in_wederhoor(session, world)
    response = _fire(login(voorzitter), world, "vaststellen")
    assert response.status_code == 302
    [document] = session.scalars(select(GegenereerdDocument)).all()
    assert (document.soort, document.status) == ("visitatierapport", "klaar")
    assert document.pagina_count >= 1
