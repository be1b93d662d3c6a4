"""The suggestion pages: showing changes nothing; confirm codes, reject remembers; who may."""
from sqlalchemy import func, select

from tests.bevindingen.factories import set_state
from tests.factories import make_ronde, make_user
from tests.query_counter import count_queries
from tests.suggesties.conftest import OBVIOUS, uncoded
from visitatie.audit.models import AuditEvent
from visitatie.auth import operations as auth_ops
from visitatie.auth.roles import Rol
from visitatie.bevindingen.models import BevindingThema
from visitatie.extensions import db
from visitatie.themas import suggestie_queries
from visitatie.themas.models import CodeWijziging, ThemaSuggestie


def _ronde_url(world, pagina=None):
    return f"/rode-draden/suggesties/{world.ronde.id}" + (f"?pagina={pagina}" if pagina else "")


def _post(client, bevinding, action, thema, **extra):
    return client.post(f"/rode-draden/suggesties/bevinding/{bevinding.id}/{action}",
                       data={"thema_id": str(thema.id), **extra})


def _counts(session):
    session.expire_all()
    return {model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (BevindingThema, ThemaSuggestie, AuditEvent, CodeWijziging)}


def _decisions(session, bevinding):
    session.expire_all()
    return session.scalars(select(ThemaSuggestie).where(
        ThemaSuggestie.bevinding_id == bevinding.id)).all()


def _audit(session, action, bevinding):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.action == action, AuditEvent.object_id == bevinding.id)).all()


def test_author_sees_top_three_suggestions_for_uncoded_findings(login, session, world, coded,
                                                                 themas, auteur):
    bevinding = uncoded(session, world.visitatie, OBVIOUS["4.1"])
    page = login(auteur).get(_ronde_url(world)).get_data(as_text=True)
    assert OBVIOUS["4.1"] in page and world.dienst.naam in page
    section = page[page.index(f'id="bevinding-{bevinding.id}"'):]
    assert section.index("4.1 Strafrechtketen") < section.index("Veiligheidsregio")
    assert section.count("Bevestigen<span") == 3 and section.count("Afwijzen<span") == 3
    assert "Geleerd" not in page and "geleerd van 24" in page
    assert coded[0].tekst not in page   # coded findings are not listed


def test_showing_suggestions_changes_nothing(login, session, world, coded, auteur):
    uncoded(session, world.visitatie, OBVIOUS["4.6"])
    client = login(auteur)   # logging in is audited: count after it
    before = _counts(session)
    for _ in range(2):
        assert client.get(_ronde_url(world)).status_code == 200
    assert _counts(session) == before


def test_without_enough_coded_findings_there_are_no_suggestions(login, session, world, themas,
                                                                 beheerder):
    uncoded(session, world.visitatie, OBVIOUS["2"])
    page = login(beheerder).get(_ronde_url(world)).get_data(as_text=True)
    assert "te weinig gecodeerde bevindingen om te leren" in page
    assert OBVIOUS["2"] in page and "Bevestigen" not in page


def test_confirm_codes_the_finding_and_records_the_decision(login, session, world, coded,
                                                            themas, auteur):
    bevinding = uncoded(session, world.visitatie, OBVIOUS["4.1"])
    response = _post(login(auteur), bevinding, "bevestigen", themas["4.1"], pagina="1")
    assert response.status_code == 302
    assert response.location.endswith(f"/rode-draden/suggesties/{world.ronde.id}"
                                      f"?pagina=1#bevinding-{bevinding.id}")
    session.expire_all()
    [code] = bevinding.themas
    assert (code.thema_id, code.gecodeerd_door_id) == (themas["4.1"].id, auteur.id)
    [history] = session.scalars(select(CodeWijziging).where(
        CodeWijziging.bevinding_id == bevinding.id)).all()
    assert (history.soort, history.bron, history.door_id) == ("toegekend", "suggestie", auteur.id)
    [decision] = _decisions(session, bevinding)
    assert (decision.besluit, decision.rang, decision.door_id) == ("bevestigd", 1, auteur.id)
    assert 0 < decision.score <= 1 and "logistische regressie" in decision.model_omschrijving
    [event] = _audit(session, "suggestie_bevestigd", bevinding)
    assert event.actor_id == auteur.id and event.details["thema_id"] == themas["4.1"].id


def test_reject_records_it_and_the_theme_is_not_offered_again(login, session, world, coded,
                                                              themas, beheerder):
    bevinding = uncoded(session, world.visitatie, OBVIOUS["4.6"])
    client = login(beheerder)
    assert _post(client, bevinding, "afwijzen", themas["4.6"]).status_code == 302
    session.expire_all()
    assert bevinding.themas == []
    [decision] = _decisions(session, bevinding)
    assert (decision.besluit, decision.thema_id) == ("afgewezen", themas["4.6"].id)
    assert len(_audit(session, "suggestie_afgewezen", bevinding)) == 1
    page = client.get(_ronde_url(world)).get_data(as_text=True)
    section = page[page.index(f'id="bevinding-{bevinding.id}"'):]
    assert "4.6 Veiligheidsregio" not in section and section.count("Bevestigen<span") == 2
    before = _counts(session)
    assert _post(client, bevinding, "bevestigen", themas["4.6"]).status_code == 302
    assert _counts(session) == before   # a rejected theme cannot be confirmed afterwards


