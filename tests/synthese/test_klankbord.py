"""Klankbord comments per chapter: who may place, change and process them, and when."""
import pytest
from sqlalchemy import select

from tests.factories import make_ronde, make_user
from tests.synthese import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.auth import operations as auth_ops
from visitatie.auth.roles import Rol
from visitatie.synthese.models import KlankbordOpmerking


@pytest.fixture()
def at_klankbord(session, synthese):
    f.write_everything(session, synthese)
    f.set_state(session, synthese, "klankbord", klankbord_ronde=2)
    return synthese


def _comment_url(synthese, sectie):
    return f"/rode-draden/{synthese.id}/sectie/{sectie.id}/opmerkingen"


def _opmerkingen(session):
    session.expire_all()
    return list(session.scalars(select(KlankbordOpmerking).order_by(KlankbordOpmerking.id)))


def test_a_member_comments_in_the_current_round(session, login, at_klankbord, klankbord):
    sectie = at_klankbord.secties[2]
    response = login(klankbord).post(_comment_url(at_klankbord, sectie),
                                     data={"tekst": "  Noem ook de veiligheidsregio.  "})
    assert response.status_code == 302
    [opmerking] = _opmerkingen(session)
    assert (opmerking.sectie_id, opmerking.auteur_id, opmerking.klankbord_ronde,
            opmerking.tekst, opmerking.verwerking) == (
        sectie.id, klankbord.id, 2, "Noem ook de veiligheidsregio.", "open")
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "klankbord_opmerking_geplaatst")).one()
    assert (event.object_id, event.details["synthese_id"]) == (opmerking.id, at_klankbord.id)


def test_an_empty_comment_is_refused(session, login, at_klankbord, klankbord):
    response = login(klankbord).post(_comment_url(at_klankbord, at_klankbord.secties[0]),
                                     data={"tekst": "   "})
    assert response.status_code == 400 and "Vul uw opmerking in." in response.text
    assert _opmerkingen(session) == []


def test_the_klankbord_of_another_ronde_gets_403(session, login, at_klankbord):
    other = make_user(session)
    auth_ops.assign_role(session, None, other, Rol.KLANKBORD, ronde_id=make_ronde(session).id)
    session.commit()
    browser = login(other)
    assert browser.get(f"/rode-draden/{at_klankbord.id}").status_code == 403
    assert browser.post(_comment_url(at_klankbord, at_klankbord.secties[0]),
                        data={"tekst": "Ik ook."}).status_code == 403
    assert _opmerkingen(session) == []


@pytest.mark.parametrize("key", ["auteur", "beheerder", "bestuur", "voorzitter"])
def test_only_members_comment(session, login, world, at_klankbord, key):
    response = login(world.users[key]).post(_comment_url(at_klankbord, at_klankbord.secties[0]),
                                            data={"tekst": "Van mij."})
    assert response.status_code == 403
    assert _opmerkingen(session) == []


def test_the_klankbord_sees_nothing_before_its_first_round(session, login, synthese,
                                                           klankbord):
    assert login(klankbord).get(f"/rode-draden/{synthese.id}").status_code == 403
    assert f"/rode-draden/{synthese.id}" not in login(klankbord).get("/rode-draden/").text


def test_after_the_round_no_new_comments(session, login, at_klankbord, klankbord):
    f.set_state(session, at_klankbord, "concept")
    response = login(klankbord).post(_comment_url(at_klankbord, at_klankbord.secties[0]),
                                     data={"tekst": "Te laat."})
    assert response.status_code == 409
    assert "De klankbordronde is afgerond" in response.text
    assert _opmerkingen(session) == []


