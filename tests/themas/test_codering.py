"""The Rode draden authors recode findings; every code change is history."""
import pytest
from sqlalchemy import select

from tests.bevindingen.factories import make_bevinding
from tests.factories import make_ronde
from tests.query_counter import count_queries
from tests.themas.helpers import (
    EARLIER, audit, code_changes, coded, codes_of, fresh, text,
)
from visitatie.auth import operations as auth_ops
from visitatie.auth.roles import Rol
from visitatie.bevindingen.models import Bevinding

LIST = "/rode-draden/codering"


def _recode_url(bevinding, suffix="/coderen"):
    return f"{LIST}/bevinding/{bevinding.id}{suffix}"


def _recode(client, bevinding, thema_ids, version_id=None):
    return client.post(_recode_url(bevinding), data={
        "thema_ids": [str(i) for i in thema_ids],
        "version_id": bevinding.version_id if version_id is None else version_id})


def test_author_recodes_and_the_kept_code_keeps_its_coder(login, session, world, themas,
                                                          auteur, secretaris):
    bevinding = coded(session, world.visitatie, "Rollen onhelder", [themas["2"], themas["4.1"]],
                      secretaris)
    seen = bevinding.version_id
    response = _recode(login(auteur), bevinding, [themas["2"].id, themas["7.5"].id])
    assert response.status_code == 302
    codes = codes_of(session, bevinding.id)
    assert set(codes) == {themas["2"].id, themas["7.5"].id}
    assert codes[themas["2"].id] == (secretaris.id, EARLIER)
    assert codes[themas["7.5"].id][0] == auteur.id
    changes = [(c.soort, c.thema_id, c.bron, c.door_id) for c in code_changes(session,
                                                                              bevinding.id)]
    assert sorted(changes) == sorted([("verwijderd", themas["4.1"].id, "handmatig", auteur.id),
                                      ("toegekend", themas["7.5"].id, "handmatig", auteur.id)])
    [event] = audit(session, "codes_gewijzigd", bevinding.id)
    assert event.details == {"visitatie_id": world.visitatie.id,
                             "toegevoegd": [themas["7.5"].id],
                             "verwijderd": [themas["4.1"].id]}
    assert fresh(session, Bevinding, bevinding.id).version_id == seen + 1


def test_the_beheerder_recodes_too(login, session, world, themas, beheerder, secretaris):
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    assert _recode(login(beheerder), bevinding, [themas["4"].id]).status_code == 302
    assert set(codes_of(session, bevinding.id)) == {themas["4"].id}


def test_stale_recode_is_refused(login, session, world, themas, auteur, secretaris):
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    seen = bevinding.version_id
    bevinding.tekst = "Door de secretaris aangepast"
    session.commit()
    response = _recode(login(auteur), bevinding, [themas["7"].id], version_id=seen)
    assert response.status_code == 400
    assert "zijn intussen door iemand anders gewijzigd" in text(response)
    assert set(codes_of(session, bevinding.id)) == {themas["2"].id}
    assert code_changes(session, bevinding.id) == []


def test_recode_needs_at_least_one_theme(login, session, world, themas, auteur, secretaris):
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    response = _recode(login(auteur), bevinding, [])
    assert response.status_code == 400 and "Kies ten minste één thema." in text(response)
    assert set(codes_of(session, bevinding.id)) == {themas["2"].id}


def test_recode_without_change_writes_nothing(login, session, world, themas, auteur,
                                              secretaris):
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    assert _recode(login(auteur), bevinding, [themas["2"].id]).status_code == 302
    assert code_changes(session, bevinding.id) == []
    assert audit(session, "codes_gewijzigd", bevinding.id) == []


