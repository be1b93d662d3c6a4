"""Planning, changing and removing gesprekken with their participants."""
from datetime import time

import pytest
from sqlalchemy import select

from tests.gesprekken.factories import gesprek_form, make_gesprek, make_notitie, set_state
from visitatie.audit.models import AuditEvent
from visitatie.gesprekken.models import Gesprek, GesprekDeelnemer


def _url(world, suffix=""):
    return f"/visitaties/{world.visitatie.id}/gesprekken/{suffix}"


def _gesprekken(session, visitatie):
    session.expire_all()
    return list(session.scalars(select(Gesprek).where(Gesprek.visitatie_id == visitatie.id)))


def _audit(session, action, object_id):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.action == action, AuditEvent.object_id == object_id)).all()


@pytest.mark.parametrize("key", ["secretaris", "contactpersoon", "directeur"])
def test_editors_plan_a_gesprek_with_participants(login, session, world, key):
    response = login(world.users[key]).post(_url(world, "nieuw"), data=gesprek_form())
    assert response.status_code == 302
    [gesprek] = _gesprekken(session, world.visitatie)
    assert (gesprek.dag, gesprek.start_tijd, gesprek.eind_tijd) == (1, time(9, 30), time(10, 45))
    assert (gesprek.categorie, gesprek.niveau, gesprek.locatie) == ("bestuur", "bestuurlijk",
                                                                   "Raadzaal")
    assert [(d.naam, d.functie, d.organisatie) for d in gesprek.deelnemers] == [
        ("Mevrouw J. de Vries", "voorzitter AB", "gemeente Ergens"),
        ("De heer P. Bakker", "lid DB", None)]
    [event] = _audit(session, "gesprek_aangemaakt", gesprek.id)
    assert event.actor_id == world.users[key].id and event.object_type == "gesprek"


def test_schedule_shows_both_days_in_time_order_with_real_dates(login, session, world,
                                                                 directeur):
    make_gesprek(session, world.visitatie, dag=2, start=time(9), eind=time(10),
                 categorie="afsluitende_sessie")
    make_gesprek(session, world.visitatie, dag=1, start=time(13), eind=time(14), categorie="or")
    make_gesprek(session, world.visitatie, dag=1, start=time(8, 30), eind=time(9),
                 categorie="mt", niveau="management", onderwerp="Sturing op kwaliteit",
                 deelnemers=(("Kees Kwast", "manager", None),))
    page = login(directeur).get(_url(world)).text
    assert "Dag 1 — dinsdag 3 maart 2026" in page and "Dag 2 — woensdag 4 maart 2026" in page
    order = [page.index(label) for label in
             ("Managementteam", "Ondernemingsraad", "Dag 2", "Afsluitende sessie")]
    assert order == sorted(order)
    assert "Sturing op kwaliteit" in page and "Kees Kwast, manager" in page
    assert "08:30" in page and "Management<" in page


def test_empty_day_says_nothing_is_planned(login, world, secretaris):
    page = login(secretaris).get(_url(world)).text
    assert page.count("Nog geen gesprekken gepland op deze dag.") == 2
    assert "Gesprek toevoegen" in page


def test_editor_changes_a_gesprek_and_its_participants(login, session, world, contactpersoon):
    gesprek = make_gesprek(session, world.visitatie)
    response = login(contactpersoon).post(_url(world, f"{gesprek.id}/bewerken"), data=gesprek_form(
        dag="2", deelnemers="Nieuwe Naam; adviseur; ODNL", version_id=str(gesprek.version_id)))
    assert response.status_code == 302
    [gesprek] = _gesprekken(session, world.visitatie)
    assert gesprek.dag == 2 and gesprek.categorie == "bestuur" and gesprek.version_id == 2
    assert [(d.naam, d.functie, d.organisatie) for d in gesprek.deelnemers] == [
        ("Nieuwe Naam", "adviseur", "ODNL")]
    assert session.scalar(select(GesprekDeelnemer.id).where(
        GesprekDeelnemer.naam == "Mevrouw A. Test")) is None
    [event] = _audit(session, "gesprek_gewijzigd", gesprek.id)
    assert "deelnemers" in event.details["velden"] and "dag" in event.details["velden"]


def test_changing_only_participants_still_bumps_the_version(login, session, world, secretaris):
    gesprek = make_gesprek(session, world.visitatie, categorie="bestuur", niveau="bestuurlijk",
                           onderwerp="Opdrachtgeverschap", locatie="Raadzaal",
                           start=time(9, 30), eind=time(10, 45))
    response = login(secretaris).post(_url(world, f"{gesprek.id}/bewerken"), data=gesprek_form(
        deelnemers="Iemand Anders", version_id="1"))
    assert response.status_code == 302
    [gesprek] = _gesprekken(session, world.visitatie)
    assert gesprek.version_id == 2 and [d.naam for d in gesprek.deelnemers] == ["Iemand Anders"]
    [event] = _audit(session, "gesprek_gewijzigd", gesprek.id)
    assert event.details["velden"] == ["deelnemers"]


