"""The secretaris codes the own report through the bevinding form; codes may come later."""
from sqlalchemy import select

from tests.bevindingen.factories import set_state
from tests.themas.helpers import code_changes, codes_of, coded, fresh, text
from visitatie.bevindingen.models import Bevinding


def _url(visitatie, suffix=""):
    return f"/visitaties/{visitatie.id}/bevindingen/{suffix}"


def _only(session, visitatie) -> Bevinding:
    session.expire_all()
    return session.scalars(select(Bevinding).where(Bevinding.visitatie_id == visitatie.id)).one()


def test_a_finding_may_be_recorded_first_and_coded_later(login, session, world, themas,
                                                         secretaris):
    set_state(session, world.visitatie, "bezoek")
    client = login(secretaris)
    response = client.post(_url(world.visitatie, "nieuw"), data={
        "type": "bevinding", "tekst": "Nog te coderen", "rapport_sectie": ""})
    assert response.status_code == 302
    bevinding = _only(session, world.visitatie)
    assert bevinding.themas == [] and bevinding.rapport_sectie is None
    assert code_changes(session, bevinding.id) == []
    page = text(client.get(_url(world.visitatie)))
    assert "Nog te coderen" in page and "nog niet gecodeerd" in page


def test_codes_given_in_the_form_are_history(login, session, world, themas, secretaris):
    set_state(session, world.visitatie, "bezoek")
    login(secretaris).post(_url(world.visitatie, "nieuw"), data={
        "type": "sterk_punt", "tekst": "Goed samenspel", "thema_ids": [str(themas["2"].id)]})
    bevinding = _only(session, world.visitatie)
    [change] = code_changes(session, bevinding.id)
    assert (change.soort, change.thema_id, change.bron, change.door_id) == (
        "toegekend", themas["2"].id, "handmatig", secretaris.id)
    assert codes_of(session, bevinding.id)[themas["2"].id][0] == secretaris.id


def test_changing_only_the_codes_makes_an_open_recode_form_stale(login, session, world, themas,
                                                                secretaris, auteur):
    bevinding = coded(session, world.visitatie, "Tekst blijft", [themas["2"]], secretaris)
    set_state(session, world.visitatie, "bezoek")
    seen = bevinding.version_id
    response = login(secretaris).post(_url(world.visitatie, str(bevinding.id)), data={
        "type": "bevinding", "tekst": "Tekst blijft", "thema_ids": [str(themas["7.5"].id)],
        "rapport_sectie": bevinding.rapport_sectie, "version_id": seen})
    assert response.status_code == 302
    assert fresh(session, Bevinding, bevinding.id).version_id == seen + 1
    assert sorted((c.soort, c.thema_id) for c in code_changes(session, bevinding.id)) == [
        ("toegekend", themas["7.5"].id), ("verwijderd", themas["2"].id)]
    stale = login(auteur).post(f"/rode-draden/codering/bevinding/{bevinding.id}/coderen",
                               data={"thema_ids": [str(themas["4"].id)], "version_id": seen})
    assert stale.status_code == 400
    assert set(codes_of(session, bevinding.id)) == {themas["7.5"].id}


def test_list_links_to_the_code_history_for_the_committee(login, session, world, themas,
                                                          secretaris, directeur):
    bevinding = coded(session, world.visitatie, "Iets", [themas["2"]], secretaris)
    link = f"/rode-draden/codering/bevinding/{bevinding.id}"
    assert link in text(login(secretaris).get(_url(world.visitatie)))
    set_state(session, world.visitatie, "vastgesteld", wederhoor_versie=1)
    page = text(login(directeur).get(_url(world.visitatie)))
    assert "Iets" in page and link not in page