def test_recode_form_groups_themes_and_returns_to_the_list(login, session, world, themas,
                                                          auteur, secretaris):
    bevinding = coded(session, world.visitatie, "Iets", [themas["4.1"]], secretaris)
    client = login(auteur)
    back = f"{LIST}/{world.ronde.id}?type=bevinding"
    page = text(client.get(_recode_url(bevinding) + f"?terug={back}"))
    assert f'id="thema-{themas["4.1"].id}" value="{themas["4.1"].id}" checked' in page
    assert "thema-keuze__item--diepte-0" in page and "thema-keuze__item--diepte-1" in page
    response = client.post(_recode_url(bevinding), data={
        "thema_ids": [str(themas["4.6"].id)], "version_id": bevinding.version_id,
        "terug": back})
    assert response.location.endswith(back)
    evil = client.post(_recode_url(bevinding), data={
        "thema_ids": [str(themas["4"].id)],
        "version_id": fresh(session, Bevinding, bevinding.id).version_id,
        "terug": "https://elders.example/"})
    assert evil.status_code == 302 and "elders.example" not in evil.location


def test_list_shows_every_dienst_and_filters(login, session, world, themas, auteur,
                                            secretaris):
    coded(session, world.visitatie, "Bezocht sterk", [themas["2"]], secretaris,
          type="sterk_punt")
    coded(session, world.other_visitatie, "Ander keten", [themas["4.1"]], secretaris)
    make_bevinding(session, world.other_visitatie, "aanbeveling", "Ander ongecodeerd",
                   [themas["2"]], nummer=1).themas.clear()
    session.commit()
    client = login(auteur)
    page = text(client.get(f"{LIST}/{world.ronde.id}"))
    assert all(t in page for t in ("Bezocht sterk", "Ander keten", "Ander ongecodeerd"))
    assert "nog niet gecodeerd" in page and "3 bevindingen gevonden" in page

    def listed(query):
        found = text(client.get(f"{LIST}/{world.ronde.id}?{query}"))
        return {t for t in ("Bezocht sterk", "Ander keten", "Ander ongecodeerd") if t in found}

    assert listed(f"dienst={world.dienst.id}") == {"Bezocht sterk"}
    assert listed("type=aanbeveling") == {"Ander ongecodeerd"}
    assert listed(f"thema={themas['4'].id}") == {"Ander keten"}  # with its sub-themes
    assert listed("ongecodeerd=y") == {"Ander ongecodeerd"}
    assert listed("thema=onzin") == {"Bezocht sterk", "Ander keten", "Ander ongecodeerd"}


def test_list_is_paginated_by_fifty(login, session, world, themas, auteur):
    for n in range(53):
        make_bevinding(session, world.visitatie, "bevinding", f"Bevinding nummer {n:03d}",
                       [themas["2"]])
    session.commit()
    client = login(auteur)
    first = text(client.get(f"{LIST}/{world.ronde.id}"))
    second = text(client.get(f"{LIST}/{world.ronde.id}?pagina=2"))
    assert first.count('<tr id="bevinding-') == 50 and second.count('<tr id="bevinding-') == 3
    assert "Pagina 1 van 2" in first


@pytest.mark.parametrize("key, status", [
    ("auteur", 200), ("beheerder", 200), ("bestuur", 200), ("voorzitter", 403),
    ("commissielid", 403), ("secretaris", 403), ("directeur", 403), ("contactpersoon", 403),
    ("klankbord", 403), ("directeur_elders", 403),
])
def test_who_reads_the_list_of_the_ronde(login, session, world, themas, secretaris, key,
                                         status):
    coded(session, world.other_visitatie, "Van een andere dienst", [themas["2"]], secretaris)
    response = login(world.users[key]).get(f"{LIST}/{world.ronde.id}")
    assert response.status_code == status
    assert ("Van een andere dienst" in text(response)) == (status == 200)


def test_bestuur_reads_but_does_not_recode(login, session, world, themas, bestuur, secretaris):
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    client = login(bestuur)
    assert "/coderen" not in text(client.get(f"{LIST}/{world.ronde.id}"))
    assert client.get(_recode_url(bevinding)).status_code == 403
    assert _recode(client, bevinding, [themas["7"].id]).status_code == 403
    assert set(codes_of(session, bevinding.id)) == {themas["2"].id}


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "secretaris", "directeur",
                                 "klankbord", "directeur_elders"])
