"""The progress report pages: who may do what, writing, saving, submitting, reading."""
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.voortgang.factories import at_noon, make_actie, make_plan, make_report
from visitatie.audit.models import AuditEvent
from visitatie.verbeterplannen.models import Voortgangsrapportage
from visitatie.core.dates import local_today

READERS = ("voorzitter", "commissielid", "secretaris", "beheerder", "bestuur")
WRITERS = ("directeur", "contactpersoon")
OUTSIDERS = ("directeur_elders", "klankbord")


@pytest.fixture()
def live(session, world):
    """A plan published a month ago (so period 1 is open today) with two open acties."""
    plan = make_plan(session, world.visitatie, published_on=local_today() - timedelta(days=30))
    acties = [make_actie(session, plan, "Toezichtstrategie herijken", "gepland"),
              make_actie(session, plan, "Dashboard voor het DB", "loopt")]
    session.commit()
    return plan, acties


def _url(plan, rest=""):
    return f"/verbeterplannen/{plan.id}/voortgang/{rest}"


def _form(plan, acties, *, statuses=("loopt", "loopt"), toelichtingen=("Gestart.", "Loopt."),
          reflectie="Het plan ligt op schema.", version_id="", button="opslaan"):
    data = {"periode": "1", "version_id": version_id, "reflectie": reflectie, button: "x"}
    for i, (actie, status, tekst) in enumerate(zip(acties, statuses, toelichtingen)):
        data.update({f"regels-{i}-actie_id": str(actie.id), f"regels-{i}-status": status,
                     f"regels-{i}-toelichting": tekst})
    return data


def _report(session, plan):
    session.expire_all()
    return session.scalars(select(Voortgangsrapportage).where(
        Voortgangsrapportage.verbeterplan_id == plan.id)).first()


@pytest.mark.parametrize("key", WRITERS)
def test_dienst_opens_the_form_with_each_actie(login, world, live, key):
    plan, acties = live
    response = login(world.users[key]).get(_url(plan, "schrijven"))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Voortgangsrapportage periode 1" in page
    assert "Toezichtstrategie herijken" in page and "Dashboard voor het DB" in page
    assert 'name="regels-1-actie_id"' in page and 'name="indienen"' in page


def test_save_as_concept(session, login, world, live, directeur):
    plan, acties = live
    response = login(directeur).post(_url(plan, "schrijven"), data=_form(plan, acties))
    assert response.status_code == 302 and response.location.endswith(_url(plan, "schrijven"))
    report = _report(session, plan)
    assert report.status == "concept" and report.reflectie == "Het plan ligt op schema."
    assert [(r.status, r.toelichting) for r in report.regels] == [("loopt", "Gestart."),
                                                                  ("loopt", "Loopt.")]
    page = login(directeur).get(_url(plan, "schrijven")).get_data(as_text=True)
    assert "Gestart." in page
    assert f'name="version_id" type="hidden" value="{report.version_id}"' in page


def test_submit_applies_statuses_and_shows_the_report(session, login, world, live, directeur):
    plan, acties = live
    data = _form(plan, acties, statuses=("gerealiseerd", "gestopt"),
                 toelichtingen=("Klaar.", "Niet meer nodig na de fusie."), button="indienen")
    response = login(directeur).post(_url(plan, "schrijven"), data=data)
    report = _report(session, plan)
    assert response.status_code == 302
    assert response.location.endswith(_url(plan, str(report.id)))
    assert report.status == "ingediend" and report.ingediend_by_id == directeur.id
    assert [a.status for a in acties] == ["gerealiseerd", "gestopt"]
    assert acties[1].stop_reden == "Niet meer nodig na de fusie."
    page = login(directeur).get(_url(plan, str(report.id))).get_data(as_text=True)
    assert "Niet meer nodig na de fusie." in page and "Het plan ligt op schema." in page


