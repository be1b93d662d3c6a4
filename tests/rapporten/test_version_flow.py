"""Versions: review, comments, approval, new werkversie, definitive; who may do what."""
import pytest
from sqlalchemy import select

from tests.bevindingen.factories import set_state
from tests.rapporten.factories import make_version, next_version
from visitatie.audit.models import AuditEvent
from visitatie.core.domain import DomainError
from visitatie.rapporten.models import RapportVersie, SectieCommentaar
from visitatie.rapporten.operations import change_status, finalize_report


def _url(versie, suffix=""):
    return f"/visitaties/{versie.visitatie_id}/rapporten/versies/{versie.nummer}{suffix}"


def _step(client, versie, step, version_id=None):
    return client.post(_url(versie, f"/{step}"), data={
        "version_id": versie.version_id if version_id is None else version_id})


def _reload(session, versie):
    session.expire_all()
    return session.get(RapportVersie, versie.id)


def _events(session, action, versie):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.action == action, AuditEvent.object_id == versie.id)).all()


def test_full_round_review_approve_new_werkversie(login, session, world, concept, secretaris,
                                                  voorzitter):
    versie = make_version(session, concept, secretaris)
    response = _step(login(secretaris), versie, "ter-review")
    assert response.status_code == 302
    versie = _reload(session, versie)
    assert versie.status == "ter_review"
    [event] = _events(session, "rapportversie_ter_review", versie)
    assert (event.from_state, event.to_state) == ("werkversie", "ter_review")

    client = login(voorzitter)
    response = _step(client, versie, "goedkeuren")
    assert response.status_code == 302
    assert "Versie 1 is goedgekeurd." in client.get(response.location).text
    versie = _reload(session, versie)
    assert versie.status == "goedgekeurd" and versie.goedgekeurd_by_id == voorzitter.id
    assert versie.goedgekeurd_at is not None
    assert _events(session, "rapportversie_goedgekeurd", versie)

    response = _step(login(secretaris), versie, "nieuwe-werkversie")
    assert response.status_code == 302 and response.location.endswith("/versies/2")
    tweede = session.scalars(select(RapportVersie).where(
        RapportVersie.visitatie_id == concept.id, RapportVersie.nummer == 2)).one()
    assert tweede.status == "werkversie" and tweede.created_by_id == secretaris.id
    assert [(s.sleutel, s.tekst) for s in tweede.secties] == [
        (s.sleutel, s.tekst) for s in _reload(session, versie).secties]
    assert _reload(session, versie).status == "goedgekeurd"  # the reviewed one stays
    [event] = _events(session, "rapportversie_aangemaakt", tweede)
    assert event.details["van_versie"] == 1


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "beheerder", "directeur"])
def test_only_the_secretaris_offers_for_review(login, session, world, concept, secretaris, key):
    versie = make_version(session, concept, secretaris)
    assert _step(login(world.users[key]), versie, "ter-review").status_code == 403
    assert _reload(session, versie).status == "werkversie"


@pytest.mark.parametrize("key", ["secretaris", "commissielid", "beheerder", "directeur"])
def test_only_the_voorzitter_approves(login, session, world, concept, secretaris, key):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    assert _step(login(world.users[key]), versie, "goedkeuren").status_code == 403
    assert _reload(session, versie).status == "ter_review"


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "beheerder"])
def test_only_the_secretaris_starts_a_new_werkversie(login, session, world, concept,
                                                     secretaris, key):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    assert _step(login(world.users[key]), versie, "nieuwe-werkversie").status_code == 403


@pytest.mark.parametrize("statuses, step, user_key, message", [
    ([], "goedkeuren", "voorzitter",
     "Alleen een versie die ter review ligt kan worden goedgekeurd."),
    (["ter_review"], "ter-review", "secretaris",
     "Alleen een werkversie kan ter review worden aangeboden."),
    (["ter_review", "goedgekeurd"], "goedkeuren", "voorzitter",
     "Alleen een versie die ter review ligt kan worden goedgekeurd."),
    ([], "nieuwe-werkversie", "secretaris", "Versie 1 is al een werkversie; bewerk die."),
])
def test_wrong_status_is_refused_with_a_message(login, session, world, concept, secretaris,
                                                statuses, step, user_key, message):
    versie = make_version(session, concept, secretaris, statuses=statuses)
    before = versie.status
    response = _step(login(world.users[user_key]), versie, step)
    assert response.status_code == 409 and message in response.text
    assert _reload(session, versie).status == before
    assert session.scalar(select(RapportVersie.nummer).where(
        RapportVersie.visitatie_id == concept.id).order_by(RapportVersie.nummer.desc())) == 1


def test_only_the_newest_version_changes_status(login, session, world, concept, secretaris,
                                                voorzitter):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    next_version(session, secretaris, concept, versie)
    response = _step(login(voorzitter), versie, "goedkeuren")
    assert response.status_code == 409
    assert "Alleen de nieuwste versie (versie 2) kan nog veranderen." in response.text
    assert _reload(session, versie).status == "ter_review"


def test_stale_step_is_refused(login, session, world, concept, secretaris):
    versie = make_version(session, concept, secretaris)
    response = _step(login(secretaris), versie, "ter-review", version_id=versie.version_id - 1)
    assert response.status_code == 409
    assert "Versie 1 is intussen door iemand anders gewijzigd." in response.text


@pytest.mark.parametrize("state", ["bezoek", "vastgesteld"])
def test_steps_are_refused_outside_concept_and_wederhoor(login, session, world, concept,
                                                         secretaris, state):
    versie = make_version(session, concept, secretaris)
    set_state(session, concept, state, wederhoor_versie=1 if state == "vastgesteld" else None)
    response = _step(login(secretaris), versie, "ter-review")
    assert response.status_code == 409
    assert "kan het rapport niet meer veranderen" in response.text


