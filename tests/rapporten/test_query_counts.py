"""The report and bevindingen pages run a fixed number of queries, whatever their size."""
from tests.bevindingen.factories import make_bevinding
from tests.query_counter import count_queries
from tests.rapporten.factories import make_version
from visitatie.rapporten import operations as ops
from visitatie.rapporten.queries import section_context


def _selects(statements):
    return [s for s in statements if not s.startswith(("SAVEPOINT", "RELEASE"))]


def _count(app, session, client, url):
    session.expire_all()  # as in a fresh request: the logged-in user is loaded again
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get(url).status_code == 200
    return len(_selects(statements))


def test_section_context_runs_at_most_two_queries(app, session, world, concept, secretaris):
    make_version(session, concept, secretaris)
    with count_queries(app.extensions["database_engine"]) as statements:
        section_context(session, secretaris, concept)
    assert len(_selects(statements)) <= 2


def test_bevindingen_list_does_not_grow_with_the_bevindingen(app, login, session, world,
                                                             concept, themas, voorzitter):
    client = login(voorzitter)
    url = f"/visitaties/{concept.id}/bevindingen/"
    few = _count(app, session, client, url)
    for n in range(10):
        make_bevinding(session, concept, "bevinding", f"Extra {n}", [themas["4.1"], themas["2"]])
    session.commit()
    assert _count(app, session, client, url) == few


def test_version_page_does_not_grow_with_sections_and_comments(app, login, session, world,
                                                               concept, secretaris, voorzitter):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    client = login(voorzitter)
    url = f"/visitaties/{concept.id}/rapporten/versies/1"
    ops.place_comment(session, voorzitter, versie.secties[0], "Eerste opmerking")
    session.commit()
    few = _count(app, session, client, url)
    for sectie in versie.secties:
        for n in range(3):
            ops.place_comment(session, secretaris, sectie, f"Opmerking {n}")
    session.commit()
    assert _count(app, session, client, url) == few
