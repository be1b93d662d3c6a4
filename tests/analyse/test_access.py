"""Who may see the analysis: beheerder, bestuur and the ronde's auteurs; nobody else."""
import pytest

from tests.analyse.factories import make_coded_ronde
from tests.factories import make_ronde, make_user
from visitatie.analyse.permissions import can_view_analyse, can_view_any_analyse
from visitatie.auth import operations as auth_ops
from visitatie.auth.roles import Rol

ALLOWED = ("beheerder", "bestuur", "auteur")
REFUSED = ("voorzitter", "commissielid", "secretaris", "directeur", "contactpersoon",
           "klankbord", "directeur_elders")


def _urls(coded) -> list[str]:
    base = f"/rode-draden/analyse/{coded.ronde.id}"
    return [base, f"{base}/thema/{coded.themas['4'].id}", f"{base}/export.xlsx",
            f"{base}/export.csv"]


@pytest.mark.parametrize("role", ALLOWED)
def test_allowed_roles_see_pages_and_exports(session, world, login, role):
    coded = make_coded_ronde(session, world)
    client = login(world.users[role])
    assert client.get("/rode-draden/analyse/").status_code == 200
    for url in _urls(coded):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("role", REFUSED)
def test_other_roles_get_403(session, world, login, role):
    coded = make_coded_ronde(session, world)
    client = login(world.users[role])
    assert client.get("/rode-draden/analyse/").status_code == 403
    for url in _urls(coded):
        assert client.get(url).status_code == 403, url


def test_auteur_of_another_ronde_gets_403(session, world, login):
    coded = make_coded_ronde(session, world)
    elders = make_user(session, naam="Auteur elders")
    auth_ops.assign_role(session, None, elders, Rol.AUTEUR, ronde_id=make_ronde(session).id)
    session.commit()
    client = login(elders)
    assert client.get("/rode-draden/analyse/").status_code == 200
    for url in _urls(coded):
        assert client.get(url).status_code == 403, url


def test_anonymous_is_sent_to_log_in(session, world, client):
    coded = make_coded_ronde(session, world)
    for url in ["/rode-draden/analyse/", *_urls(coded)]:
        response = client.get(url)
        assert response.status_code == 302 and "/inloggen" in response.location


def test_missing_ronde_is_404(session, world, login, beheerder):
    client = login(beheerder)
    assert client.get("/rode-draden/analyse/987654").status_code == 404
    assert client.get("/rode-draden/analyse/987654/export.csv").status_code == 404


def test_predicates(session, world):
    coded = make_coded_ronde(session, world)
    users = world.users
    assert can_view_analyse(users["auteur"], coded.ronde)
    assert not can_view_analyse(users["auteur"], coded.vorige_ronde)
    assert not can_view_analyse(users["klankbord"], coded.ronde)
    assert can_view_any_analyse(users["bestuur"]) and not can_view_any_analyse(users["klankbord"])
