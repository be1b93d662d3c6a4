"""The beheerder manages accounts and roles in the interface."""
import pytest
from sqlalchemy import select

from tests.factories import make_dienst, make_user, make_visitatie
from visitatie.audit.models import AuditEvent
from visitatie.auth.models import RoleAssignment, User
from visitatie.mail.models import OutgoingMail


def _user_by_email(session, email):
    return session.scalars(select(User).where(User.email == email)).first()


@pytest.mark.parametrize("key", ["bestuur", "secretaris", "directeur", "klankbord"])
def test_only_the_beheerder_may_manage_users(login, world, key):
    client = login(world.users[key])
    assert client.get("/beheer/gebruikers/").status_code == 403
    assert client.post("/beheer/gebruikers/nieuw", data={"naam": "X", "email": "x@test.nl"}
                       ).status_code == 403


def test_anonymous_is_sent_to_login(client, world):
    assert client.get("/beheer/gebruikers/").status_code == 302


def test_beheerder_lists_and_filters_users(login, world, beheerder):
    client = login(beheerder)
    page = client.get("/beheer/gebruikers/?rol=directeur").text
    assert "Test directeur" in page and "Test directeur_elders" in page
    assert "Test secretaris" not in page
    assert "Test secretaris" in client.get("/beheer/gebruikers/?q=SECRETARIS").text


def test_the_list_names_each_role_once_with_a_count(login, session, world, beheerder):
    person = make_user(session, naam="Veelzijdig Lid")
    for _ in range(3):
        visitatie = make_visitatie(session, world.ronde, make_dienst(session))
        session.add(RoleAssignment(user_id=person.id, rol="commissielid",
                                   visitatie_id=visitatie.id))
    session.add(RoleAssignment(user_id=person.id, rol="klankbord", ronde_id=world.ronde.id))
    session.commit()
    page = login(beheerder).get("/beheer/gebruikers/", query_string={"q": "Veelzijdig"})
    assert page.status_code == 200
    assert "<td>Commissielid (3×), Klankbordgroep</td>" in page.text
    assert page.text.count("Commissielid") == 1 + page.text.count(">Commissielid</option>")


def test_beheerder_creates_a_user_who_is_invited(login, session, world, beheerder):
    response = login(beheerder).post("/beheer/gebruikers/nieuw", data={
        "naam": "Nieuwe Visitator", "email": "Visitator@Test.nl", "functie": "Directeur",
        "dienst_id": str(world.other_dienst.id)})
    assert response.status_code == 302
    user = _user_by_email(session, "visitator@test.nl")
    assert user.dienst_id == world.other_dienst.id and user.password_hash is None
    mail = session.scalars(select(OutgoingMail).where(
        OutgoingMail.to_address == "visitator@test.nl")).one()
    assert mail.subject == "Uw account voor Visitaties" and "7 dagen" in mail.body_text
    assert session.scalars(select(AuditEvent).where(
        AuditEvent.action == "gebruiker_aangemaakt", AuditEvent.object_id == user.id)).one()


def test_duplicate_address_is_refused_and_input_kept(login, world, beheerder, directeur):
    response = login(beheerder).post("/beheer/gebruikers/nieuw", data={
        "naam": "Dubbel", "email": directeur.email.upper(), "dienst_id": ""})
    assert response.status_code == 400
    assert "Er bestaat al een account met dit e-mailadres." in response.text
    assert 'value="Dubbel"' in response.text


def test_stale_edit_is_refused(login, session, world, beheerder, secretaris):
    client = login(beheerder)
    old_version = secretaris.version_id
    session.get(User, secretaris.id).functie = "Gewijzigd door een ander"
    session.commit()
    response = client.post(f"/beheer/gebruikers/{secretaris.id}", data={
        "naam": "Mijn wijziging", "email": secretaris.email, "functie": "", "dienst_id": "",
        "is_actief": "y", "version_id": str(old_version)})
    assert response.status_code == 400
    assert "intussen door iemand anders gewijzigd" in response.text
    assert 'value="Mijn wijziging"' in response.text
    session.expire_all()
    assert session.get(User, secretaris.id).naam == "Test secretaris"


