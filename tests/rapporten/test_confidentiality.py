"""Concept versions are for the committee; the dienst sees only what is theirs to see."""
import pytest
from flask import render_template
from sqlalchemy import select

from tests.bevindingen.factories import set_state
from tests.rapporten.factories import make_version, next_version
from visitatie.rapporten import operations as ops
from visitatie.rapporten.demo import add_demo_report
from visitatie.rapporten.models import SectieCommentaar
from visitatie.rapporten.queries import latest_version, section_context

EVERYONE = ["secretaris", "voorzitter", "commissielid", "beheerder", "directeur",
            "contactpersoon", "directeur_elders", "bestuur", "klankbord"]
COMMITTEE_AND_ODNL = {"secretaris", "voorzitter", "commissielid", "beheerder"}
OWN_DIENST = {"directeur", "contactpersoon"}


def _get(login, world, key, nummer):
    return login(world.users[key]).get(
        f"/visitaties/{world.visitatie.id}/rapporten/versies/{nummer}")


@pytest.fixture()
def in_wederhoor(session, world, concept, secretaris, voorzitter):
    """Version 1 approved and sent to wederhoor; version 2 the werkversie processing it."""
    versie = make_version(session, concept, secretaris, voorzitter,
                          statuses=["ter_review", "goedgekeurd"])
    ops.place_comment(session, voorzitter, versie.secties[0], "Intern commentaar van de commissie")
    session.commit()
    set_state(session, concept, "wederhoor", wederhoor_versie=1)
    next_version(session, secretaris, concept, versie)
    return concept


@pytest.mark.parametrize("key", EVERYONE)
def test_concept_outside_wederhoor_is_for_the_committee_only(login, session, world, concept,
                                                            secretaris, key):
    make_version(session, concept, secretaris, statuses=["ter_review"])
    expected = 200 if key in COMMITTEE_AND_ODNL else 403
    assert _get(login, world, key, 1).status_code == expected


@pytest.mark.parametrize("key", EVERYONE)
def test_in_wederhoor_the_dienst_sees_only_the_wederhoor_version(login, world, in_wederhoor,
                                                                 key):
    v1, v2 = _get(login, world, key, 1), _get(login, world, key, 2)
    if key in COMMITTEE_AND_ODNL:
        assert (v1.status_code, v2.status_code) == (200, 200)
    elif key in OWN_DIENST:
        assert (v1.status_code, v2.status_code) == (200, 403)
        assert "Intern commentaar" not in v1.text and "Commentaar plaatsen" not in v1.text
    else:
        assert (v1.status_code, v2.status_code) == (403, 403)


@pytest.mark.parametrize("state", ["concept_rapport", "bezoek"])
def test_wederhoor_version_number_alone_opens_nothing_outside_wederhoor(
        login, session, world, concept, secretaris, directeur, state):
    make_version(session, concept, secretaris, statuses=["ter_review", "goedgekeurd"])
    concept.wederhoor_versie_nummer = 1  # left from an earlier round trip
    session.commit()
    set_state(session, concept, state, wederhoor_versie=1)
    assert _get(login, world, "directeur", 1).status_code == 403


@pytest.mark.parametrize("state", ["vastgesteld", "gepubliceerd"])
@pytest.mark.parametrize("key", EVERYONE)
def test_after_vaststelling_the_dienst_sees_only_the_definitive_version(
        login, session, world, in_wederhoor, secretaris, voorzitter, key, state):
    versie_2 = latest_version(session, in_wederhoor)
    ops.change_status(session, secretaris, versie_2, "ter_review")
    ops.change_status(session, voorzitter, versie_2, "goedgekeurd")
    ops.change_status(session, voorzitter, versie_2, "definitief")
    session.commit()
    set_state(session, in_wederhoor, state, wederhoor_versie=1)
    v1, v2 = _get(login, world, key, 1), _get(login, world, key, 2)
    if key in COMMITTEE_AND_ODNL:
        assert (v1.status_code, v2.status_code) == (200, 200)
    elif key in OWN_DIENST:
        assert (v1.status_code, v2.status_code) == (403, 200)
    else:
        assert (v1.status_code, v2.status_code) == (403, 403)


