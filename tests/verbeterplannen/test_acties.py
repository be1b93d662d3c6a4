"""Acties: write, edit, delete while the plan is being written; 'niet overgenomen'."""
from datetime import date

import pytest
from sqlalchemy import select

from tests.verbeterplannen import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.verbeterplannen.models import AanbevelingReactie, Actie

WRITERS = ["directeur", "contactpersoon"]
NOT_WRITERS = ["beheerder", "bestuur", "voorzitter", "secretaris", "commissielid", "klankbord",
               "directeur_elders"]


def _data(aanbevelingen, **fields):
    return {"titel": "Kwartaaloverleg opdrachtgevers", "omschrijving": "Elk kwartaal.",
            "aanbeveling_ids": [str(b.id) for b in aanbevelingen],
            "eigenaar_naam": "J. Visser", "eigenaar_functie": "Manager Bedrijfsvoering",
            "middelen": "8 uur per kwartaal", "indicator": "Vier overleggen per jaar",
            "planned_on": "2027-06-30"} | fields


def _acties(session, plan):
    session.expire_all()
    return list(session.scalars(select(Actie).where(Actie.verbeterplan_id == plan.id)))


def _audit(session, action):
    return session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()


@pytest.mark.parametrize("key", WRITERS)
def test_dienst_adds_an_actie_linked_to_aanbevelingen(session, login, world, plan,
                                                      aanbevelingen, key):
    response = login(world.users[key]).post(f"/verbeterplannen/{plan.id}/acties/nieuw",
                                            data=_data(aanbevelingen[:2]))
    assert response.status_code == 302
    [actie] = _acties(session, plan)
    assert (actie.titel, actie.eigenaar_naam, actie.eigenaar_functie) == (
        "Kwartaaloverleg opdrachtgevers", "J. Visser", "Manager Bedrijfsvoering")
    assert (actie.middelen, actie.indicator, actie.planned_on) == (
        "8 uur per kwartaal", "Vier overleggen per jaar", date(2027, 6, 30))
    assert [b.nummer for b in actie.aanbevelingen] == [1, 2]
    assert actie.status == "gepland"
    assert [(h.van, h.naar) for h in actie.historie] == [(None, "gepland")]
    [event] = _audit(session, "actie_aangemaakt")
    assert event.actor_id == world.users[key].id and event.details["aanbevelingen"] == [1, 2]


def test_the_form_preselects_the_aanbeveling(session, login, plan, aanbevelingen, directeur):
    page = login(directeur).get(
        f"/verbeterplannen/{plan.id}/acties/nieuw?aanbeveling={aanbevelingen[1].id}").text
    assert f'id="aanbeveling-{aanbevelingen[1].id}" value="{aanbevelingen[1].id}" checked' in page
    assert f'id="aanbeveling-{aanbevelingen[0].id}" value="{aanbevelingen[0].id}" >' in page


@pytest.mark.parametrize("fields,message", [
    ({"titel": "  "}, "Vul de titel van de actie in."),
    ({"eigenaar_naam": ""}, "Vul in wie eigenaar is van de actie."),
    ({"aanbeveling_ids": []}, "Kies ten minste één aanbeveling waar deze actie bij hoort."),
    ({"planned_on": ""}, "Vul de geplande datum in."),
    ({"planned_on": "30-06-2027x"}, "Vul een geldige datum in"),
    ({"titel": "x" * 301}, "Gebruik ten hoogste 300 tekens."),
])
def test_invalid_actie_is_refused_and_kept(session, login, plan, aanbevelingen, directeur,
                                           fields, message):
    response = login(directeur).post(f"/verbeterplannen/{plan.id}/acties/nieuw",
                                     data=_data(aanbevelingen, **fields))
    assert response.status_code == 400
    assert message in response.text
    assert "J. Visser" in response.text or fields.get("eigenaar_naam") == ""
    assert _acties(session, plan) == []


def test_aanbeveling_of_another_visitatie_is_refused(session, login, world, plan, aanbevelingen,
                                                     directeur):
    foreign = f.adopt_report(session, world.other_visitatie, aantal=1)
    response = login(directeur).post(f"/verbeterplannen/{plan.id}/acties/nieuw",
                                     data=_data([aanbevelingen[0], foreign[0]]))
    assert response.status_code == 400
    assert "Kies alleen aanbevelingen uit het rapport van deze visitatie." in response.text
    assert _acties(session, plan) == []


