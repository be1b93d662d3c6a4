"""The secretaris records bevindingen; aanbevelingen stay numbered 1..n."""
import pytest
from sqlalchemy import select

from tests.bevindingen.factories import make_bevinding, make_codeboek, set_state
from visitatie.audit.models import AuditEvent
from visitatie.bevindingen.models import Bevinding


def _url(visitatie, suffix=""):
    return f"/visitaties/{visitatie.id}/bevindingen/{suffix}"


def _post_new(client, visitatie, tekst, type="bevinding", thema_ids=(), sectie=""):
    return client.post(_url(visitatie, "nieuw"), data={
        "type": type, "tekst": tekst, "thema_ids": [str(i) for i in thema_ids],
        "rapport_sectie": sectie})


def _rows(session, visitatie):
    session.expire_all()
    return session.scalars(select(Bevinding).where(Bevinding.visitatie_id == visitatie.id)
                           .order_by(Bevinding.id)).all()


def _numbers(session, visitatie):
    return {b.tekst: b.nummer for b in _rows(session, visitatie) if b.type == "aanbeveling"}


def _audit(session, action, obj_id):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.action == action, AuditEvent.object_id == obj_id)).all()


def test_secretaris_records_a_bevinding_with_themes(login, session, world, in_bezoek, themas,
                                                     secretaris):
    response = _post_new(login(secretaris), in_bezoek, "  De rolverdeling is onhelder. ",
                         thema_ids=[themas["4.1"].id, themas["2"].id])
    assert response.status_code == 302
    [bevinding] = _rows(session, in_bezoek)
    assert bevinding.tekst == "De rolverdeling is onhelder." and bevinding.nummer is None
    assert {c.thema_id for c in bevinding.themas} == {themas["4.1"].id, themas["2"].id}
    assert all(c.gecodeerd_door_id == secretaris.id for c in bevinding.themas)
    # No section chosen: the main theme of the first theme in codebook order.
    assert bevinding.rapport_sectie == "Bestuurlijk-ambtelijk samenspel"
    [event] = _audit(session, "bevinding_toegevoegd", bevinding.id)
    assert event.actor_id == secretaris.id and event.details["visitatie_id"] == in_bezoek.id


def test_chosen_section_is_kept(login, session, world, in_bezoek, themas, secretaris):
    _post_new(login(secretaris), in_bezoek, "Conclusie-achtig", thema_ids=[themas["7.5"].id],
              sectie="Conclusie")
    assert _rows(session, in_bezoek)[0].rapport_sectie == "Conclusie"


def test_aanbevelingen_are_numbered_and_renumbered_on_delete(login, session, world, in_bezoek,
                                                             themas, secretaris):
    client = login(secretaris)
    for tekst in ("A", "B", "C"):
        _post_new(client, in_bezoek, tekst, type="aanbeveling", thema_ids=[themas["2"].id])
    _post_new(client, in_bezoek, "geen nummer", type="sterk_punt", thema_ids=[themas["2"].id])
    assert _numbers(session, in_bezoek) == {"A": 1, "B": 2, "C": 3}
    b = next(r for r in _rows(session, in_bezoek) if r.tekst == "B")
    response = client.post(_url(in_bezoek, f"{b.id}/verwijderen"),
                           data={"version_id": b.version_id})
    assert response.status_code == 302
    assert _numbers(session, in_bezoek) == {"A": 1, "C": 2}
    [event] = _audit(session, "bevinding_verwijderd", b.id)
    c = next(r for r in _rows(session, in_bezoek) if r.tekst == "C")
    assert event.details["tekst"] == "B" and event.details["hernummerd"] == {str(c.id): 2}
    _post_new(client, in_bezoek, "D", type="aanbeveling", thema_ids=[themas["2"].id])
    assert _numbers(session, in_bezoek) == {"A": 1, "C": 2, "D": 3}


def _edit(client, bevinding, **changes):
    data = {"type": bevinding.type, "tekst": bevinding.tekst,
            "thema_ids": [str(c.thema_id) for c in bevinding.themas],
            "rapport_sectie": bevinding.rapport_sectie or "", "version_id": bevinding.version_id}
    data.update(changes)
    return client.post(_url(bevinding.visitatie, str(bevinding.id)), data=data)


def test_changing_the_type_renumbers(login, session, world, in_bezoek, themas, secretaris):
    t = [themas["2"]]
    a1 = make_bevinding(session, in_bezoek, "aanbeveling", "A1", t, nummer=1)
    make_bevinding(session, in_bezoek, "aanbeveling", "A2", t, nummer=2)
    plain = make_bevinding(session, in_bezoek, "bevinding", "Wordt aanbeveling", t)
    session.commit()
    client = login(secretaris)
    assert _edit(client, plain, type="aanbeveling").status_code == 302
    assert _numbers(session, in_bezoek) == {"A1": 1, "A2": 2, "Wordt aanbeveling": 3}
    assert _edit(client, session.get(Bevinding, a1.id), type="sterk_punt").status_code == 302
    assert _numbers(session, in_bezoek) == {"A2": 1, "Wordt aanbeveling": 2}
    assert session.get(Bevinding, a1.id).nummer is None
    assert _audit(session, "bevinding_gewijzigd", a1.id)