def test_buttons_follow_the_predicates(login, session, world, concept, secretaris, voorzitter):
    versie = make_version(session, concept, secretaris)
    page = login(secretaris).get(_url(versie)).text
    assert "Ter review aanbieden" in page and "Bewerken" in page
    assert "Goedkeuren" not in page and "Nieuwe werkversie maken" not in page
    assert "Ter review aanbieden" not in login(voorzitter).get(_url(versie)).text
    session.expire_all()
    versie = session.get(RapportVersie, versie.id)
    change_status(session, secretaris, versie, "ter_review")
    session.commit()
    page = login(voorzitter).get(_url(versie)).text
    assert "Goedkeuren" in page and "Commentaar plaatsen" in page and "Bewerken" not in page


# --- comments ---

def _comment(client, versie, sectie, tekst):
    return client.post(_url(versie, f"/secties/{sectie.id}/commentaar"),
                       data={f"sectie-{sectie.id}-tekst": tekst})


@pytest.mark.parametrize("key", ["voorzitter", "commissielid", "secretaris"])
def test_committee_comments_per_section(login, session, world, concept, secretaris, key):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    sectie = versie.secties[1]
    client = login(world.users[key])
    response = _comment(client, versie, sectie, "Graag <em>scherper</em> formuleren.")
    assert response.status_code == 302 and response.location.endswith(f"#sectie-{sectie.sleutel}")
    [commentaar] = session.scalars(select(SectieCommentaar).where(
        SectieCommentaar.sectie_id == sectie.id)).all()
    assert commentaar.auteur_id == world.users[key].id
    assert session.scalars(select(AuditEvent).where(
        AuditEvent.action == "rapportcommentaar_geplaatst",
        AuditEvent.object_id == commentaar.id)).one()
    page = client.get(_url(versie)).text
    assert "Graag &lt;em&gt;scherper&lt;/em&gt; formuleren." in page


@pytest.mark.parametrize("key", ["beheerder", "directeur", "contactpersoon", "bestuur",
                                 "klankbord", "directeur_elders"])
def test_only_the_committee_comments(login, session, world, concept, secretaris, key):
    versie = make_version(session, concept, secretaris, statuses=["ter_review", "goedgekeurd"])
    set_state(session, concept, "wederhoor", wederhoor_versie=1)
    versie = _reload(session, versie)
    response = _comment(login(world.users[key]), versie, versie.secties[0], "Mag ik?")
    assert response.status_code == 403
    assert session.scalars(select(SectieCommentaar)).all() == []


def test_comment_on_a_werkversie_is_refused(login, session, world, concept, secretaris,
                                            commissielid):
    versie = make_version(session, concept, secretaris)
    response = _comment(login(commissielid), versie, versie.secties[0], "Te vroeg")
    assert response.status_code == 409
    assert "Commentaar kan alleen worden gegeven op een versie die ter review ligt." \
        in response.text
    assert session.scalars(select(SectieCommentaar)).all() == []


def test_empty_comment_is_refused(login, session, world, concept, secretaris, commissielid):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    response = _comment(login(commissielid), versie, versie.secties[0], "   ")
    assert response.status_code == 400 and "Vul uw commentaar in." in response.text


# --- definitive ---

def test_finalize_marks_the_approved_newest_version(session, world, concept, secretaris,
                                                    voorzitter):
    versie = make_version(session, concept, secretaris, voorzitter,
                          statuses=["ter_review", "goedgekeurd"])
    approved_at = versie.goedgekeurd_at
    assert finalize_report(session, voorzitter, concept).id == versie.id
    session.commit()
    versie = _reload(session, versie)
    assert versie.status == "definitief" and versie.goedgekeurd_at == approved_at
    [event] = _events(session, "rapportversie_definitief", versie)
    assert (event.from_state, event.to_state) == ("goedgekeurd", "definitief")


def test_finalize_refuses_an_unapproved_report(app, session, world, concept, secretaris,
                                               voorzitter):
    with app.test_request_context(), pytest.raises(DomainError, match="pas definitief"):
        finalize_report(session, voorzitter, concept)
    make_version(session, concept, secretaris, statuses=["ter_review"])
    with app.test_request_context(), pytest.raises(DomainError, match="pas definitief"):
        finalize_report(session, voorzitter, concept)


# --- list and comparison ---

def test_version_list_and_comparison(login, session, world, concept, secretaris):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    tweede = next_version(session, secretaris, concept, versie)
    conclusie = next(s for s in tweede.secties if s.sleutel == "conclusie")
    conclusie.tekst = "Alles overziend: op koers.\nNieuwe <slotzin>."
    session.commit()
    client = login(secretaris)
    index = client.get(f"/visitaties/{concept.id}/rapporten/").text
    assert "Versie 2" in index and "Versie 1" in index and "ter review" in index
    assert "Test secretaris" in index
    page = client.get(f"/visitaties/{concept.id}/rapporten/vergelijken?van=1&naar=2").text
    assert "<ins>+ Nieuwe &lt;slotzin&gt;.</ins>" in page
    assert "Ongewijzigd." in page


@pytest.mark.parametrize("key", ["directeur", "contactpersoon", "bestuur", "klankbord",
                                 "directeur_elders"])
def test_list_and_comparison_are_for_the_committee(login, session, world, concept,
                                                   secretaris, key):
    make_version(session, concept, secretaris)
    client = login(world.users[key])
    assert client.get(f"/visitaties/{concept.id}/rapporten/").status_code == 403
    assert client.get(f"/visitaties/{concept.id}/rapporten/vergelijken").status_code == 403