def test_deactivating_a_user_ends_their_sessions(app, login, session, world, beheerder,
                                                   secretaris):
    from tests.factories import TEST_PASSWORD

    their_device = app.test_client()
    their_device.post("/inloggen", data={"email": secretaris.email, "wachtwoord": TEST_PASSWORD})
    assert their_device.get("/werkruimte").status_code == 200
    response = login(beheerder).post(f"/beheer/gebruikers/{secretaris.id}", data={
        "naam": secretaris.naam, "email": secretaris.email, "functie": "", "dienst_id": "",
        "version_id": str(secretaris.version_id)})
    assert response.status_code == 302
    assert their_device.get("/werkruimte").status_code == 302


def test_committee_role_from_the_visited_dienst_is_refused(login, session, world, beheerder,
                                                          directeur):
    response = login(beheerder).post(f"/beheer/gebruikers/{directeur.id}/rollen", data={
        "rol-rol": "commissielid", "rol-visitatie_id": str(world.visitatie.id)})
    assert response.status_code == 400
    assert "kan daarom niet in de commissie zitten" in response.text
    assert not session.scalars(select(RoleAssignment).where(
        RoleAssignment.user_id == directeur.id,
        RoleAssignment.visitatie_id == world.visitatie.id)).first()


def test_committee_role_for_someone_from_elsewhere_is_granted(login, session, world, beheerder,
                                                             directeur_elders):
    response = login(beheerder).post(f"/beheer/gebruikers/{directeur_elders.id}/rollen", data={
        "rol-rol": "commissielid", "rol-visitatie_id": str(world.visitatie.id)})
    assert response.status_code == 302
    assert session.scalars(select(RoleAssignment).where(
        RoleAssignment.user_id == directeur_elders.id,
        RoleAssignment.visitatie_id == world.visitatie.id)).one().rol == "commissielid"
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "rol_toegekend", AuditEvent.object_id == directeur_elders.id)
        .order_by(AuditEvent.id.desc())).first()
    assert event.details["visitatie_id"] == world.visitatie.id


def test_dienst_role_without_a_dienst_is_explained(login, world, beheerder, secretaris):
    response = login(beheerder).post(f"/beheer/gebruikers/{secretaris.id}/rollen",
                                     data={"rol-rol": "directeur"})
    assert response.status_code == 400
    assert "Kies de dienst waarvoor deze rol geldt." in response.text


def test_second_committee_role_on_the_same_visitatie_is_refused(login, world, beheerder,
                                                                secretaris):
    response = login(beheerder).post(f"/beheer/gebruikers/{secretaris.id}/rollen", data={
        "rol-rol": "voorzitter", "rol-visitatie_id": str(world.visitatie.id)})
    assert response.status_code == 400
    assert "zit al in de commissie van deze visitatie" in response.text


def test_role_is_removed_with_audit(login, session, world, beheerder, klankbord):
    [assignment] = session.get(User, klankbord.id).roles
    response = login(beheerder).post(
        f"/beheer/gebruikers/{klankbord.id}/rollen/{assignment.id}/intrekken")
    assert response.status_code == 302
    session.expire_all()
    assert session.get(User, klankbord.id).roles == []
    assert session.scalars(select(AuditEvent).where(
        AuditEvent.action == "rol_ingetrokken", AuditEvent.object_id == klankbord.id)).one()


def test_beheerder_cannot_remove_their_own_beheerder_role(login, session, world, beheerder):
    [assignment] = session.get(User, beheerder.id).roles
    client = login(beheerder)
    client.post(f"/beheer/gebruikers/{beheerder.id}/rollen/{assignment.id}/intrekken")
    page = client.get(f"/beheer/gebruikers/{beheerder.id}").text
    assert "U kunt uw eigen beheerdersrol niet intrekken." in page
    session.expire_all()
    assert len(session.get(User, beheerder.id).roles) == 1


def test_role_of_another_user_cannot_be_removed_through_a_wrong_url(login, session, world,
                                                                   beheerder, klankbord,
                                                                   secretaris):
    [assignment] = session.get(User, klankbord.id).roles
    response = login(beheerder).post(
        f"/beheer/gebruikers/{secretaris.id}/rollen/{assignment.id}/intrekken")
    assert response.status_code == 404