def test_a_theme_that_is_not_suggested_cannot_be_confirmed(login, session, world, coded, themas,
                                                           auteur):
    bevinding = uncoded(session, world.visitatie, OBVIOUS["4.1"])
    client = login(auteur)
    before = _counts(session)
    response = _post(client, bevinding, "bevestigen", themas["7.5"])   # the model never saw it
    assert response.status_code == 302 and _counts(session) == before
    page = client.get(response.location).get_data(as_text=True)
    assert "niet (meer) voorgesteld" in page


def test_secretaris_uses_suggestions_for_own_findings_while_writing(login, session, world,
                                                                    coded, themas, secretaris):
    set_state(session, world.visitatie, "bezoek")
    own = uncoded(session, world.visitatie, OBVIOUS["2"])
    other = uncoded(session, world.other_visitatie, OBVIOUS["4.6"])
    client = login(secretaris)
    page = client.get(f"/rode-draden/suggesties/visitatie/{world.visitatie.id}")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and OBVIOUS["2"] in text and OBVIOUS["4.6"] not in text
    response = _post(client, own, "bevestigen", themas["2"], terug="visitatie")
    assert response.location.endswith(
        f"/rode-draden/suggesties/visitatie/{world.visitatie.id}?pagina=1#bevinding-{own.id}")
    assert [c.thema_id for c in own.themas] == [themas["2"].id]
    assert _post(client, other, "bevestigen", themas["4.6"]).status_code == 403
    assert client.get(_ronde_url(world)).status_code == 403


def test_secretaris_gets_nothing_once_the_findings_are_fixed(login, session, world, coded,
                                                             themas, secretaris):
    set_state(session, world.visitatie, "wederhoor", wederhoor_versie=1)
    own = uncoded(session, world.visitatie, OBVIOUS["2"])
    client = login(secretaris)
    response = client.get(f"/rode-draden/suggesties/visitatie/{world.visitatie.id}")
    assert response.status_code == 409 and "Suggesties zijn nu niet beschikbaar" in \
        response.get_data(as_text=True)
    assert _post(client, own, "bevestigen", themas["2"]).status_code == 403


def test_only_beheerder_and_the_rondes_authors_see_the_ronde(login, session, world, themas):
    for key in ("bestuur", "klankbord", "voorzitter", "secretaris", "directeur"):
        assert login(world.users[key]).get(_ronde_url(world)).status_code == 403, key
    other_ronde_author = make_user(session)
    auth_ops.assign_role(session, None, other_ronde_author, Rol.AUTEUR,
                         ronde_id=make_ronde(session).id)
    session.commit()
    assert login(other_ronde_author).get(_ronde_url(world)).status_code == 403
    assert login(world.users["auteur"]).get("/rode-draden/suggesties/987654").status_code == 404


def test_confirm_needs_a_csrf_token(request, login, session, world, coded, themas, auteur):
    bevinding = uncoded(session, world.visitatie, OBVIOUS["4.1"])
    client = login(auteur)
    request.getfixturevalue("csrf_enabled")  # after logging in, which posts without a token
    before = _counts(session)
    assert _post(client, bevinding, "bevestigen", themas["4.1"]).status_code == 400
    assert _counts(session) == before


def test_the_model_is_trained_once_until_the_codes_change(login, session, world, coded, themas,
                                                          auteur, monkeypatch):
    trained = []
    real_train = suggestie_queries.train
    monkeypatch.setattr(suggestie_queries, "train",
                        lambda examples: trained.append(len(examples)) or real_train(examples))
    bevinding = uncoded(session, world.visitatie, OBVIOUS["4.1"])
    uncoded(session, world.visitatie, OBVIOUS["2"])
    client = login(auteur)
    client.get(_ronde_url(world))
    client.get(_ronde_url(world))
    assert trained == [24]
    _post(client, bevinding, "bevestigen", themas["4.1"])   # checks against the cached model
    client.get(_ronde_url(world))
    assert trained == [24, 25]


def test_page_statements_do_not_grow_with_the_findings(login, session, world, coded, auteur):
    client = login(auteur)

    def statements():
        client.get(_ronde_url(world))   # trains the model first
        with count_queries(db.engine) as found:
            assert client.get(_ronde_url(world)).status_code == 200
        return len(found)

    uncoded(session, world.visitatie, OBVIOUS["4.1"])
    few = statements()
    for i in range(12):
        uncoded(session, world.other_visitatie if i % 2 else world.visitatie,
                f"{OBVIOUS['4.6']} ({i})", *(("aanbeveling", 100 + i) if i % 3 else ()))
    assert statements() == few