def test_aanbeveling_marked_niet_overgenomen_cannot_get_an_actie(session, login, plan,
                                                                 aanbevelingen, directeur):
    f.decline(session, plan, aanbevelingen[1])
    response = login(directeur).post(f"/verbeterplannen/{plan.id}/acties/nieuw",
                                     data=_data(aanbevelingen[:2]))
    assert response.status_code == 400
    assert "Aanbeveling 2 staat op ‘niet overgenomen’." in response.text


@pytest.mark.parametrize("key", WRITERS)
def test_dienst_edits_an_actie(session, login, world, plan, aanbevelingen, key):
    actie = f.make_actie(session, plan, aanbevelingen[:1])
    url = f"/verbeterplannen/{plan.id}/acties/{actie.id}/bewerken"
    page = login(world.users[key]).get(url)
    assert page.status_code == 200 and "Opleidingsplan toezicht" in page.text
    response = login(world.users[key]).post(url, data=_data(
        aanbevelingen[1:], titel="Opleidingsplan 2027", version_id=str(actie.version_id)))
    assert response.status_code == 302
    [actie] = _acties(session, plan)
    assert actie.titel == "Opleidingsplan 2027"
    assert [b.nummer for b in actie.aanbevelingen] == [2, 3]
    [event] = _audit(session, "actie_gewijzigd")
    assert "titel" in event.details["gewijzigd"] and "aanbevelingen" in event.details["gewijzigd"]


def test_changing_only_the_links_also_guards_against_stale_saves(session, login, plan,
                                                                aanbevelingen, directeur):
    actie = f.make_actie(session, plan, aanbevelingen[:1])
    seen = actie.version_id
    url = f"/verbeterplannen/{plan.id}/acties/{actie.id}/bewerken"
    same = {"titel": actie.titel, "eigenaar_naam": actie.eigenaar_naam,
            "eigenaar_functie": actie.eigenaar_functie, "omschrijving": "", "middelen": "",
            "indicator": "", "planned_on": actie.planned_on.isoformat()}
    assert login(directeur).post(url, data=same | {
        "aanbeveling_ids": [str(aanbevelingen[1].id)], "version_id": str(seen)}
    ).status_code == 302
    response = login(directeur).post(url, data=same | {
        "aanbeveling_ids": [str(aanbevelingen[2].id)], "version_id": str(seen)})
    assert response.status_code == 400
    assert [b.nummer for b in _acties(session, plan)[0].aanbevelingen] == [2]


def test_stale_edit_is_refused_and_keeps_the_input(session, login, plan, aanbevelingen,
                                                   directeur, contactpersoon):
    actie = f.make_actie(session, plan, aanbevelingen[:1])
    seen = actie.version_id
    url = f"/verbeterplannen/{plan.id}/acties/{actie.id}/bewerken"
    assert login(contactpersoon).post(url, data=_data(
        aanbevelingen[:1], titel="Eerst", version_id=str(seen))).status_code == 302
    response = login(directeur).post(url, data=_data(
        aanbevelingen[:1], titel="Mijn versie", version_id=str(seen)))
    assert response.status_code == 400
    assert "Deze actie is intussen door iemand anders gewijzigd." in response.text
    assert 'value="Mijn versie"' in response.text
    assert _acties(session, plan)[0].titel == "Eerst"


@pytest.mark.parametrize("key", WRITERS)
def test_dienst_deletes_an_actie(session, login, world, plan, aanbevelingen, key):
    actie = f.make_actie(session, plan, aanbevelingen[:1])
    response = login(world.users[key]).post(
        f"/verbeterplannen/{plan.id}/acties/{actie.id}/verwijderen",
        data={"version_id": str(actie.version_id)})
    assert response.status_code == 302
    assert _acties(session, plan) == []
    [event] = _audit(session, "actie_verwijderd")
    assert event.object_id == actie.id


def test_stale_delete_is_refused(session, login, plan, aanbevelingen, directeur):
    actie = f.make_actie(session, plan, aanbevelingen[:1])
    client = login(directeur)
    response = client.post(f"/verbeterplannen/{plan.id}/acties/{actie.id}/verwijderen",
                           data={"version_id": str(actie.version_id + 1)})
    assert response.status_code == 302
    assert len(_acties(session, plan)) == 1
    page = client.get(response.location).text
    assert "Deze actie is intussen door iemand anders gewijzigd." in page


