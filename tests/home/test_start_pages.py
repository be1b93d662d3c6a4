"""Each role sees a start page fit for it, and nothing of others."""
import pytest


def test_anonymous_visitor_sees_the_public_start_page(client, world):
    page = client.get("/").text
    assert "Visitaties van de omgevingsdiensten" in page
    assert world.dienst.naam in page and world.other_dienst.naam in page
    assert "Inloggen" in page and "Werkruimte" not in page


def test_logged_in_root_goes_to_the_werkruimte(login, secretaris):
    response = login(secretaris).get("/")
    assert response.status_code == 302 and response.headers["Location"].endswith("/werkruimte")


def test_beheerder_sees_all_rondes_and_visitaties(login, world, beheerder):
    page = login(beheerder).get(f"/werkruimte?ronde={world.ronde.id}").text
    assert "Visitatierondes" in page and world.ronde.naam in page
    assert world.dienst.naam in page and world.other_dienst.naam in page
    assert "Test voorzitter" in page and "Test secretaris" in page
    assert "Gebruikers" in page  # the beheerder's menu


def test_bestuur_sees_the_overview_without_user_management(login, world, bestuur):
    page = login(bestuur).get(f"/werkruimte?ronde={world.ronde.id}").text
    assert world.other_dienst.naam in page
    assert "/beheer/gebruikers" not in page


@pytest.mark.parametrize("key", ["secretaris", "voorzitter", "commissielid"])
def test_committee_member_sees_the_visitaties_they_serve_only(login, world, key):
    page = login(world.users[key]).get("/werkruimte").text
    assert "Mijn visitaties" in page
    assert world.dienst.naam in page
    assert world.other_dienst.naam not in page
    assert "Visitatierondes" not in page


def test_directeur_sees_their_own_dienst(login, world, directeur):
    page = login(directeur).get("/werkruimte").text
    assert f'<h2 id="dienst-{world.dienst.id}-kop">{world.dienst.naam}</h2>' in page
    assert "Visitaties van uw dienst" in page
    assert world.other_dienst.naam not in page
    assert "Visitatierondes" not in page


def test_contactpersoon_sees_their_own_dienst(login, world, contactpersoon):
    page = login(contactpersoon).get("/werkruimte").text
    assert world.dienst.naam in page and "contactpersoon" in page


def test_klankbord_member_sees_their_ronde(login, world, klankbord):
    page = login(klankbord).get("/werkruimte").text
    assert "Klankbordgroep" in page and world.ronde.naam in page
    assert world.dienst.naam not in page


def test_user_without_roles_is_told_so(login, session):
    from tests.factories import make_user

    user = make_user(session)
    session.commit()
    page = login(user).get("/werkruimte").text
    assert "U heeft nog geen rol" in page


VISITATIE_PAGE_ACCESS = {
    "beheerder": 200, "bestuur": 200, "voorzitter": 200, "commissielid": 200,
    "secretaris": 200, "directeur": 200, "contactpersoon": 200, "klankbord": 403,
    "directeur_elders": 403,
}


@pytest.mark.parametrize("key,status", VISITATIE_PAGE_ACCESS.items())
def test_visitatie_page_is_for_its_committee_dienst_and_odnl(login, world, key, status):
    response = login(world.users[key]).get(f"/visitaties/{world.visitatie.id}")
    assert response.status_code == status
    if status == 403:
        assert "Geen toegang" in response.text
        assert world.visitatie.dienst.naam not in response.text


def test_visitatie_page_shows_the_committee(login, world, secretaris):
    page = login(secretaris).get(f"/visitaties/{world.visitatie.id}").text
    assert "Visitatiecommissie" in page
    assert "Test voorzitter" in page and "Test commissielid" in page


def test_unknown_visitatie_is_404_and_anonymous_is_sent_to_login(client, login, world, beheerder):
    assert client.get(f"/visitaties/{world.visitatie.id}").status_code == 302
    assert login(beheerder).get("/visitaties/999999").status_code == 404


def test_the_auteur_finds_the_rode_draden_work_of_the_ronde(login, world):
    page = login(world.users["auteur"]).get("/werkruimte").get_data(as_text=True)
    assert 'href="/rode-draden/"' in page   # the menu entry
    for url in (f"/rode-draden/analyse/{world.ronde.id}",
                f"/rode-draden/codering/{world.ronde.id}",
                f"/rode-draden/suggesties/{world.ronde.id}"):
        assert f'href="{url}"' in page


def test_only_the_beheerder_gets_the_codeboek_menu_entry(login, world):
    assert 'href="/beheer/codeboek/"' in login(world.users["beheerder"]).get("/werkruimte").text
    for key in ("bestuur", "auteur", "secretaris"):
        assert 'href="/beheer/codeboek/"' not in login(world.users[key]).get("/werkruimte").text