def test_beheerder_reads_but_does_not_comment(login, session, world, concept, secretaris,
                                              beheerder):
    versie = make_version(session, concept, secretaris, statuses=["ter_review"])
    client = login(beheerder)
    page = client.get(f"/visitaties/{concept.id}/rapporten/versies/1")
    assert page.status_code == 200 and "Commentaar plaatsen" not in page.text
    response = client.post(
        f"/visitaties/{concept.id}/rapporten/versies/1/secties/{versie.secties[0].id}/commentaar",
        data={f"sectie-{versie.secties[0].id}-tekst": "Vanuit ODNL"})
    assert response.status_code == 403
    assert session.scalars(select(SectieCommentaar)).all() == []


# --- the section on the visitatie page ---

def test_section_context_for_the_secretaris_before_the_first_version(session, world, concept,
                                                                     secretaris):
    context = section_context(session, secretaris, concept)
    assert context["rapport_versie"] is None and context["rapport_can_create"]
    assert context["rapport_bevindingen_visible"] and context["rapport_bevindingen_count"] == 6
    assert all(key.startswith("rapport_") for key in context)


def test_section_context_for_the_directeur_in_wederhoor(app, session, world, in_wederhoor,
                                                        directeur, secretaris):
    context = section_context(session, directeur, in_wederhoor)
    assert context["rapport_versie"].nummer == 1
    assert not context["rapport_can_create"] and not context["rapport_can_list"]
    assert not context["rapport_bevindingen_visible"]
    assert context["rapport_bevindingen_count"] is None
    assert section_context(session, secretaris, in_wederhoor)["rapport_versie"].nummer == 2


def test_section_context_for_another_dienst(session, world, in_wederhoor):
    context = section_context(session, world.users["directeur_elders"], in_wederhoor)
    assert context["rapport_versie"] is None and not context["rapport_bevindingen_visible"]


def _render_section(app, user, visitatie, session):
    with app.test_request_context():
        return render_template("rapporten/_section.html", visitatie=visitatie, current_user=user,
                               **section_context(session, user, visitatie))


def test_partial_offers_the_first_version_to_the_secretaris(app, session, world, concept,
                                                            secretaris):
    html = _render_section(app, secretaris, concept, session)
    assert "Conceptrapport maken uit de bevindingen" in html
    assert f"/visitaties/{concept.id}/rapporten/aanmaken" in html
    assert "6 bevindingen" in html


def test_partial_links_the_visible_version(app, session, world, in_wederhoor, directeur,
                                           voorzitter):
    html = _render_section(app, directeur, in_wederhoor, session)
    assert "Versie 1 van het rapport" in html and "goedgekeurd" in html
    assert "bevindingen" not in html.replace("Rapport en bevindingen", "")
    html = _render_section(app, voorzitter, in_wederhoor, session)
    assert "Versie 2 van het rapport" in html and "Alle versies (2)" in html


def test_partial_for_bestuur_shows_nothing_confidential(app, session, world, in_wederhoor,
                                                        bestuur):
    html = _render_section(app, bestuur, in_wederhoor, session)
    assert "Versie" not in html and "geen versie van het rapport die u kunt inzien" in html


# --- demo ---

@pytest.mark.parametrize("approved, status", [(False, "ter_review"), (True, "goedgekeurd")])
def test_demo_report(session, world, concept, secretaris, voorzitter, approved, status):
    versie = add_demo_report(session, concept, secretaris, voorzitter, approved=approved)
    assert versie.nummer == 1 and versie.status == status
    assert len(versie.secties) == 4
    assert len(versie.secties[0].commentaren) == 2
    assert (versie.goedgekeurd_by_id == voorzitter.id) == approved