@pytest.mark.parametrize("key", NOT_WRITERS)
def test_others_may_not_write_acties(session, login, world, plan, aanbevelingen, key):
    actie = f.make_actie(session, plan, aanbevelingen[:1])
    client = login(world.users[key])
    base = f"/verbeterplannen/{plan.id}/acties"
    assert client.get(f"{base}/nieuw").status_code == 403
    assert client.post(f"{base}/nieuw", data=_data(aanbevelingen)).status_code == 403
    assert client.get(f"{base}/{actie.id}/bewerken").status_code == 403
    assert client.post(f"{base}/{actie.id}/bewerken", data=_data(aanbevelingen)).status_code == 403
    assert client.post(f"{base}/{actie.id}/verwijderen").status_code == 403
    assert len(_acties(session, plan)) == 1


@pytest.mark.parametrize("state", ["ingediend", "geaccepteerd", "vastgesteld", "gepubliceerd",
                                   "in_uitvoering", "afgerond"])
def test_content_is_closed_after_submission(session, login, plan, aanbevelingen, directeur,
                                            state):
    actie = f.make_actie(session, plan, aanbevelingen[:1])
    f.set_state(session, plan, state)
    client = login(directeur)
    base = f"/verbeterplannen/{plan.id}/acties"
    assert client.get(f"{base}/nieuw").status_code == 409
    response = client.post(f"{base}/nieuw", data=_data(aanbevelingen))
    assert response.status_code == 409 and "Daarna verandert alleen nog de status" in response.text
    assert client.post(f"{base}/{actie.id}/bewerken", data=_data(
        aanbevelingen, version_id=str(actie.version_id))).status_code == 409
    client.post(f"{base}/{actie.id}/verwijderen", data={"version_id": str(actie.version_id)})
    [kept] = _acties(session, plan)
    assert kept.titel == "Opleidingsplan toezicht"
    page = client.get(f"/verbeterplannen/{plan.id}").text
    assert "Actie toevoegen" not in page


def test_teruggestuurd_plan_is_open_again(session, login, plan, aanbevelingen, directeur):
    f.set_state(session, plan, "teruggestuurd")
    assert login(directeur).post(f"/verbeterplannen/{plan.id}/acties/nieuw",
                                 data=_data(aanbevelingen[:1])).status_code == 302


def test_actie_of_another_plan_is_404(session, login, world, plan, aanbevelingen, directeur,
                                      beheerder):
    other = f.make_plan(session, world.other_visitatie)
    foreign = f.make_actie(session, other, [])
    for client in (login(directeur), login(beheerder)):
        assert client.get(f"/verbeterplannen/{plan.id}/acties/{foreign.id}").status_code == 404
        assert client.get(f"/verbeterplannen/{plan.id}/acties/999999").status_code == 404
    assert login(beheerder).get("/verbeterplannen/999999").status_code == 404


# --- niet overgenomen ---------------------------------------------------------------------

def _reacties(session, plan):
    session.expire_all()
    return list(session.scalars(select(AanbevelingReactie).where(
        AanbevelingReactie.verbeterplan_id == plan.id)))


@pytest.mark.parametrize("key", WRITERS)
def test_mark_an_aanbeveling_niet_overgenomen(session, login, world, plan, aanbevelingen, key):
    url = f"/verbeterplannen/{plan.id}/aanbevelingen/{aanbevelingen[2].id}/niet-overnemen"
    client = login(world.users[key])
    stand = client.get(url)
    assert stand.status_code == 200 and 'value="nieuw"' in stand.text
    response = client.post(url, data={"motivering": "Het AB koos bewust anders.",
                                      "stand": "nieuw"})
    assert response.status_code == 302
    [reactie] = _reacties(session, plan)
    assert (reactie.bevinding_id, reactie.motivering) == (aanbevelingen[2].id,
                                                          "Het AB koos bewust anders.")
    [event] = _audit(session, "aanbeveling_niet_overgenomen")
    assert event.object_type == "verbeterplan" and event.details["aanbeveling"] == 3
    page = client.get(f"/verbeterplannen/{plan.id}").text
    assert "Niet overgenomen." in page and "Het AB koos bewust anders." in page