def test_edit_form_shows_participants_one_per_line(login, session, world, secretaris):
    gesprek = make_gesprek(session, world.visitatie, deelnemers=(
        ("A. Een", "directeur", "Dienst"), ("B. Twee", None, "Gemeente"), ("C. Drie", None, None)))
    page = login(secretaris).get(_url(world, f"{gesprek.id}/bewerken")).text
    assert "A. Een; directeur; Dienst\nB. Twee; ; Gemeente\nC. Drie</textarea>" in page
    assert f'name="version_id" type="hidden" value="{gesprek.version_id}"' in page


def test_stale_edit_is_refused_and_nothing_is_lost(login, session, world, secretaris):
    gesprek = make_gesprek(session, world.visitatie)
    client = login(secretaris)
    gesprek.locatie = "Door de contactpersoon verplaatst"
    session.commit()
    response = client.post(_url(world, f"{gesprek.id}/bewerken"), data=gesprek_form(
        locatie="Mijn locatie", deelnemers="Mijn deelnemer; functie", version_id="1"))
    assert response.status_code == 400
    assert "Dit gesprek is intussen door iemand anders gewijzigd." in response.text
    assert 'value="Mijn locatie"' in response.text and "Mijn deelnemer; functie" in response.text
    [gesprek] = _gesprekken(session, world.visitatie)
    assert gesprek.locatie == "Door de contactpersoon verplaatst"
    assert [d.naam for d in gesprek.deelnemers] == ["Mevrouw A. Test"]
    assert not _audit(session, "gesprek_gewijzigd", gesprek.id)


@pytest.mark.parametrize(("deelnemers", "message"), [
    ("Goed; functie\n; functie zonder naam",
     "Regel 2 van de deelnemers: de naam ontbreekt; begin de regel met de naam."),
    ("Goed\n\nA; b; c; d",
     "Regel 3 van de deelnemers: te veel puntkomma&#39;s; gebruik de vorm Naam; functie; "
     "organisatie."),
    ("X" * 201, "Regel 1 van de deelnemers: een deel is langer dan 200 tekens."),
    ("\n".join(f"Persoon {i}" for i in range(41)), "Vul maximaal 40 deelnemers in."),
])
def test_participant_lines_are_checked_line_by_line(login, session, world, secretaris,
                                                    deelnemers, message):
    response = login(secretaris).post(_url(world, "nieuw"),
                                      data=gesprek_form(deelnemers=deelnemers))
    assert response.status_code == 400
    assert message in response.text
    assert deelnemers.split("\n")[0] in response.text
    assert _gesprekken(session, world.visitatie) == []


def test_every_wrong_participant_line_is_reported(login, world, secretaris):
    response = login(secretaris).post(_url(world, "nieuw"), data=gesprek_form(
        deelnemers="; a\nGoed\n;b\n1;2;3;4"))
    assert response.status_code == 400
    for n in (1, 3, 4):
        assert f"Regel {n} van de deelnemers" in response.text
    assert "Regel 2 van" not in response.text


def test_a_gesprek_without_participants_is_allowed(login, session, world, secretaris):
    response = login(secretaris).post(_url(world, "nieuw"), data=gesprek_form(deelnemers=" \n"))
    assert response.status_code == 302
    [gesprek] = _gesprekken(session, world.visitatie)
    assert gesprek.deelnemers == []


@pytest.mark.parametrize(("overrides", "message"), [
    ({"start_tijd": "11:00", "eind_tijd": "10:00"}, "De eindtijd moet na de begintijd liggen."),
    ({"start_tijd": "10:00", "eind_tijd": "10:00"}, "De eindtijd moet na de begintijd liggen."),
    ({"start_tijd": "06:30", "eind_tijd": "08:00"},
     "De begintijd moet tussen 07:00 en 22:00 liggen."),
    ({"start_tijd": "21:00", "eind_tijd": "22:30"},
     "De eindtijd moet tussen 07:00 en 22:00 liggen."),
    ({"start_tijd": "negen uur"}, "Vul de tijd in als uu:mm, bijvoorbeeld 09:30."),
    ({"eind_tijd": ""}, "Vul de tijd in als uu:mm, bijvoorbeeld 09:30."),
    ({"dag": "3"}, "Kies de bezoekdag."),
    ({"dag": ""}, "Kies de bezoekdag."),
    ({"categorie": ""}, "Kies het soort gesprek."),
    ({"categorie": "lunch"}, "Kies het soort gesprek."),
    ({"niveau": ""}, "Kies het niveau van het gesprek."),
    ({"onderwerp": "o" * 201}, "Het onderwerp mag maximaal 200 tekens zijn."),
])
def test_invalid_gesprek_is_refused_with_a_dutch_message(login, session, world, secretaris,
                                                         overrides, message):
    response = login(secretaris).post(_url(world, "nieuw"), data=gesprek_form(**overrides))
    assert response.status_code == 400
    assert message in response.text
    assert "Mevrouw J. de Vries; voorzitter AB; gemeente Ergens" in response.text
    assert _gesprekken(session, world.visitatie) == []


