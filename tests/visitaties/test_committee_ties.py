"""Nobody sits on the committee visiting a dienst they hold any role at (issue 19, M4).

The probe: the rule looked only at the account's dienst field, so someone with a role at the
visited dienst (but another dienst field) could join its committee and read the interview
notes, and a committee member could afterwards be given a role at the visited dienst.
"""
from sqlalchemy import select

from tests.factories import make_user
from tests.visitaties.factories import put_in_state
from visitatie.auth import operations as auth_ops
from visitatie.auth.models import RoleAssignment, User
from visitatie.auth.roles import Rol, has_ties_to_dienst
from visitatie.visitaties.facts import gather_facts


def _committee_seat(session, user, visitatie):
    return session.scalars(select(RoleAssignment).where(
        RoleAssignment.user_id == user.id, RoleAssignment.visitatie_id == visitatie.id)).first()


def _dienst_roles(session, user, dienst):
    return session.scalars(select(RoleAssignment.rol).where(
        RoleAssignment.user_id == user.id, RoleAssignment.dienst_id == dienst.id)).all()


def _role_holder_elsewhere(session, world, rol):
    """Someone whose dienst field is another dienst but who holds `rol` at the visited one."""
    user = make_user(session, naam="Dubbele Pet", dienst=world.other_dienst)
    auth_ops.assign_role(session, None, user, rol, dienst_id=world.dienst.id)
    session.commit()
    return user


def test_ties_count_every_role_not_only_the_dienst_field(session, world, directeur_elders):
    assert has_ties_to_dienst(world.users["directeur"], world.dienst.id)
    assert not has_ties_to_dienst(directeur_elders, world.dienst.id)
    user = _role_holder_elsewhere(session, world, Rol.CONTACTPERSOON)
    assert user.dienst_id != world.dienst.id
    assert has_ties_to_dienst(user, world.dienst.id)
    assert not has_ties_to_dienst(user, None)


def test_directeur_of_the_visited_dienst_with_another_dienst_field_is_refused_a_seat(
        login, session, world, beheerder):
    user = _role_holder_elsewhere(session, world, Rol.DIRECTEUR)
    response = login(beheerder).post(f"/visitaties/{world.visitatie.id}/commissie",
                                     data={"user_id": str(user.id), "rol": "commissielid"})
    assert response.status_code == 400
    assert ("Dubbele Pet heeft de rol directeur bij Omgevingsdienst Bezocht en kan daarom "
            "niet in de commissie zitten die deze dienst visiteert.") in response.text
    assert _committee_seat(session, user, world.visitatie) is None


def test_contactpersoon_of_the_visited_dienst_is_refused_a_seat_in_user_management(
        login, session, world, beheerder):
    user = _role_holder_elsewhere(session, world, Rol.CONTACTPERSOON)
    response = login(beheerder).post(f"/beheer/gebruikers/{user.id}/rollen", data={
        "rol-rol": "voorzitter", "rol-visitatie_id": str(world.visitatie.id)})
    assert response.status_code == 400
    assert ("Dubbele Pet heeft de rol contactpersoon bij Omgevingsdienst Bezocht en kan "
            "daarom niet in de commissie zitten") in response.text
    assert _committee_seat(session, user, world.visitatie) is None


def test_committee_member_is_refused_a_role_at_the_visited_dienst(login, session, world,
                                                                   beheerder, commissielid):
    response = login(beheerder).post(f"/beheer/gebruikers/{commissielid.id}/rollen", data={
        "rol-rol": "directeur", "rol-dienst_id": str(world.dienst.id)})
    assert response.status_code == 400
    assert ("Test commissielid zit in de commissie die Omgevingsdienst Bezocht visiteert "
            f"({world.ronde.naam}) en kan daarom niet aan deze dienst worden verbonden zolang "
            "het rapport niet is vastgesteld.") in response.text
    assert _dienst_roles(session, commissielid, world.dienst) == []


def test_committee_member_may_get_a_role_at_another_dienst(login, session, world, beheerder,
                                                          commissielid):
    response = login(beheerder).post(f"/beheer/gebruikers/{commissielid.id}/rollen", data={
        "rol-rol": "contactpersoon", "rol-dienst_id": str(world.other_dienst.id)})
    assert response.status_code == 302
    assert _dienst_roles(session, commissielid, world.other_dienst) == ["contactpersoon"]


def test_committee_member_cannot_be_moved_to_the_visited_dienst(login, session, world,
                                                                beheerder, secretaris):
    response = login(beheerder).post(f"/beheer/gebruikers/{secretaris.id}", data={
        "naam": secretaris.naam, "email": secretaris.email, "functie": "",
        "dienst_id": str(world.dienst.id), "is_actief": "y",
        "version_id": str(secretaris.version_id)})
    assert response.status_code == 400
    assert "zit in de commissie die Omgevingsdienst Bezocht visiteert" in response.text
    session.expire_all()
    assert session.get(User, secretaris.id).dienst_id is None


def test_after_the_report_is_adopted_a_former_member_may_join_the_dienst(
        login, session, world, beheerder, commissielid):
    # The committee's work is done and its composition is a matter of record: a change of
    # job later on is no conflict, and the seat cannot (and should not) be rewritten.
    put_in_state(session, world.visitatie, "vastgesteld")
    response = login(beheerder).post(f"/beheer/gebruikers/{commissielid.id}/rollen", data={
        "rol-rol": "directeur", "rol-dienst_id": str(world.dienst.id)})
    assert response.status_code == 302
    assert _dienst_roles(session, commissielid, world.dienst) == ["directeur"]


def test_lifecycle_guard_sees_a_role_tie_that_bypassed_the_checks(session, world, commissielid):
    # Defence in depth: a tie written straight into the table still blocks the start.
    assert not gather_facts(session, world.visitatie).has_member_of_visited_dienst
    session.add(RoleAssignment(user_id=commissielid.id, rol=Rol.CONTACTPERSOON.value,
                               dienst_id=world.dienst.id))
    session.commit()
    session.expire_all()
    assert gather_facts(session, world.visitatie).has_member_of_visited_dienst


def test_a_tied_member_who_got_in_before_the_check_cannot_read_the_notes(login, session, world,
                                                                         commissielid):
    from tests.gesprekken.factories import make_gesprek, make_notitie, set_state

    set_state(session, world.visitatie, "bezoek")
    gesprek = make_gesprek(session, world.visitatie)
    make_notitie(session, gesprek, world.users["voorzitter"], "Vertrouwelijk: de directeur")
    url = f"/visitaties/{world.visitatie.id}/gesprekken/{gesprek.id}/notities"
    client = login(commissielid)
    assert client.get(url).status_code == 200
    session.add(RoleAssignment(user_id=commissielid.id, rol=Rol.DIRECTEUR.value,
                               dienst_id=world.dienst.id))  # a row written past the checks
    session.commit()
    session.expire_all()
    response = client.get(url)
    assert response.status_code == 403 and "Vertrouwelijk" not in response.text