def test_edit_recodes_and_keeps_who_coded_the_kept_theme(login, session, world, in_bezoek,
                                                          themas, secretaris, voorzitter):
    bevinding = make_bevinding(session, in_bezoek, "bevinding", "Oud", [themas["2"]])
    bevinding.themas[0].gecodeerd_door_id = voorzitter.id
    session.commit()
    response = _edit(login(secretaris), bevinding, tekst="Nieuw",
                     thema_ids=[str(themas["2"].id), str(themas["4.6"].id)])
    assert response.status_code == 302
    session.expire_all()
    codes = {c.thema_id: c.gecodeerd_door_id for c in session.get(Bevinding, bevinding.id).themas}
    assert codes == {themas["2"].id: voorzitter.id, themas["4.6"].id: secretaris.id}


def test_stale_edit_is_refused_and_text_kept(login, session, world, in_bezoek, themas,
                                             secretaris):
    bevinding = make_bevinding(session, in_bezoek, "bevinding", "Origineel", [themas["2"]])
    session.commit()
    old_version = bevinding.version_id
    bevinding.tekst = "Door een ander gewijzigd"
    session.commit()
    response = _edit(login(secretaris), bevinding, tekst="Mijn versie", version_id=old_version)
    assert response.status_code == 400
    assert "Deze bevinding is intussen door iemand anders gewijzigd" in response.text
    assert "Mijn versie" in response.text
    session.expire_all()
    assert session.get(Bevinding, bevinding.id).tekst == "Door een ander gewijzigd"


# Themes are optional since issue 5 (code later); tests/themas/test_secretaris_codering.py.
@pytest.mark.parametrize("data, message", [
    ({"tekst": "   ", "thema": True}, "Vul de tekst in."),
])
def test_invalid_input_is_refused_in_dutch(login, session, world, in_bezoek, themas, secretaris,
                                           data, message):
    thema_ids = [themas["2"].id] if data.get("thema") else []
    response = _post_new(login(secretaris), in_bezoek, data["tekst"], thema_ids=thema_ids)
    assert response.status_code == 400 and message in response.text
    assert 'class="error-summary"' in response.text
    assert _rows(session, in_bezoek) == []


def test_a_theme_outside_the_newest_codebook_is_refused(login, session, world, in_bezoek,
                                                       themas, secretaris):
    newer = make_codeboek(session, world.ronde, versie=2, prefix="Nieuw: ")
    session.commit()
    client = login(secretaris)
    page = client.get(_url(in_bezoek, "nieuw")).text
    assert "Nieuw: Ketensamenwerking" in page and ">2 Bestuurlijk" not in page
    response = client.post(_url(in_bezoek, "nieuw"), data={
        "type": "bevinding", "tekst": "Oud thema", "thema_ids": [str(themas["2"].id)]})
    assert response.status_code == 400
    assert _rows(session, in_bezoek) == []
    assert _post_new(client, in_bezoek, "Nieuw thema", thema_ids=[newer["2"].id]
                     ).status_code == 302


def test_form_shows_themes_as_code_and_name_with_children_indented(login, world, in_bezoek,
                                                                  secretaris):
    page = login(secretaris).get(_url(in_bezoek, "nieuw")).text
    assert "4 Ketensamenwerking" in page and "4.1 Strafrechtketen" in page
    assert page.index("4 Ketensamenwerking") < page.index("4.1 Strafrechtketen")
    assert "thema-keuze__item--diepte-1" in page and "thema-keuze__item--diepte-0" in page


@pytest.mark.parametrize("state", ["gepland", "kernstukken_ingediend", "wederhoor"])
def test_bevindingen_are_closed_outside_bezoek_and_concept(login, session, world, themas,
                                                           secretaris, state):
    bevinding = make_bevinding(session, world.visitatie, "bevinding", "Vast", [themas["2"]])
    set_state(session, world.visitatie, state)
    client = login(secretaris)
    response = _post_new(client, world.visitatie, "Te laat", thema_ids=[themas["2"].id])
    assert response.status_code == 302
    page = client.get(response.location).text
    assert "alleen worden vastgelegd of gewijzigd tijdens het bezoek" in page
    assert client.post(_url(world.visitatie, f"{bevinding.id}/verwijderen"),
                       data={"version_id": bevinding.version_id}).status_code == 302
    assert [b.tekst for b in _rows(session, world.visitatie)] == ["Vast"]


def test_secretaris_records_in_concept_rapport(login, session, world, themas, secretaris):
    set_state(session, world.visitatie, "concept_rapport")
    assert _post_new(login(secretaris), world.visitatie, "Nog een",
                     thema_ids=[themas["2"].id]).status_code == 302


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "beheerder", "bestuur",
                                 "directeur", "contactpersoon", "klankbord",
                                 "directeur_elders"])
