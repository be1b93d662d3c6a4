"""The beheerder keeps the codebook: add, rename, describe, map, move; every change versioned."""
import pytest
from sqlalchemy import select

from tests.bevindingen.factories import make_codeboek
from tests.factories import make_ronde
from tests.themas.helpers import (
    text,
    EARLIER, audit, codes_of, coded, fresh, versie, wijzigingen,
)
from visitatie.reference.data import THEMA_BOOM
from visitatie.themas.models import Codeboek, Thema, ThemaWijziging

BASE = "/beheer/codeboek"


def _edit(client, thema, **changes):
    data = {"code": thema.code, "naam": thema.naam, "omschrijving": thema.omschrijving or "",
            "kader": thema.kader_thema_code or "", "version_id": thema.version_id}
    data.update(changes)
    return client.post(f"{BASE}/thema/{thema.id}", data=data)


def _move(client, thema, parent, positie="", version_id=None):
    return client.post(f"{BASE}/thema/{thema.id}/verplaatsen", data={
        "verplaats-parent_id": str(parent.id) if parent else "",
        "verplaats-positie": str(positie),
        "verplaats-version_id": version_id or thema.version_id})


def _children(session, parent) -> list[str]:
    session.expire_all()
    return [t.code for t in session.scalars(select(Thema).where(Thema.parent_id == parent.id)
                                            .order_by(Thema.volgorde))]


def test_index_lists_rondes_with_version_and_counts(login, session, world, themas, beheerder,
                                                    secretaris):
    coded(session, world.visitatie, "Een", [themas["2"], themas["4.1"]], secretaris)
    make_ronde(session, nummer=977)
    session.commit()
    page = text(login(beheerder).get(f"{BASE}/"))
    row = page[page.index(world.ronde.naam):page.index(world.ronde.naam) + 600]
    assert '<td class="num">1</td>' in row          # version
    assert '<td class="num">6</td>' in row          # themes of the factory's tree
    assert '<td class="num">2</td>' in row          # codes
    assert "Codeboek aanmaken voor Testronde 977" in page


def test_creating_a_codebook_seeds_the_rode_draden_tree(login, session, beheerder):
    ronde = make_ronde(session, nummer=978)
    session.commit()
    client = login(beheerder)
    response = client.post(f"{BASE}/{ronde.id}/aanmaken")
    assert response.status_code == 302
    codeboek = session.scalars(select(Codeboek).where(Codeboek.ronde_id == ronde.id)).one()
    themas = session.scalars(select(Thema).where(Thema.codeboek_id == codeboek.id)).all()
    expected = sum(1 + len(children) for _code, _naam, children in THEMA_BOOM)
    assert len(themas) == expected and codeboek.versie == 1
    assert session.scalars(select(ThemaWijziging).where(
        ThemaWijziging.thema_id.in_([t.id for t in themas]))).all().__len__() == expected
    assert audit(session, "thema_aangemaakt", codeboek.id)
    page = text(client.get(response.location))
    assert "Ketensamenwerking" in page
    client.post(f"{BASE}/{ronde.id}/aanmaken")  # a second time changes nothing
    assert len(session.scalars(select(Codeboek).where(Codeboek.ronde_id == ronde.id)).all()) == 1


def test_tree_shows_code_name_kader_and_number_of_findings(login, session, world, themas,
                                                          beheerder, secretaris):
    themas["4.1"].kader_thema_code = "C"
    coded(session, world.visitatie, "Een", [themas["4.1"]], secretaris)
    coded(session, world.other_visitatie, "Twee", [themas["4.1"]], secretaris)
    page = text(login(beheerder).get(f"{BASE}/{world.ronde.id}"))
    assert page.index("4 Ketensamenwerking") < page.index("4.1 Strafrechtketen")
    row = page[page.index("4.1 Strafrechtketen"):]
    row = row[:row.index("</tr>")]
    assert ">C</abbr>" in row and '<td class="num">2</td>' in row
    assert "subthema van 4" in row
    chapter = page[page.index("4 Ketensamenwerking"):page.index("4.1 Strafrechtketen")]
    assert '<td class="num">0 <span class="muted">(met subthema\'s: 2)</span></td>' in chapter


