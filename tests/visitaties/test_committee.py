"""The beheerder composes a visitatie's committee from the user list."""
import pytest
from sqlalchemy import select

from tests.factories import make_user
from tests.visitaties.factories import put_in_state
from visitatie.audit.models import AuditEvent
from visitatie.auth.models import RoleAssignment

FORBIDDEN = ["bestuur", "voorzitter", "secretaris", "commissielid", "directeur",
             "contactpersoon", "klankbord", "directeur_elders"]


def _url(visitatie, suffix=""):
    return f"/visitaties/{visitatie.id}/commissie{suffix}"


def _add(client, visitatie, user_id, rol):
    return client.post(_url(visitatie), data={"user_id": str(user_id), "rol": rol})


def _assignment(session, user, visitatie):
    return session.scalars(select(RoleAssignment).where(
        RoleAssignment.user_id == user.id, RoleAssignment.visitatie_id == visitatie.id)).first()


def _remove_url(visitatie, assignment):
    return _url(visitatie, f"/{assignment.id}/verwijderen")


def test_page_lists_members_and_groups_candidates_by_dienst(login, session, world, beheerder):
    make_user(session, naam="Extern Adviseur", functie="Adviseur bij Bureau X")
    session.commit()
    page = login(beheerder).get(_url(world.visitatie)).text
    assert "Test voorzitter" in page and "Voorzitter" in page
    row = page.split("Test commissielid</th>")[1].split("</tr>")[0]
    assert "<td>Commissielid</td>" in row and world.other_dienst.naam in row
    assert '<optgroup label="Geen omgevingsdienst">' in page
    assert "Omgevingsdienst Bezocht (de bezochte dienst)" in page
    assert "Extern Adviseur — Adviseur bij Bureau X" in page
    assert f"Test directeur_elders — {world.other_dienst.naam}" in page


def test_member_from_elsewhere_is_added_with_audit(login, session, world, beheerder,
                                                   directeur_elders):
    response = _add(login(beheerder), world.visitatie, directeur_elders.id, "commissielid")
    assert response.status_code == 302
    assert _assignment(session, directeur_elders, world.visitatie).rol == "commissielid"
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "rol_toegekend", AuditEvent.object_id == directeur_elders.id)
        .order_by(AuditEvent.id.desc())).first()
    assert event.actor_id == beheerder.id
    assert event.details == {"rol": "commissielid", "visitatie_id": world.visitatie.id}


def test_member_of_the_visited_dienst_is_refused(login, session, world, beheerder, directeur):
    response = _add(login(beheerder), world.visitatie, directeur.id, "commissielid")
    assert response.status_code == 400
    assert ("Test directeur werkt bij Omgevingsdienst Bezocht en kan daarom niet in de "
            "commissie zitten") in response.text
    assert _assignment(session, directeur, world.visitatie) is None


def test_second_voorzitter_is_refused(login, session, world, beheerder, directeur_elders):
    response = _add(login(beheerder), world.visitatie, directeur_elders.id, "voorzitter")
    assert response.status_code == 400
    assert "Deze visitatie heeft al een voorzitter (Test voorzitter)." in response.text
    assert _assignment(session, directeur_elders, world.visitatie) is None


def test_voorzitter_may_be_replaced(login, session, world, beheerder, voorzitter,
                                    directeur_elders):
    client = login(beheerder)
    old = _assignment(session, voorzitter, world.visitatie)
    assert client.post(_remove_url(world.visitatie, old)).status_code == 302
    assert _add(client, world.visitatie, directeur_elders.id, "voorzitter").status_code == 302
    assert _assignment(session, directeur_elders, world.visitatie).rol == "voorzitter"


def test_someone_already_on_the_committee_is_refused(login, world, beheerder, secretaris):
    response = _add(login(beheerder), world.visitatie, secretaris.id, "commissielid")
    assert response.status_code == 400
    assert "Deze persoon zit al in de commissie van deze visitatie." in response.text


@pytest.mark.parametrize("data,message", [
    ({"user_id": "", "rol": "commissielid"}, "Kies een persoon."),
    ({"user_id": "987654", "rol": "commissielid"}, "Kies een persoon uit de lijst."),
    ({"user_id": "USER", "rol": ""}, "Kies een rol."),
    ({"user_id": "USER", "rol": "directeur"}, "Kies voorzitter, commissielid of secretaris."),
])
def test_incomplete_choice_is_explained(login, world, beheerder, directeur_elders, data,
                                        message):
    data = {k: v.replace("USER", str(directeur_elders.id)) for k, v in data.items()}
    response = login(beheerder).post(_url(world.visitatie), data=data)
    assert response.status_code == 400 and message in response.text


