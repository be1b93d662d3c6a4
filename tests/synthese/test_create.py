"""Starting an edition: per ronde or tussentijds, its visitaties, a chapter per theme, the slug."""
import pytest
from sqlalchemy import select

from tests.factories import make_ronde, make_user
from tests.synthese import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.auth import operations as auth_ops
from visitatie.auth.roles import Rol
from visitatie.synthese.models import Synthese
from visitatie.themas.models import Thema


def _created(session, titel):
    session.expire_all()
    return session.scalars(select(Synthese).where(Synthese.titel == titel)).one()


def test_an_edition_of_the_ronde_takes_every_visitatie_with_findings(
        session, login, world, findings, auteur):
    response = login(auteur).post("/rode-draden/nieuw", data={
        "ronde_id": world.ronde.id, "soort": "editie", "titel": "Rode draden ronde één"})
    assert response.status_code == 302, response.text[:2000]
    synthese = _created(session, "Rode draden ronde één")
    assert response.location.endswith(f"/rode-draden/{synthese.id}")
    assert synthese.state == "concept" and synthese.klankbord_ronde == 0
    assert synthese.slug == "rode-draden-ronde-een"
    assert {v.id for v in synthese.visitaties} == {world.visitatie.id, world.other_visitatie.id}
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "synthese_aangemaakt", AuditEvent.object_id == synthese.id)).one()
    assert (event.actor_id, event.to_state, event.details["secties"]) == (auteur.id, "concept", 6)


def test_a_chapter_per_theme_in_tree_order(session, world, synthese):
    assert [(s.titel, s.volgorde) for s in synthese.secties] == [
        ("Bestuurlijk-ambtelijk samenspel", 0), ("Ketensamenwerking", 1),
        ("Strafrechtketen", 2), ("Veiligheidsregio's", 3), ("Sturing en informatie", 4),
        ("Outcome-indicatoren", 5)]
    assert synthese.inleiding is None and synthese.integrale_conclusies is None


def test_an_interim_edition_takes_the_chosen_visitaties(session, login, world, findings,
                                                         beheerder):
    response = login(beheerder).post("/rode-draden/nieuw", data={
        "ronde_id": world.ronde.id, "soort": "tussentijds", "titel": "Tussenstand",
        "visitatie_ids": [world.other_visitatie.id]})
    assert response.status_code == 302
    synthese = _created(session, "Tussenstand")
    assert [v.id for v in synthese.visitaties] == [world.other_visitatie.id]
    assert synthese.soort == "tussentijds"


def test_an_interim_edition_needs_a_choice(session, login, world, findings, auteur):
    response = login(auteur).post("/rode-draden/nieuw", data={
        "ronde_id": world.ronde.id, "soort": "tussentijds", "titel": "Tussenstand"})
    assert response.status_code == 400
    assert "Kies ten minste één visitatie voor de tussentijdse rapportage." in response.text
    assert 'value="Tussenstand"' in response.text  # what was typed stays
    assert session.scalars(select(Synthese)).all() == []


def test_only_visitaties_with_findings_can_be_chosen(session, login, world, themas, auteur):
    f.make_bevinding(session, world.visitatie, "bevinding", "Iets.", [themas["2"]])
    session.commit()
    browser = login(auteur)
    form = browser.get("/rode-draden/nieuw").text
    assert f'id="visitatie-{world.visitatie.id}"' in form
    assert f'id="visitatie-{world.other_visitatie.id}"' not in form
    response = browser.post("/rode-draden/nieuw", data={
        "ronde_id": world.ronde.id, "soort": "tussentijds", "titel": "T",
        "visitatie_ids": [world.visitatie.id, world.other_visitatie.id]})
    assert response.status_code == 400
    assert "Kies alleen visitaties van" in response.text


def test_no_codebook_no_edition(session, login, world, auteur):
    response = login(auteur).post("/rode-draden/nieuw", data={
        "ronde_id": world.ronde.id, "soort": "editie", "titel": "Te vroeg"})
    assert response.status_code == 400
    assert "heeft nog geen codeboek met thema&#39;s" in response.text


def test_the_slug_is_unique(session, world, findings):
    first = f.make_synthese(session, world, titel="Rode draden — ronde 2!")
    second = f.make_synthese(session, world, titel="Rode draden ronde 2")
    assert (first.slug, second.slug) == ("rode-draden-ronde-2", "rode-draden-ronde-2-2")


def test_an_author_of_another_ronde_may_not(session, login, world, findings):
    other = make_user(session)
    auth_ops.assign_role(session, None, other, Rol.AUTEUR, ronde_id=make_ronde(session).id)
    session.commit()
    response = login(other).post("/rode-draden/nieuw", data={
        "ronde_id": world.ronde.id, "soort": "editie", "titel": "Niet mijn ronde"})
    assert response.status_code == 400
    assert "Kies een ronde waarvoor u de Rode draden schrijft." in response.text
    assert session.scalars(select(Synthese)).all() == []


@pytest.mark.parametrize("key", ["bestuur", "klankbord", "voorzitter", "directeur"])
def test_others_may_not_start_an_edition(session, login, world, findings, key):
    assert login(world.users[key]).get("/rode-draden/nieuw").status_code == 403


def test_refresh_takes_new_visitaties_and_new_themes(session, login, world, themas, auteur):
    f.make_bevinding(session, world.visitatie, "bevinding", "Eerst.", [themas["2"]])
    session.commit()
    synthese = f.make_synthese(session, world)
    f.make_bevinding(session, world.other_visitatie, "bevinding", "Later.", [themas["7"]])
    session.add(Thema(codeboek_id=themas["2"].codeboek_id, parent_id=themas["2"].id,
                      code="2.1", naam="Nieuw subthema", volgorde=1))
    session.commit()
    response = login(auteur).post(f"/rode-draden/{synthese.id}/bijwerken")
    assert response.status_code == 302
    session.expire_all()
    synthese = session.get(Synthese, synthese.id)
    assert {v.id for v in synthese.visitaties} == {world.visitatie.id, world.other_visitatie.id}
    assert [s.titel for s in synthese.secties][:2] == ["Bestuurlijk-ambtelijk samenspel",
                                                       "Nieuw subthema"]