def test_add_theme_under_a_parent_bumps_the_version(login, session, world, themas, beheerder):
    client = login(beheerder)
    response = client.post(f"{BASE}/{world.ronde.id}/thema/nieuw", data={
        "parent_id": themas["4"].id, "code": " 4.9 ", "naam": "Omgevingsdiensten onderling",
        "omschrijving": "Samenwerking tussen diensten", "kader": "B"})
    assert response.status_code == 302
    thema = session.scalars(select(Thema).where(Thema.code == "4.9")).one()
    assert (thema.parent_id, thema.kader_thema_code, thema.naam) == (
        themas["4"].id, "B", "Omgevingsdiensten onderling")
    assert _children(session, themas["4"]) == ["4.1", "4.6", "4.9"]
    assert versie(session, thema) == 2
    [row] = wijzigingen(session, thema.id)
    assert (row.soort, row.nieuw, row.codeboek_versie, row.door_id) == (
        "aangemaakt", "4.9 Omgevingsdiensten onderling", 2, beheerder.id)
    [event] = audit(session, "thema_aangemaakt", thema.id)
    assert event.details["codeboek_versie"] == 2


def test_add_theme_refuses_a_code_already_in_the_codebook(login, session, world, themas,
                                                          beheerder):
    response = login(beheerder).post(f"{BASE}/{world.ronde.id}/thema/nieuw", data={
        "parent_id": "", "code": "4.1", "naam": "Dubbel", "kader": ""})
    assert response.status_code == 400
    assert "De code 4.1 bestaat al in dit codeboek" in text(response)
    assert 'value="Dubbel"' in text(response)
    assert versie(session, themas["2"]) == 1


def test_rename_keeps_every_code_and_writes_history(login, session, world, themas, beheerder,
                                                    secretaris):
    one = coded(session, world.visitatie, "Een", [themas["4.1"]], secretaris)
    two = coded(session, world.other_visitatie, "Twee", [themas["4.1"], themas["2"]],
                secretaris)
    before = {b.id: codes_of(session, b.id) for b in (one, two)}
    response = _edit(login(beheerder), themas["4.1"], naam="Strafrecht en handhaving")
    assert response.status_code == 302
    assert {b.id: codes_of(session, b.id) for b in (one, two)} == before
    assert before[one.id] == {themas["4.1"].id: (secretaris.id, EARLIER)}
    thema = fresh(session, Thema, themas["4.1"].id)
    assert thema.naam == "Strafrecht en handhaving" and thema.code == "4.1"
    [row] = wijzigingen(session, thema.id)
    assert (row.soort, row.oud, row.nieuw, row.codeboek_versie) == (
        "hernoemd", "4.1 Strafrechtketen", "4.1 Strafrecht en handhaving", 2)
    assert audit(session, "thema_hernoemd", thema.id)[0].details["oud"] == "4.1 Strafrechtketen"
    page = text(login(secretaris).get(f"/visitaties/{world.visitatie.id}/bevindingen/"))
    assert "4.1 Strafrecht en handhaving" in page


def test_description_and_kader_each_get_a_history_row_in_one_version(login, session, themas,
                                                                    beheerder):
    response = _edit(login(beheerder), themas["7"], omschrijving="Sturen op resultaat",
                     kader="E")
    assert response.status_code == 302
    rows = wijzigingen(session, themas["7"].id)
    assert [(r.soort, r.oud, r.nieuw, r.codeboek_versie) for r in rows] == [
        ("omschrijving_gewijzigd", None, "Sturen op resultaat", 2),
        ("kader_gekoppeld", None, "E", 2)]
    assert audit(session, "thema_omschrijving_gewijzigd", themas["7"].id)
    assert audit(session, "thema_kader_gekoppeld", themas["7"].id)


def test_saving_without_a_change_keeps_the_version(login, session, themas, beheerder):
    response = _edit(login(beheerder), themas["2"])
    assert response.status_code == 302
    assert versie(session, themas["2"]) == 1 and wijzigingen(session, themas["2"].id) == []


def test_every_change_bumps_the_version(login, session, themas, beheerder):
    client = login(beheerder)
    _edit(client, themas["2"], naam="Samenspel")
    _edit(client, fresh(session, Thema, themas["2"].id), kader="A")
    _move(client, fresh(session, Thema, themas["4.6"].id), themas["7"])
    codeboek = fresh(session, Codeboek, themas["2"].codeboek_id)
    assert codeboek.versie == 4 and codeboek.gewijzigd_at is not None
    versions = session.scalars(select(ThemaWijziging.codeboek_versie)
                               .order_by(ThemaWijziging.id)).all()
    assert versions == [2, 3, 4]


def test_stale_edit_is_refused_and_nothing_overwritten(login, session, themas, beheerder):
    seen = themas["2"].version_id
    themas["2"].naam = "Door een ander"
    session.commit()
    response = _edit(login(beheerder), themas["2"], naam="Mijn naam", version_id=seen)
    assert response.status_code == 400
    assert "is intussen door iemand anders gewijzigd" in text(response)
    assert 'value="Mijn naam"' in text(response)
    assert fresh(session, Thema, themas["2"].id).naam == "Door een ander"
    assert versie(session, themas["2"]) == 1


