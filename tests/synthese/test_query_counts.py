"""The edition page, a chapter page and the public page do not grow in statements with data."""
import pytest

from tests.factories import make_dienst, make_visitatie
from tests.query_counter import count_queries
from tests.synthese import factories as f
from visitatie.audit.operations import record_event


def _grow(session, world, themas, synthese, n: int) -> None:
    """n more visitaties with findings in the edition, and n more comments on each chapter."""
    for i in range(n):
        visitatie = make_visitatie(session, world.ronde, make_dienst(session))
        for code in ("2", "4.1", "7.5"):
            f.make_bevinding(session, visitatie, "bevinding", f"Bevinding {i} {code}.",
                             [themas[code]])
        synthese.visitaties.append(visitatie)
        for sectie in synthese.secties:
            f.add_comment(session, synthese, sectie, world.users["klankbord"],
                          tekst=f"Opmerking {i}.")
        record_event(session, world.users["auteur"], "synthese_sectie_gewijzigd",
                     synthese.secties[i % len(synthese.secties)], details={"titel": "x"})
    synthese.secties[0].tekst = "Tekst."
    session.commit()


def _queries(app, session, browser, url) -> int:
    session.remove()
    with count_queries(app.extensions["database_engine"]) as statements:
        response = browser.get(url)
        assert response.status_code == 200
    return len(statements)


@pytest.mark.parametrize("page", ["edition", "chapter", "public"])
def test_pages_are_flat(app, session, login, world, themas, synthese, page):
    f.set_state(session, synthese, "klankbord", klankbord_ronde=1)
    _grow(session, world, themas, synthese, 1)
    if page == "public":
        from visitatie.synthese.publication import publish_synthese

        publish_synthese(session, world.users["beheerder"], synthese)
        session.commit()
    url = {"edition": f"/rode-draden/{synthese.id}",
           "chapter": f"/rode-draden/{synthese.id}/sectie/{synthese.secties[1].id}",
           "public": f"/openbaar/rode-draden/{synthese.slug}"}[page]
    browser = login(world.users["auteur"])
    small = _queries(app, session, browser, url)
    assert small <= 16
    synthese = session.merge(synthese)
    _grow(session, world, themas, synthese, 5)
    assert _queries(app, session, browser, url) <= small