def test_submitted_report_is_read_only(session, login, world, live, directeur):
    plan, acties = live
    login(directeur).post(_url(plan, "schrijven"), data=_form(plan, acties, button="indienen"))
    report = _report(session, plan)
    # A second post of the same period (say, from another tab) is refused, text kept.
    response = login(directeur).post(_url(plan, "schrijven"),
                                     data=_form(plan, acties, reflectie="Gewijzigd"))
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "intussen door iemand anders ingediend" in page and "Gewijzigd" in page
    assert _report(session, plan).reflectie == "Het plan ligt op schema."
    assert report.status == "ingediend"
    # The next period has not started: opening the form sends back with a message.
    response = login(directeur).get(_url(plan, "schrijven"), follow_redirects=True)
    assert "De voortgangsrapportage over periode 2 kunt u schrijven vanaf" in response.text


def test_gestopt_without_explanation_is_refused(session, login, world, live, directeur):
    plan, acties = live
    data = _form(plan, acties, statuses=("gestopt", "loopt"), toelichtingen=("", "Loopt."),
                 button="indienen")
    response = login(directeur).post(_url(plan, "schrijven"), data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "aan waarom die is gestopt" in page and 'href="#regels-0-toelichting"' in page
    assert "Loopt." in page and "Het plan ligt op schema." in page  # nothing lost
    assert _report(session, plan) is None and acties[0].status == "gepland"


def test_stale_save_is_refused_and_keeps_the_text(session, login, world, live, directeur,
                                                  contactpersoon):
    plan, acties = live
    login(contactpersoon).post(_url(plan, "schrijven"),
                               data=_form(plan, acties, reflectie="Versie van de contactpersoon"))
    version = _report(session, plan).version_id
    response = login(directeur).post(_url(plan, "schrijven"),
                                     data=_form(plan, acties, reflectie="Mijn versie"))
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "intussen door iemand anders gewijzigd" in page
    assert "Mijn versie" in page and "Versie van de contactpersoon" in page
    assert f'value="{version}"' in page  # a new save deliberately replaces theirs
    assert _report(session, plan).reflectie == "Versie van de contactpersoon"


def test_invalid_status_is_400(session, login, world, live, directeur):
    plan, acties = live
    data = _form(plan, acties, statuses=("bijna_klaar", "loopt"))
    response = login(directeur).post(_url(plan, "schrijven"), data=data)
    assert response.status_code == 400
    assert "Kies een van de statussen in de lijst." in response.get_data(as_text=True)
    assert _report(session, plan) is None


def test_csrf_is_required(request, session, login, world, live, directeur):
    plan, acties = live
    client = login(directeur)
    request.getfixturevalue("csrf_enabled")  # after logging in, which posts without a token
    response = client.post(_url(plan, "schrijven"), data=_form(plan, acties))
    assert response.status_code == 400 and _report(session, plan) is None
    page = client.get(_url(plan, "schrijven")).get_data(as_text=True)
    form = page[page.index('class="voortgang-form"'):]
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    data = {**_form(plan, acties), "csrf_token": token}
    assert client.post(_url(plan, "schrijven"), data=data).status_code == 302
    assert _report(session, plan).status == "concept"


def test_writing_before_publication_is_refused(session, login, world, directeur):
    plan = make_plan(session, world.visitatie, state="vastgesteld")
    session.commit()
    response = login(directeur).get(_url(plan, "schrijven"), follow_redirects=True)
    assert "zodra het verbeterplan is gepubliceerd" in response.get_data(as_text=True)


def test_post_after_the_plan_closed_keeps_the_text(session, login, world, live, directeur):
    plan, acties = live
    plan.state, plan.afgerond_at = "afgerond", plan.gepubliceerd_at
    session.commit()
    response = login(directeur).post(_url(plan, "schrijven"),
                                     data=_form(plan, acties, reflectie="Nog even dit"))
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "zodra het verbeterplan is gepubliceerd" in page and "Nog even dit" in page
    assert "Toezichtstrategie herijken" in page and _report(session, plan) is None


def test_list_shows_earlier_reports(session, login, world, live, directeur, beheerder):
    plan, acties = live
    first = make_report(session, plan, 1, local_today() - timedelta(days=1),
                        at_noon(local_today() - timedelta(days=2)), by=directeur)
    session.commit()
    page = login(beheerder).get(_url(plan)).get_data(as_text=True)
    assert f'href="{_url(plan, str(first.id))}"' in page and "Test directeur" in page
    assert "Periode 2, uiterlijk" in page


@pytest.mark.parametrize("key", READERS + WRITERS)
def test_readers_see_list_and_report(session, login, world, live, key):
    plan, acties = live
    report = make_report(session, plan, 1, local_today(), at_noon(local_today()),
                         lines={acties[0]: ("loopt", "Begonnen.")}, by=world.users["directeur"])
    session.commit()
    client = login(world.users[key])
    assert client.get(_url(plan)).status_code == 200
    response = client.get(_url(plan, str(report.id)))
    assert response.status_code == 200 and "Begonnen." in response.get_data(as_text=True)


@pytest.mark.parametrize("key", READERS)
def test_readers_may_not_write(session, login, world, live, key):
    plan, acties = live
    client = login(world.users[key])
    assert client.get(_url(plan, "schrijven")).status_code == 403
    assert client.post(_url(plan, "schrijven"), data=_form(plan, acties)).status_code == 403
    assert _report(session, plan) is None


@pytest.mark.parametrize("key", OUTSIDERS)
def test_outsiders_get_403_everywhere(session, login, world, live, key):
    plan, acties = live
    report = make_report(session, plan, 1, local_today(), at_noon(local_today()),
                         by=world.users["directeur"])
    session.commit()
    client = login(world.users[key])
    for url in (_url(plan), _url(plan, str(report.id)), _url(plan, "schrijven")):
        assert client.get(url).status_code == 403, url
    assert client.post(_url(plan, "schrijven"), data=_form(plan, acties)).status_code == 403


def test_anonymous_is_sent_to_login(client, live):
    plan, _acties = live
    response = client.get(_url(plan))
    assert response.status_code == 302 and "/inloggen" in response.location


def test_concept_is_not_shown_to_readers(session, login, world, live, directeur, beheerder):
    plan, acties = live
    login(directeur).post(_url(plan, "schrijven"), data=_form(plan, acties))
    report = _report(session, plan)
    assert login(beheerder).get(_url(plan, str(report.id))).status_code == 404
    response = login(directeur).get(_url(plan, str(report.id)))
    assert response.status_code == 302 and response.location.endswith(_url(plan, "schrijven"))


def test_foreign_ids_are_404(session, login, world, live, directeur):
    plan, acties = live
    other = make_plan(session, world.other_visitatie)
    foreign = make_report(session, other, 1, local_today(), at_noon(local_today()))
    session.commit()
    client = login(directeur)
    assert client.get(_url(plan, str(foreign.id))).status_code == 404
    assert client.get("/verbeterplannen/999999/voortgang/").status_code == 404


def test_audit_rows_for_save_and_submit(session, login, world, live, directeur):
    plan, acties = live
    client = login(directeur)
    client.post(_url(plan, "schrijven"), data=_form(plan, acties))
    version = _report(session, plan).version_id
    client.post(_url(plan, "schrijven"),
                data=_form(plan, acties, version_id=str(version), button="indienen"))
    actions = session.scalars(select(AuditEvent.action).where(
        AuditEvent.actor_id == directeur.id).order_by(AuditEvent.id)).all()
    # The first actie went from gepland to loopt; the second stayed loopt.
    assert actions[-3:] == ["voortgang_opgeslagen", "actie_status_via_voortgang",
                            "voortgang_ingediend"]


def test_the_next_report_shows_an_actie_closed_since_the_last_one(session, login, world,
                                                                  directeur):
    """A closed actie comes back once, read-only (this page used to fail with a 500)."""
    from tests.voortgang.factories import close_actie

    published = local_today() - timedelta(days=200)
    plan = make_plan(session, world.visitatie, published_on=published)
    open_actie = make_actie(session, plan, "Toezichtstrategie herijken", "loopt")
    stopped = make_actie(session, plan, "Dashboard voor het DB", "loopt")
    make_report(session, plan, 1, published + timedelta(days=182),
                at_noon(published + timedelta(days=150)))
    close_actie(session, stopped, "gestopt", at_noon(published + timedelta(days=170)))
    session.commit()
    page = login(directeur).get(_url(plan, "schrijven"))
    assert page.status_code == 200
    assert "Voortgangsrapportage periode 2" in page.text
    assert open_actie.titel in page.text and stopped.titel in page.text