def test_only_the_secretaris_may_record(login, session, world, in_bezoek, themas, key):
    bevinding = make_bevinding(session, in_bezoek, "bevinding", "Bestaat", [themas["2"]])
    session.commit()
    client = login(world.users[key])
    assert client.get(_url(in_bezoek, "nieuw")).status_code == 403
    assert _post_new(client, in_bezoek, "X", thema_ids=[themas["2"].id]).status_code == 403
    assert _edit(client, bevinding, tekst="Y").status_code == 403
    assert client.post(_url(in_bezoek, f"{bevinding.id}/verwijderen"),
                       data={"version_id": bevinding.version_id}).status_code == 403
    assert [b.tekst for b in _rows(session, in_bezoek)] == ["Bestaat"]


@pytest.mark.parametrize("key, status", [
    ("secretaris", 200), ("voorzitter", 200), ("commissielid", 200), ("beheerder", 200),
    ("directeur", 403), ("contactpersoon", 403), ("directeur_elders", 403), ("bestuur", 403),
    ("klankbord", 403),
])
def test_who_reads_the_list_before_vaststelling(login, session, world, themas, key, status):
    make_bevinding(session, world.visitatie, "bevinding", "Vertrouwelijk", [themas["2"]])
    set_state(session, world.visitatie, "wederhoor", wederhoor_versie=1)
    response = login(world.users[key]).get(_url(world.visitatie))
    assert response.status_code == status
    assert ("Vertrouwelijk" in response.text) == (status == 200)


@pytest.mark.parametrize("key, status", [
    ("directeur", 200), ("contactpersoon", 200), ("directeur_elders", 403), ("bestuur", 403),
])
def test_the_dienst_reads_them_once_vastgesteld(login, session, world, themas, key, status):
    make_bevinding(session, world.visitatie, "bevinding", "Nu openbaar", [themas["2"]])
    set_state(session, world.visitatie, "vastgesteld", wederhoor_versie=1)
    assert login(world.users[key]).get(_url(world.visitatie)).status_code == status


def test_anonymous_is_sent_to_login(client, world, in_bezoek):
    assert client.get(_url(in_bezoek)).status_code == 302
    assert client.post(_url(in_bezoek, "nieuw")).status_code == 302


def test_foreign_ids_are_404(login, session, world, in_bezoek, themas, secretaris):
    elsewhere = make_bevinding(session, world.other_visitatie, "bevinding", "Elders",
                               [themas["2"]])
    session.commit()
    client = login(secretaris)
    assert client.get(_url(in_bezoek, str(elsewhere.id))).status_code == 404
    assert client.post(_url(in_bezoek, f"{elsewhere.id}/verwijderen"),
                       data={"version_id": 1}).status_code == 404
    assert client.get("/visitaties/999999/bevindingen/").status_code == 404


def test_list_is_grouped_by_type_and_filters_by_theme(login, session, world, in_bezoek,
                                                      themas, voorzitter):
    make_bevinding(session, in_bezoek, "aanbeveling", "Maak afspraken met het OM",
                   [themas["4.1"]], nummer=1)
    make_bevinding(session, in_bezoek, "sterk_punt", "Trotse medewerkers", [themas["2"]])
    make_bevinding(session, in_bezoek, "bevinding", "Geen outcome-sturing", [themas["7.5"]])
    session.commit()
    client = login(voorzitter)
    page = client.get(_url(in_bezoek)).text
    assert page.index("Sterke punten") < page.index("Trotse medewerkers")
    assert page.index("Trotse medewerkers") < page.index("Geen outcome-sturing")
    assert page.index("Geen outcome-sturing") < page.index("Maak afspraken met het OM")
    assert "Nieuwe bevinding" not in page  # the voorzitter reads only
    # A main theme's filter includes its subthemes.
    filtered = client.get(_url(in_bezoek) + f"?thema={themas['4'].id}").text
    assert "Maak afspraken met het OM" in filtered and "Trotse medewerkers" not in filtered
    assert "Trotse medewerkers" in client.get(_url(in_bezoek) + "?thema=abc").text


def test_text_is_escaped(login, session, world, in_bezoek, themas, secretaris):
    make_bevinding(session, in_bezoek, "bevinding", "<script>alert(1)</script>", [themas["2"]])
    session.commit()
    page = login(secretaris).get(_url(in_bezoek)).text
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_edit_form_shows_current_values(login, session, world, in_bezoek, themas, secretaris):
    bevinding = make_bevinding(session, in_bezoek, "aanbeveling", "Bestaande tekst",
                               [themas["4.6"]], nummer=1, rapport_sectie="Demo-oude sectie")
    session.commit()
    page = login(secretaris).get(_url(in_bezoek, str(bevinding.id))).text
    assert "Bestaande tekst" in page and "Aanbeveling 1" in page
    assert f'id="thema-{themas["4.6"].id}" value="{themas["4.6"].id}" checked' in page
    assert '<option selected value="Demo-oude sectie">' in page