def test_a_member_changes_and_withdraws_an_own_open_comment(session, login, at_klankbord,
                                                            klankbord):
    opmerking = f.add_comment(session, at_klankbord, at_klankbord.secties[0], klankbord)
    browser = login(klankbord)
    base = f"/rode-draden/{at_klankbord.id}/opmerkingen/{opmerking.id}"
    assert browser.post(base + "/bewerken", data={
        "tekst": "Beter verwoord.", "version_id": opmerking.version_id}).status_code == 302
    [changed] = _opmerkingen(session)
    assert changed.tekst == "Beter verwoord."
    assert browser.post(base + "/intrekken", data={
        "version_id": changed.version_id}).status_code == 302
    [gone] = _opmerkingen(session)
    assert gone.is_verwijderd
    page = browser.get(f"/rode-draden/{at_klankbord.id}/sectie/{gone.sectie_id}").text
    assert "Beter verwoord." not in page
    actions = [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions[-2:] == ["klankbord_opmerking_gewijzigd", "klankbord_opmerking_verwijderd"]


def test_not_someone_elses_nor_a_processed_comment(session, login, at_klankbord, klankbord):
    colleague = make_user(session)
    auth_ops.assign_role(session, None, colleague, Rol.KLANKBORD,
                         ronde_id=at_klankbord.ronde_id)
    session.commit()
    theirs = f.add_comment(session, at_klankbord, at_klankbord.secties[0], colleague)
    processed = f.add_comment(session, at_klankbord, at_klankbord.secties[0], klankbord,
                              verwerking="overgenomen")
    browser = login(klankbord)
    for opmerking in (theirs, processed):
        base = f"/rode-draden/{at_klankbord.id}/opmerkingen/{opmerking.id}"
        assert browser.get(base + "/bewerken").status_code == 403
        assert browser.post(base + "/intrekken", data={
            "version_id": opmerking.version_id}).status_code == 403
    assert [o.is_verwijderd for o in _opmerkingen(session)] == [False, False]


def test_a_comment_of_an_earlier_round_is_not_changed(session, login, at_klankbord, klankbord):
    opmerking = f.add_comment(session, at_klankbord, at_klankbord.secties[0], klankbord)
    opmerking.klankbord_ronde = 1
    session.commit()
    response = login(klankbord).post(
        f"/rode-draden/{at_klankbord.id}/opmerkingen/{opmerking.id}/bewerken",
        data={"tekst": "Nu anders.", "version_id": opmerking.version_id})
    assert response.status_code == 403


def _process(browser, synthese, opmerking, verwerking, reactie=""):
    prefix = f"verwerking-{opmerking.id}-"
    return browser.post(f"/rode-draden/{synthese.id}/opmerkingen/{opmerking.id}/verwerken",
                        data={prefix + "verwerking": verwerking, prefix + "reactie": reactie,
                              prefix + "version_id": opmerking.version_id})


def test_declining_needs_a_reason(session, login, at_klankbord, klankbord, auteur):
    opmerking = f.add_comment(session, at_klankbord, at_klankbord.secties[0], klankbord)
    browser = login(auteur)
    response = _process(browser, at_klankbord, opmerking, "niet_overgenomen")
    assert response.status_code == 400
    assert "Schrijf waarom de opmerking niet is overgenomen." in response.text
    assert _opmerkingen(session)[0].verwerking == "open"
    assert _process(browser, at_klankbord, opmerking, "niet_overgenomen",
                    "Dat hoort bij hoofdstuk 7.").status_code == 302
    [done] = _opmerkingen(session)
    assert (done.verwerking, done.reactie, done.verwerkt_door_id) == (
        "niet_overgenomen", "Dat hoort bij hoofdstuk 7.", auteur.id)
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "klankbord_opmerking_verwerkt")).one()
    assert (event.from_state, event.to_state) == ("open", "niet_overgenomen")


def test_members_see_how_their_comments_were_processed(session, login, at_klankbord,
                                                       klankbord, auteur):
    opmerking = f.add_comment(session, at_klankbord, at_klankbord.secties[0], klankbord)
    assert _process(login(auteur), at_klankbord, opmerking, "overgenomen").status_code == 302
    page = login(klankbord).get(
        f"/rode-draden/{at_klankbord.id}/sectie/{opmerking.sectie_id}").text
    assert "Overgenomen" in page and "door Test auteur" in page
    assert "Verwerking vastleggen" not in page  # members do not process


@pytest.mark.parametrize("state,status", [("klankbord", 302), ("concept", 302),
                                          ("vastgesteld", 409)])
def test_processing_in_klankbord_and_concept_only(session, login, at_klankbord, klankbord,
                                                  auteur, state, status):
    opmerking = f.add_comment(session, at_klankbord, at_klankbord.secties[0], klankbord)
    f.set_state(session, at_klankbord, state)
    assert _process(login(auteur), at_klankbord, opmerking, "overgenomen").status_code == status


@pytest.mark.parametrize("key", ["klankbord", "bestuur", "voorzitter"])
def test_only_authors_process(session, login, world, at_klankbord, klankbord, key):
    opmerking = f.add_comment(session, at_klankbord, at_klankbord.secties[0], klankbord)
    response = _process(login(world.users[key]), at_klankbord, opmerking, "overgenomen")
    assert response.status_code == 403
    assert _opmerkingen(session)[0].verwerking == "open"
