"""Who sees the plan: a directeur of another dienst gets 403 on every page and file."""
import io

import pytest

from tests.verbeterplannen import factories as f
from visitatie.verbeterplannen.operations import store_upload

# (method, url template): every route of the verbeterplannen blueprint.
ROUTES = [
    ("POST", "/verbeterplannen/visitaties/{visitatie}/opstellen"),
    ("GET", "/verbeterplannen/{plan}"),
    ("POST", "/verbeterplannen/{plan}/transities/indienen"),
    ("POST", "/verbeterplannen/{plan}/transities/publiceren"),
    ("GET", "/verbeterplannen/{plan}/vaststellen"),
    ("POST", "/verbeterplannen/{plan}/vaststellen"),
    ("GET", "/verbeterplannen/{plan}/besluit"),
    ("GET", "/verbeterplannen/{plan}/acties/nieuw"),
    ("POST", "/verbeterplannen/{plan}/acties/nieuw"),
    ("GET", "/verbeterplannen/{plan}/acties/{actie}"),
    ("GET", "/verbeterplannen/{plan}/acties/{actie}/bewerken"),
    ("POST", "/verbeterplannen/{plan}/acties/{actie}/bewerken"),
    ("POST", "/verbeterplannen/{plan}/acties/{actie}/verwijderen"),
    ("POST", "/verbeterplannen/{plan}/acties/{actie}/status"),
    ("POST", "/verbeterplannen/{plan}/acties/{actie}/bewijzen"),
    ("GET", "/verbeterplannen/{plan}/acties/{actie}/bewijzen/{bewijs}"),
    ("GET", "/verbeterplannen/{plan}/aanbevelingen/{aanbeveling}/niet-overnemen"),
    ("POST", "/verbeterplannen/{plan}/aanbevelingen/{aanbeveling}/niet-overnemen"),
    ("POST", "/verbeterplannen/{plan}/aanbevelingen/{aanbeveling}/niet-overnemen/verwijderen"),
]
READ_ONLY = ["/verbeterplannen/{plan}", "/verbeterplannen/{plan}/besluit",
             "/verbeterplannen/{plan}/acties/{actie}",
             "/verbeterplannen/{plan}/acties/{actie}/bewijzen/{bewijs}"]


@pytest.fixture()
def ids(session, world, plan, aanbevelingen, directeur):
    """A plan in uitvoering with an actie, evidence, a decision and a declined aanbeveling."""
    actie = f.make_actie(session, plan, aanbevelingen[:2])
    f.decline(session, plan, aanbevelingen[2])
    bewijs = f.make_bewijs(session, actie)
    stored = store_upload(session, io.BytesIO(f.MINIMAL_PDF), "besluit.pdf")
    plan.besluit_bestandsnaam, plan.besluit_opslagnaam = "besluit.pdf", stored.opslagnaam
    plan.besluit_sha256, plan.besluit_grootte = stored.sha256, stored.grootte
    plan.besluit_mime_type = stored.mime_type
    f.set_state(session, plan, "in_uitvoering")
    return {"visitatie": world.visitatie.id, "plan": plan.id, "actie": actie.id,
            "bewijs": bewijs.id, "aanbeveling": aanbevelingen[2].id}


def test_the_matrix_covers_every_route(app):
    rules = {(m, r.rule) for r in app.url_map.iter_rules()
             if r.endpoint.startswith("verbeterplannen.") for m in r.methods - {"HEAD", "OPTIONS"}}
    listed = {(m, u.replace("{visitatie}", "<int:visitatie_id>").replace("{plan}", "<int:plan_id>")
               .replace("{actie}", "<int:actie_id>").replace("{bewijs}", "<int:bewijs_id>")
               .replace("{aanbeveling}", "<int:bevinding_id>")
               .replace("transities/indienen", "transities/<event>")
               .replace("transities/publiceren", "transities/<event>")) for m, u in ROUTES}
    assert rules == listed


@pytest.mark.parametrize("method,url", ROUTES)
def test_directeur_of_another_dienst_gets_403_everywhere(session, login, world, ids,
                                                         directeur_elders, method, url):
    client = login(directeur_elders)
    response = client.open(url.format(**ids), method=method, data={"motivering": "x"})
    assert response.status_code == 403
    response.close()


@pytest.mark.parametrize("method,url", ROUTES)
def test_klankbord_gets_403_everywhere(session, login, world, ids, klankbord, method, url):
    response = login(klankbord).open(url.format(**ids), method=method)
    assert response.status_code == 403
    response.close()


@pytest.mark.parametrize("method,url", ROUTES)
def test_anonymous_is_sent_to_login(client, ids, method, url):
    response = client.open(url.format(**ids), method=method)
    assert response.status_code == 302 and "/inloggen" in response.location


@pytest.mark.parametrize("key", ["directeur", "contactpersoon", "beheerder", "bestuur",
                                 "voorzitter", "secretaris", "commissielid"])
@pytest.mark.parametrize("url", READ_ONLY)
def test_dienst_odnl_and_committee_read_the_plan(session, login, world, ids, key, url):
    response = login(world.users[key]).get(url.format(**ids))
    assert response.status_code == 200
    response.close()


@pytest.mark.parametrize("key", ["beheerder", "bestuur", "voorzitter", "secretaris",
                                 "commissielid"])
def test_readers_get_no_edit_controls(session, login, world, plan, aanbevelingen, key):
    f.make_actie(session, plan, aanbevelingen[:1])
    page = login(world.users[key]).get(f"/verbeterplannen/{plan.id}").text
    assert "Actie toevoegen" not in page and "Niet overnemen" not in page
    assert "Volgende stap" not in page


def test_another_dienst_plan_is_not_leaked_through_this_plan(session, login, world, ids,
                                                             directeur):
    other = f.make_plan(session, world.other_visitatie)
    assert login(directeur).get(f"/verbeterplannen/{other.id}").status_code == 403
