"""Merging theme X into theme Y keeps every code, who gave it and when, and its history."""
import pytest
from sqlalchemy import select

from tests.themas.helpers import (
    text,
    EARLIER, all_codes, audit, code_changes, coded, coded_bevindingen, codes_of, fresh,
    versie, wijzigingen,
)
from visitatie.bevindingen.queries import codebook_themes
from visitatie.synthese.models import Synthese, SyntheseSectie
from visitatie.themas.models import Thema

BASE = "/beheer/codeboek"


def _merge(client, source, target, version_id=None, target_version_id=None):
    return client.post(f"{BASE}/thema/{source.id}/samenvoegen", data={
        "doel_id": target.id, "version_id": version_id or source.version_id,
        "doel_version_id": target_version_id or target.version_id})


@pytest.fixture()
def coded_world(session, world, themas, secretaris, voorzitter):
    """Findings coded with X = 4.6 and Y = 7, by different people at a fixed moment."""
    x, y = themas["4.6"], themas["7"]
    return {
        "only_x": coded(session, world.visitatie, "Alleen X", [x], secretaris),
        "both": coded(session, world.visitatie, "X en Y", [x, y], voorzitter),
        "only_y": coded(session, world.other_visitatie, "Alleen Y", [y], voorzitter),
        "other": coded(session, world.other_visitatie, "Anders", [themas["2"]], secretaris),
        "x_elsewhere": coded(session, world.other_visitatie, "X elders", [x, themas["2"]],
                             secretaris, type="aanbeveling", nummer=1),
    }


def test_merge_keeps_every_code_with_who_and_when(login, session, themas, beheerder,
                                                  secretaris, voorzitter, coded_world):
    x, y = themas["4.6"], themas["7"]
    findings_before = coded_bevindingen(session, [x.id, y.id])
    total_before = all_codes(session)
    response = _merge(login(beheerder), x, y)
    assert response.status_code == 302
    # Every finding that had X or Y now has Y; only the doubled code of "X en Y" is gone.
    assert coded_bevindingen(session, [y.id]) == findings_before
    assert coded_bevindingen(session, [x.id]) == set()
    assert all_codes(session) == total_before - 1
    # The moved codes keep who gave them and when; the one that was there stays as it was.
    assert codes_of(session, coded_world["only_x"].id) == {y.id: (secretaris.id, EARLIER)}
    assert codes_of(session, coded_world["both"].id) == {y.id: (voorzitter.id, EARLIER)}
    assert codes_of(session, coded_world["x_elsewhere"].id) == {
        y.id: (secretaris.id, EARLIER), themas["2"].id: (secretaris.id, EARLIER)}
    assert codes_of(session, coded_world["other"].id) == {themas["2"].id: (secretaris.id,
                                                                          EARLIER)}


def test_merge_writes_code_and_codebook_history(login, session, themas, beheerder,
                                                coded_world):
    x, y = themas["4.6"], themas["7"]
    _merge(login(beheerder), x, y)
    for key in ("only_x", "both", "x_elsewhere"):
        [change] = code_changes(session, coded_world[key].id)
        assert (change.soort, change.bron, change.thema_id, change.van_thema_id,
                change.door_id) == ("samengevoegd", "samenvoeging", y.id, x.id, beheerder.id)
    assert code_changes(session, coded_world["only_y"].id) == []
    merged = fresh(session, Thema, x.id)
    assert merged.samengevoegd_in_id == y.id
    [row] = wijzigingen(session, x.id, "samengevoegd")
    assert (row.oud, row.nieuw, row.codeboek_versie) == (
        "4.6 Veiligheidsregio's", "7 Sturing en informatie", 2)
    assert versie(session, x) == 2
    [event] = audit(session, "thema_samengevoegd", x.id)
    assert event.details["codes_verplaatst"] == 2 and event.details["codes_vervallen"] == 1
    assert event.details["in_thema_id"] == y.id


def test_a_merged_theme_is_never_offered_for_coding(login, session, world, themas, beheerder,
                                                    auteur, coded_world):
    x, y = themas["4.6"], themas["7"]
    _merge(login(beheerder), x, y)
    assert x.id not in {k.thema.id for k in codebook_themes(session, world.ronde.id)}
    client = login(auteur)
    bevinding = coded_world["other"]
    page = text(client.get(f"/rode-draden/codering/bevinding/{bevinding.id}/coderen"))
    assert f'value="{x.id}"' not in page and f'value="{y.id}"' in page
    response = client.post(f"/rode-draden/codering/bevinding/{bevinding.id}/coderen", data={
        "thema_ids": [str(x.id)], "version_id": bevinding.version_id})
    assert response.status_code == 400
    assert "Kies thema's uit het codeboek van deze ronde." in text(response)
    tree = text(login(beheerder).get(f"{BASE}/{world.ronde.id}"))
    assert "samengevoegd in 7 Sturing en informatie" in tree