def test_only_authors_and_beheerder_recode(login, session, world, themas, secretaris, key):
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    client = login(world.users[key])
    assert client.get(_recode_url(bevinding)).status_code == 403
    assert _recode(client, bevinding, [themas["7"].id]).status_code == 403
    assert set(codes_of(session, bevinding.id)) == {themas["2"].id}


def test_an_author_of_another_ronde_may_not(login, session, world, themas, secretaris):
    other_ronde = make_ronde(session)
    author = world.users["klankbord"]
    auth_ops.assign_role(session, None, author, Rol.AUTEUR, ronde_id=other_ronde.id)
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    client = login(author)
    assert client.get(f"{LIST}/{world.ronde.id}").status_code == 403
    assert _recode(client, bevinding, [themas["7"].id]).status_code == 403


def test_code_history_shows_who_when_and_source(login, session, world, themas, beheerder,
                                               auteur, secretaris):
    bevinding = coded(session, world.visitatie, "Iets", [themas["4.6"]], secretaris)
    _recode(login(auteur), bevinding, [themas["4.6"].id, themas["2"].id])
    client = login(beheerder)
    x, y = fresh(session, type(themas["4.6"]), themas["4.6"].id), themas["7"]
    client.post(f"/beheer/codeboek/thema/{x.id}/samenvoegen", data={
        "doel_id": y.id, "version_id": x.version_id, "doel_version_id": y.version_id})
    page = text(client.get(_recode_url(bevinding, "")))
    assert "van thema 4.6 Veiligheidsregio's" in page and "samenvoeging van thema's" in page
    assert "handmatig" in page and "Test auteur" in page and "Test beheerder" in page
    current = page[page.index("Huidige thema's"):page.index("Wijzigingen, nieuwste eerst")]
    assert "7 Sturing en informatie" in current and "Test secretaris" in current
    assert "2 Bestuurlijk-ambtelijk samenspel" in current and "Test auteur" in current


@pytest.mark.parametrize("key, status", [
    ("voorzitter", 200), ("secretaris", 200), ("commissielid", 200), ("bestuur", 200),
    ("auteur", 200), ("directeur", 403), ("klankbord", 403), ("directeur_elders", 403),
])
def test_who_reads_a_code_history(login, session, world, themas, secretaris, key, status):
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    elsewhere = coded(session, world.other_visitatie, "Elders", [themas["2"]], secretaris)
    client = login(world.users[key])
    assert client.get(_recode_url(bevinding, "")).status_code == status
    committee = key in ("voorzitter", "secretaris", "commissielid")
    assert client.get(_recode_url(elsewhere, "")).status_code == (403 if committee else status)


def test_missing_objects_are_404(login, world, themas, beheerder):
    client = login(beheerder)
    assert client.get(f"{LIST}/987654").status_code == 404
    assert client.get(f"{LIST}/bevinding/987654").status_code == 404
    assert client.get(f"{LIST}/bevinding/987654/coderen").status_code == 404


def _statements(app, session, client, url) -> int:
    session.remove()
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get(url).status_code == 200
    return len(statements)


def test_list_query_count_does_not_grow_with_the_findings(app, login, session, world, themas,
                                                          auteur, secretaris):
    url = f"{LIST}/{world.ronde.id}"
    coded(session, world.visitatie, "Eerste", [themas["2"]], secretaris)
    client = login(auteur)
    small = _statements(app, session, client, url)
    for n in range(30):
        visitatie = world.visitatie if n % 2 else world.other_visitatie
        coded(session, visitatie, f"Nog een {n}", [themas["2"], themas["4.1"]], secretaris,
              type="aanbeveling", nummer=n + 1)
    large = _statements(app, session, client, url)
    assert large <= small, f"{small} statements before, {large} after"
    assert session.scalar(select(Bevinding.id).where(Bevinding.tekst == "Nog een 29"))
