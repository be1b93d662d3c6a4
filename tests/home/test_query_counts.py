"""The number of SQL statements per page does not grow with the data."""
import pytest

from tests.factories import make_dienst, make_user, make_visitatie
from tests.query_counter import count_queries
from visitatie.auth import operations as auth_ops
from visitatie.auth.models import User
from visitatie.auth.roles import Rol


def _grow(session, world, n: int) -> None:
    """Add `n` visitaties in the world's ronde, each with a committee, and `n` users."""
    member = session.get(User, world.users["secretaris"].id)  # this (fresh) session's instance
    for _ in range(n):
        dienst = make_dienst(session)
        visitatie = make_visitatie(session, world.ronde, dienst)
        for rol in (Rol.VOORZITTER, Rol.SECRETARIS):
            auth_ops.assign_role(session, None, make_user(session), rol, visitatie=visitatie)
        auth_ops.assign_role(session, None, member, Rol.COMMISSIELID, visitatie=visitatie)
    session.commit()


def _queries_for(app, session, client, url) -> int:
    session.remove()  # a fresh session, as a real request gets
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get(url).status_code == 200
    return len(statements)


@pytest.mark.parametrize("key,url", [
    ("beheerder", "/werkruimte?ronde={ronde}"),
    ("beheerder", "/beheer/gebruikers/"),
    ("secretaris", "/werkruimte"),
    ("beheerder", "/visitaties/{visitatie}"),
    (None, "/openbaar"),
])
def test_page_query_count_is_flat(app, session, login, world, key, url):
    url = url.format(ronde=world.ronde.id, visitatie=world.visitatie.id)
    client = login(world.users[key]) if key else app.test_client()
    small = _queries_for(app, session, client, url)
    _grow(session, world, 12)
    large = _queries_for(app, session, client, url)
    assert large <= small, f"{url}: {small} statements before, {large} after growing"