@pytest.mark.parametrize("motivering", ["", "   "])
def test_niet_overgenomen_needs_a_motivation(session, login, plan, aanbevelingen, directeur,
                                             motivering):
    url = f"/verbeterplannen/{plan.id}/aanbevelingen/{aanbevelingen[0].id}/niet-overnemen"
    response = login(directeur).post(url, data={"motivering": motivering, "stand": "nieuw"})
    assert response.status_code == 400
    assert "Schrijf waarom de dienst deze aanbeveling niet overneemt." in response.text
    assert _reacties(session, plan) == []


def test_niet_overgenomen_refused_when_an_actie_is_linked(session, login, plan, aanbevelingen,
                                                          directeur):
    f.make_actie(session, plan, aanbevelingen[:1])
    url = f"/verbeterplannen/{plan.id}/aanbevelingen/{aanbevelingen[0].id}/niet-overnemen"
    response = login(directeur).post(url, data={"motivering": "Toch niet.", "stand": "nieuw"})
    assert response.status_code == 400
    assert "Aanbeveling 1 heeft al een actie." in response.text


def test_edit_motivation_and_stale_motivation(session, login, plan, aanbevelingen, directeur,
                                              contactpersoon):
    f.decline(session, plan, aanbevelingen[0], "Eerste tekst.")
    url = f"/verbeterplannen/{plan.id}/aanbevelingen/{aanbevelingen[0].id}/niet-overnemen"
    page = login(directeur).get(url).text
    assert "Eerste tekst." in page
    stand = page.split('name="stand" type="hidden" value="')[1].split('"')[0]
    assert login(contactpersoon).post(url, data={"motivering": "Tweede tekst.",
                                                 "stand": stand}).status_code == 302
    response = login(directeur).post(url, data={"motivering": "Derde tekst.", "stand": stand})
    assert response.status_code == 400
    assert "intussen door iemand anders gewijzigd" in response.text
    assert "Derde tekst." in response.text
    assert _reacties(session, plan)[0].motivering == "Tweede tekst."


def test_remove_niet_overgenomen(session, login, plan, aanbevelingen, directeur):
    f.decline(session, plan, aanbevelingen[0])
    base = f"/verbeterplannen/{plan.id}/aanbevelingen/{aanbevelingen[0].id}"
    response = login(directeur).post(f"{base}/niet-overnemen/verwijderen")
    assert response.status_code == 302
    assert _reacties(session, plan) == []
    assert len(_audit(session, "aanbeveling_weer_open")) == 1
    page = login(directeur).get(f"/verbeterplannen/{plan.id}").text
    assert "Aanbeveling 1, 2 en 3 hebben nog geen actie" in page


@pytest.mark.parametrize("key", NOT_WRITERS)
def test_others_may_not_mark_niet_overgenomen(session, login, world, plan, aanbevelingen, key):
    f.decline(session, plan, aanbevelingen[0])
    client = login(world.users[key])
    base = f"/verbeterplannen/{plan.id}/aanbevelingen"
    assert client.get(f"{base}/{aanbevelingen[1].id}/niet-overnemen").status_code == 403
    assert client.post(f"{base}/{aanbevelingen[1].id}/niet-overnemen",
                       data={"motivering": "x", "stand": "nieuw"}).status_code == 403
    assert client.post(f"{base}/{aanbevelingen[0].id}/niet-overnemen/verwijderen"
                       ).status_code == 403
    assert len(_reacties(session, plan)) == 1


def test_niet_overgenomen_closed_after_submission(session, login, plan, aanbevelingen,
                                                  directeur):
    f.decline(session, plan, aanbevelingen[0])
    f.set_state(session, plan, "ingediend")
    client = login(directeur)
    base = f"/verbeterplannen/{plan.id}/aanbevelingen"
    assert client.post(f"{base}/{aanbevelingen[1].id}/niet-overnemen",
                       data={"motivering": "x", "stand": "nieuw"}).status_code == 409
    client.post(f"{base}/{aanbevelingen[0].id}/niet-overnemen/verwijderen")
    assert len(_reacties(session, plan)) == 1


def test_bevinding_that_is_no_aanbeveling_is_404(session, login, world, plan, directeur):
    from visitatie.bevindingen.models import Bevinding
    sterk = Bevinding(visitatie_id=world.visitatie.id, type="sterk_punt", tekst="Goed bestuur.")
    session.add(sterk)
    session.commit()
    assert login(directeur).get(
        f"/verbeterplannen/{plan.id}/aanbevelingen/{sterk.id}/niet-overnemen").status_code == 404