def test_blocked_account_is_not_offered(login, session, world, beheerder):
    blocked = make_user(session, naam="Geblokkeerd Persoon", is_actief=False)
    session.commit()
    client = login(beheerder)
    assert "Geblokkeerd Persoon" not in client.get(_url(world.visitatie)).text
    response = _add(client, world.visitatie, blocked.id, "commissielid")
    assert response.status_code == 400 and "Kies een persoon uit de lijst." in response.text


def test_member_is_removed_with_audit(login, session, world, beheerder, commissielid):
    assignment = _assignment(session, commissielid, world.visitatie)
    response = login(beheerder).post(_remove_url(world.visitatie, assignment))
    assert response.status_code == 302
    session.expire_all()
    assert _assignment(session, commissielid, world.visitatie) is None
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "rol_ingetrokken", AuditEvent.object_id == commissielid.id)).one()
    assert event.details["visitatie_id"] == world.visitatie.id


def test_removing_a_role_of_another_visitatie_or_kind_is_404(login, session, world, beheerder,
                                                            commissielid, directeur):
    client = login(beheerder)
    member = _assignment(session, commissielid, world.visitatie)
    assert client.post(_remove_url(world.other_visitatie, member)).status_code == 404
    [dienst_role] = directeur.roles
    assert client.post(_remove_url(world.visitatie, dienst_role)).status_code == 404
    assert client.post(_url(world.visitatie, "/987654/verwijderen")).status_code == 404
    assert _assignment(session, commissielid, world.visitatie) is not None


@pytest.mark.parametrize("state", ["vastgesteld", "gepubliceerd"])
def test_committee_is_locked_once_the_report_is_adopted(login, session, world, beheerder,
                                                        commissielid, directeur_elders, state):
    put_in_state(session, world.visitatie, state)
    client = login(beheerder)
    page = client.get(_url(world.visitatie)).text
    assert "de commissie kan niet meer worden gewijzigd" in page
    assert "Toevoegen aan de commissie" not in page
    response = _add(client, world.visitatie, directeur_elders.id, "commissielid")
    assert response.status_code == 400
    assert "de commissie kan niet meer worden gewijzigd" in response.text
    member = _assignment(session, commissielid, world.visitatie)
    followed = client.post(_remove_url(world.visitatie, member), follow_redirects=True)
    assert "de commissie kan niet meer worden gewijzigd" in followed.text
    session.expire_all()
    assert _assignment(session, commissielid, world.visitatie) is not None
    assert _assignment(session, directeur_elders, world.visitatie) is None


def test_committee_may_change_while_drafting(login, session, world, beheerder,
                                             directeur_elders):
    put_in_state(session, world.visitatie, "wederhoor")
    assert _add(login(beheerder), world.visitatie, directeur_elders.id, "commissielid"
                ).status_code == 302


@pytest.mark.parametrize("key", FORBIDDEN)
def test_only_the_beheerder_composes_the_committee(login, session, world, key,
                                                   directeur_elders, commissielid):
    client = login(world.users[key])
    member = _assignment(session, commissielid, world.visitatie)
    assert client.get(_url(world.visitatie)).status_code == 403
    assert _add(client, world.visitatie, directeur_elders.id, "commissielid").status_code == 403
    assert client.post(_remove_url(world.visitatie, member)).status_code == 403
    session.expire_all()
    assert _assignment(session, commissielid, world.visitatie) is not None


def test_unknown_visitatie_is_404(login, world, beheerder):
    assert login(beheerder).get("/visitaties/987654/commissie").status_code == 404


def test_removal_needs_the_csrf_token(request, login, session, world, beheerder, commissielid):
    member = _assignment(session, commissielid, world.visitatie)
    client = login(beheerder)
    request.getfixturevalue("csrf_enabled")  # after logging in, which posts without a token
    assert client.post(_remove_url(world.visitatie, member)).status_code == 400
    assert _assignment(session, commissielid, world.visitatie) is not None