def test_move_under_another_parent_at_a_position(login, session, themas, beheerder):
    response = _move(login(beheerder), themas["4.6"], themas["7"], positie=1)
    assert response.status_code == 302
    assert _children(session, themas["7"]) == ["4.6", "7.5"]
    assert _children(session, themas["4"]) == ["4.1"]
    [row] = wijzigingen(session, themas["4.6"].id)
    assert (row.soort, row.oud, row.nieuw) == (
        "verplaatst", "onder 4 Ketensamenwerking, plaats 2",
        "onder 7 Sturing en informatie, plaats 1")
    assert audit(session, "thema_verplaatst", themas["4.6"].id)


def test_move_to_the_top_level_and_reorder(login, session, themas, beheerder):
    client = login(beheerder)
    assert _move(client, themas["7.5"], None, positie=1).status_code == 302
    session.expire_all()
    tops = session.scalars(select(Thema.code).where(Thema.parent_id.is_(None))
                           .order_by(Thema.volgorde)).all()
    assert tops == ["7.5", "2", "4", "7"]


@pytest.mark.parametrize("parent_code", ["4", "4.1"])
def test_move_refuses_a_cycle(login, session, themas, beheerder, parent_code):
    response = _move(login(beheerder), themas["4"], themas[parent_code])
    assert response.status_code == 400
    assert ("Een thema kan niet onder zichzelf of onder een van zijn eigen subthema's worden "
            "geplaatst.") in text(response)
    assert fresh(session, Thema, themas["4"].id).parent_id is None
    assert versie(session, themas["4"]) == 1


def test_move_refuses_a_merged_parent(login, session, themas, beheerder):
    themas["2"].samengevoegd_in_id = themas["7"].id
    session.commit()
    response = _move(login(beheerder), themas["4.6"], themas["2"])
    assert response.status_code == 400
    assert "Onder een samengevoegd thema kan geen thema worden geplaatst" in text(response)
    assert fresh(session, Thema, themas["4.6"].id).parent_id == themas["4"].id


def test_stale_move_is_refused(login, session, themas, beheerder):
    response = _move(login(beheerder), themas["4.6"], themas["7"], version_id=99)
    assert response.status_code == 400 and "intussen door iemand anders" in text(response)
    assert fresh(session, Thema, themas["4.6"].id).parent_id == themas["4"].id


def test_codebook_history_is_newest_first_with_versions(login, session, world, themas,
                                                        beheerder):
    client = login(beheerder)
    _edit(client, themas["2"], naam="Samenspel")
    _move(client, fresh(session, Thema, themas["4.6"].id), themas["7"])
    page = text(client.get(f"{BASE}/{world.ronde.id}/geschiedenis"))
    assert "2 wijzigingen" in page
    assert page.index("onder 7 Sturing en informatie") < page.index("2 Samenspel")
    assert '<td class="num">3</td>' in page and '<td class="num">2</td>' in page


@pytest.mark.parametrize("key", ["bestuur", "voorzitter", "commissielid", "secretaris",
                                 "directeur", "contactpersoon", "klankbord", "auteur",
                                 "directeur_elders"])
def test_only_the_beheerder_manages_the_codebook(login, session, world, themas, key):
    client = login(world.users[key])
    thema = themas["4.1"]
    assert client.get(f"{BASE}/").status_code == 403
    assert client.get(f"{BASE}/{world.ronde.id}").status_code == 403
    assert client.get(f"{BASE}/thema/{thema.id}").status_code == 403
    assert _edit(client, thema, naam="Gekaapt").status_code == 403
    assert _move(client, thema, themas["7"]).status_code == 403
    assert client.post(f"{BASE}/{world.ronde.id}/thema/nieuw", data={
        "code": "9", "naam": "X"}).status_code == 403
    assert fresh(session, Thema, thema.id).naam == "Strafrechtketen"


def test_anonymous_is_sent_to_login(client, world, themas):
    assert client.get(f"{BASE}/{world.ronde.id}").status_code == 302


def test_a_theme_of_an_older_codebook_cannot_change(login, session, world, themas, beheerder):
    make_codeboek(session, world.ronde, versie=2, prefix="Nieuw: ")
    session.commit()
    response = _edit(login(beheerder), themas["2"], naam="Oud")
    assert response.status_code == 400
    assert "vervangen door een nieuwer codeboek" in text(response)