def test_merge_moves_the_children_and_keeps_their_codes(login, session, world, themas,
                                                        beheerder, secretaris):
    finding = coded(session, world.visitatie, "Sub", [themas["4.1"]], secretaris)
    response = _merge(login(beheerder), themas["4"], themas["7"])
    assert response.status_code == 302
    session.expire_all()
    children = session.scalars(select(Thema.code).where(Thema.parent_id == themas["7"].id)
                               .order_by(Thema.volgorde)).all()
    assert children == ["7.5", "4.1", "4.6"]
    assert codes_of(session, finding.id) == {themas["4.1"].id: (secretaris.id, EARLIER)}
    [row] = wijzigingen(session, themas["4.1"].id, "verplaatst")
    assert row.nieuw == "onder 7 Sturing en informatie, plaats 2"


def test_merge_repoints_rode_draden_sections_unless_one_exists(login, session, world, themas,
                                                               beheerder):
    x, y = themas["4.6"], themas["7"]
    alone = _synthese(session, world, "alleen-x", [x])
    both = _synthese(session, world, "beide", [x, y])
    _merge(login(beheerder), x, y)
    session.expire_all()
    assert [s.thema_id for s in fresh(session, Synthese, alone.id).secties] == [y.id]
    assert sorted(s.thema_id for s in fresh(session, Synthese, both.id).secties) == sorted(
        [x.id, y.id])


def _synthese(session, world, slug, themas) -> Synthese:
    synthese = Synthese(ronde_id=world.ronde.id, titel=f"Editie {slug}", slug=slug)
    synthese.secties = [SyntheseSectie(thema_id=t.id, titel=t.naam, volgorde=i)
                        for i, t in enumerate(themas)]
    session.add(synthese)
    session.commit()
    return synthese


def test_confirmation_page_says_how_many_codes_move(login, session, themas, beheerder,
                                                    coded_world):
    x, y = themas["4.6"], themas["7"]
    page = login(beheerder).get(f"{BASE}/thema/{x.id}/samenvoegen?doel={y.id}")
    assert page.status_code == 200
    assert "2 codes gaan over naar 7 Sturing en informatie." in text(page)
    assert "1 bevinding had beide thema's al" in text(page)
    assert fresh(session, Thema, x.id).samengevoegd_in_id is None  # nothing happened yet


def test_confirmation_page_refuses_a_sub_theme_of_its_own(login, session, themas, beheerder):
    response = login(beheerder).get(
        f"{BASE}/thema/{themas['4'].id}/samenvoegen?doel={themas['4.1'].id}")
    assert response.status_code == 400
    page = text(response)
    assert "kan niet worden samengevoegd met een van zijn eigen subthema's" in page
    assert "Ja, samenvoegen" not in page


@pytest.mark.parametrize("source, target, message", [
    ("4", "4.1", "Een thema kan niet worden samengevoegd met een van zijn eigen subthema"),
    ("4.1", "4.1", "Kies een ander thema uit hetzelfde codeboek."),
])
def test_merge_refuses_impossible_targets(login, session, themas, beheerder, source, target,
                                          message):
    response = _merge(login(beheerder), themas[source], themas[target])
    assert response.status_code == 400 and message in text(response)
    assert fresh(session, Thema, themas[source].id).samengevoegd_in_id is None
    assert versie(session, themas[source]) == 1


def test_merge_refuses_a_merged_theme_on_either_side(login, session, themas, beheerder):
    themas["2"].samengevoegd_in_id = themas["7"].id
    session.commit()
    client = login(beheerder)
    into_merged = _merge(client, themas["4.1"], themas["2"])
    assert into_merged.status_code == 400
    assert "Met een samengevoegd thema kan niet worden samengevoegd" in text(into_merged)
    from_merged = _merge(client, fresh(session, Thema, themas["2"].id), themas["4.1"])
    assert from_merged.status_code == 400
    assert "is samengevoegd met een ander thema" in text(from_merged)


def test_stale_merge_is_refused(login, session, themas, beheerder, coded_world):
    x, y = themas["4.6"], themas["7"]
    response = _merge(login(beheerder), x, y, target_version_id=y.version_id + 5)
    assert response.status_code == 400 and "intussen door iemand anders" in text(response)
    assert fresh(session, Thema, x.id).samengevoegd_in_id is None
    assert coded_bevindingen(session, [x.id]) == {coded_world["only_x"].id,
                                                  coded_world["both"].id,
                                                  coded_world["x_elsewhere"].id}


def test_theme_page_shows_its_merged_in_themes_and_their_history(login, session, themas,
                                                                 beheerder):
    client = login(beheerder)
    _merge(client, themas["4.6"], themas["7"])
    page = text(client.get(f"{BASE}/thema/{themas['7'].id}"))
    assert "Thema's die hierin zijn opgegaan" in page
    assert "4.6 Veiligheidsregio's" in page and "samengevoegd" in page
    merged_page = text(client.get(f"{BASE}/thema/{themas['4.6'].id}"))
    assert "Dit thema is samengevoegd in" in merged_page
    assert "Gegevens wijzigen" not in merged_page