def test_day_and_edge_times_are_accepted(login, session, world, secretaris):
    response = login(secretaris).post(_url(world, "nieuw"), data=gesprek_form(
        dag="2", start_tijd="07:00", eind_tijd="22:00"))
    assert response.status_code == 302
    [gesprek] = _gesprekken(session, world.visitatie)
    assert (gesprek.dag, gesprek.start_tijd, gesprek.eind_tijd) == (2, time(7), time(22))


def test_overlapping_gesprekken_are_allowed(login, session, world, secretaris):
    make_gesprek(session, world.visitatie, start=time(9, 0), eind=time(11, 0))
    response = login(secretaris).post(_url(world, "nieuw"), data=gesprek_form())
    assert response.status_code == 302
    assert len(_gesprekken(session, world.visitatie)) == 2


def test_editor_deletes_a_gesprek_after_confirming(login, session, world, directeur):
    gesprek = make_gesprek(session, world.visitatie)
    gesprek_id = gesprek.id
    client = login(directeur)
    confirm = client.get(_url(world, f"{gesprek_id}/verwijderen"))
    assert confirm.status_code == 200 and "Weet u zeker" in confirm.text
    assert client.post(_url(world, f"{gesprek_id}/verwijderen")).status_code == 302
    assert _gesprekken(session, world.visitatie) == []
    assert session.scalar(select(GesprekDeelnemer.id)) is None
    [event] = _audit(session, "gesprek_verwijderd", gesprek_id)
    assert event.actor_id == directeur.id and event.details["categorie"] == "intake"


@pytest.mark.parametrize("with_note", [True, False])
def test_held_or_annotated_gesprek_cannot_be_deleted(login, session, world, secretaris,
                                                     voorzitter, with_note):
    set_state(session, world.visitatie, "bezoek")
    gesprek = make_gesprek(session, world.visitatie, gehouden=not with_note)
    if with_note:
        make_notitie(session, gesprek, voorzitter, "Geheime notitie van de voorzitter")
    response = login(secretaris).post(_url(world, f"{gesprek.id}/verwijderen"))
    assert response.status_code == 409
    assert "Dit gesprek kan niet meer worden verwijderd" in response.text
    assert "Geheime notitie" not in response.text
    assert len(_gesprekken(session, world.visitatie)) == 1


def test_foreign_gesprek_is_404(login, session, world, secretaris):
    foreign = make_gesprek(session, world.other_visitatie)
    client = login(secretaris)
    for suffix in ("bewerken", "verwijderen", "notities"):
        assert client.get(_url(world, f"{foreign.id}/{suffix}")).status_code == 404
    assert client.get(_url(world, "999999/bewerken")).status_code == 404
    assert client.get("/visitaties/999999/gesprekken/").status_code == 404


def test_create_form_preselects_the_day(login, world, secretaris):
    page = login(secretaris).get(_url(world, "nieuw?dag=2")).text
    assert '<option selected value="2">Dag 2 (woensdag 4 maart 2026)</option>' in page


def test_save_racing_past_the_version_check_is_still_refused(app, session, world, secretaris):
    from sqlalchemy import update

    from visitatie.core.domain import StaleEdit
    from visitatie.gesprekken import operations as ops

    gesprek = make_gesprek(session, world.visitatie)
    session.execute(update(Gesprek).where(Gesprek.id == gesprek.id).values(version_id=7))
    with app.test_request_context(), pytest.raises(StaleEdit, match="intussen door iemand"):
        ops.update_gesprek(session, secretaris, gesprek, version_id=1,
                           deelnemers=[("Iemand", None, None)], dag=1,
                           start_tijd=time(9), eind_tijd=time(10), categorie="intake",
                           niveau="directie", onderwerp=None, locatie="Zaal 2")
    session.rollback()
