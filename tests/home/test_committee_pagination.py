"""'Mijn visitaties' on the werkruimte: a page of 24, running visitaties first."""
from tests.factories import make_dienst, make_visitatie
from tests.security.world import _set_vastgesteld
from visitatie.auth import operations as auth_ops
from visitatie.auth.roles import Rol
from visitatie.home.sections import COMMITTEE_PER_PAGE


def _sit_on(session, user, world, n: int, state: str) -> list:
    visitaties = []
    for _ in range(n):
        visitatie = make_visitatie(session, world.ronde, make_dienst(session))
        if state == "vastgesteld":
            _set_vastgesteld(session, visitatie)
        else:
            visitatie.state = state
        auth_ops.assign_role(session, None, user, Rol.COMMISSIELID, visitatie=visitatie)
        visitaties.append(visitatie)
    session.commit()
    return visitaties


def test_committee_list_is_paged_with_running_visitaties_first(session, login, world):
    user = world.users["commissielid"]
    done = _sit_on(session, user, world, 20, "vastgesteld")
    running = _sit_on(session, user, world, 10, "bezoek")
    client = login(user)
    first = client.get("/werkruimte").get_data(as_text=True)
    assert "Pagina 1 van 2" in first
    assert "31 visitaties; lopende eerst." in first   # 30 here plus the world's visitatie
    assert all(v.dienst.naam in first for v in running)
    second = client.get("/werkruimte?pagina=2").get_data(as_text=True)
    shown_later = [v for v in done if v.dienst.naam in second]
    assert len(shown_later) == 31 - COMMITTEE_PER_PAGE
    assert not any(v.dienst.naam in second for v in running)


def test_a_page_number_beyond_the_last_shows_the_last_page(session, login, world):
    user = world.users["commissielid"]
    _sit_on(session, user, world, 30, "bezoek")
    page = login(user).get("/werkruimte?pagina=99").get_data(as_text=True)
    assert "Pagina 2 van 2" in page
