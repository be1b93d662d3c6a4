"""The authorization matrix: every URL rule of the application, called by every role.

EXPECTED declares, for every endpoint, the status of a GET by each role (and anonymous) on
the objects of tests/security/world.py: the visited dienst's visitatie in `vastgesteld`,
a concept verbeterplan, and so on. The expectations follow the `can_*` predicates and the
confidentiality rules of docs/product.md, not whatever the application happens to answer.
A route without an entry here fails `test_every_route_has_a_declared_expectation`.

POST_FORBIDDEN declares, for every endpoint that takes POST, the roles that must get 403
for a POST (empty data; CSRF is off in the tests); anonymous must be sent to log in.
"""
import importlib
import pkgutil

import pytest
from flask import url_for
from werkzeug.routing import BuildError

import tests.security
from tests.security.world import BOGUS, build

ANON = "anoniem"
ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur", "directeur_elders")
EVERYONE = (ANON, *ROLES)
COMMITTEE = ("voorzitter", "commissielid", "secretaris")
DIENST = ("directeur", "contactpersoon")
ODNL = ("beheerder", "bestuur")
OUTSIDERS = ("klankbord", "auteur", "directeur_elders")  # no role on the world's visitatie
LOGIN = 302  # anonymous: sent to the login page


def only(*allowed, status=200, others=403, anon=LOGIN) -> dict:
    """Expectation: `allowed` roles get `status`, the other roles `others`, anonymous `anon`."""
    found = {role: (status if role in allowed else others) for role in ROLES}
    return {ANON: anon, **found}


def everyone(status=200, anon=LOGIN) -> dict:
    return only(*ROLES, status=status, anon=anon)


NOBODY = only()  # a page for nobody in this state (the phase is closed): 403 for all roles
POST_ONLY = everyone(405, anon=405)  # a GET on a POST-only rule

EXPECTED = {
    # --- accounts and public pages ---
    "auth.account": everyone(),
    "auth.forgot_password": everyone(anon=200),
    "auth.login": everyone(302, anon=200),  # a logged-in user is sent to the werkruimte
    "auth.logout": POST_ONLY,
    "auth.login_code": everyone(302, anon=302),  # no password step pending: back to login
    "auth.tweestaps.setup": everyone(),
    "auth.tweestaps.new_recovery_codes": POST_ONLY,
    "auth.tweestaps.disable": POST_ONLY,
    "auth.reset_password": everyone(404, anon=404),  # bogus token: "link invalid" page, 404
    "core.choose_language": POST_ONLY,
    "core.healthz": everyone(anon=200),
    "public.index": everyone(302, anon=200),  # a logged-in user is sent to the werkruimte
    "public.openbaar": everyone(anon=200),
    "home.werkruimte": everyone(),
    "notificaties.index": everyone(),
    # --- ODNL: users, mail, monitoring, dashboard, exports ---
    "gebruikers.index": only("beheerder"),
    "gebruikers.create": only("beheerder"),
    "gebruikers.show": only("beheerder"),
    "gebruikers.add_role": POST_ONLY,
    "gebruikers.remove_role": POST_ONLY,
    "gebruikers.reset_second_factor": POST_ONLY,
    "mail.index": only("beheerder"),
    "mail.show": only("beheerder"),
    "monitoring.index": only(*ODNL),
    "monitoring.export_csv": only(*ODNL),
    "monitoring.export_xlsx": only(*ODNL),
    "dashboard.index": only(*ODNL, *COMMITTEE),  # ODNL, or who sits on some committee
    "exports.ronde_visitaties": only(*ODNL),
    "exports.bevindingen": only("beheerder", *COMMITTEE, *DIENST),  # dienst: vastgesteld
    # --- the visitatie and its committee ---
    "visitaties.show": only(*ODNL, *COMMITTEE, *DIENST),
    "visitaties.transition": POST_ONLY,
    "commissie.create": only("beheerder"),
    "commissie.committee": only("beheerder"),
    "commissie.add_member": only("beheerder"),  # same URL as commissie.committee: its GET
    "commissie.remove_member": POST_ONLY,
    "commissie.visit_dates": only("beheerder", "secretaris"),  # read-only once past
    # --- kernstukken: committee, dienst, beheerder read; upload/review phases are over ---
    "kernstukken.index": only("beheerder", *COMMITTEE, *DIENST),
    "kernstukken.download": only("beheerder", *COMMITTEE, *DIENST),
    # Right role, closed phase: 409 Conflict; every other role 403.
    "kernstukken.upload": only(*DIENST, status=409),
    "kernstukken.review": only("secretaris", status=409),
    # --- gesprekken: schedule shared with the dienst; notes for the committee only ---
    "gesprekken.index": only("beheerder", *COMMITTEE, *DIENST),
    "gesprekken.notities": only(*COMMITTEE),
    "gesprekken.create": NOBODY,
    "gesprekken.edit": NOBODY,
    "gesprekken.delete": NOBODY,
    "gesprekken.edit_notitie": NOBODY,  # notes are closed once vastgesteld
    "gesprekken.mark_gehouden": POST_ONLY,
    # --- bevindingen: the dienst reads them once vastgesteld; editing is closed ---
    "bevindingen.index": only("beheerder", *COMMITTEE, *DIENST),
    # The secretaris is sent back to the list (the phase is closed); every other role 403.
    "bevindingen.create": only("secretaris", status=302),
    "bevindingen.edit": only("secretaris", status=302),
    "bevindingen.delete": POST_ONLY,
    # --- the report: version 1 is a concept (the wederhoor version), only for committee
    #     and beheerder now that wederhoor is over; the dienst reads only the definitive one ---
    "rapporten.index": only("beheerder", *COMMITTEE),
    "rapporten.show": only("beheerder", *COMMITTEE),
    "rapporten.compare": only("beheerder", *COMMITTEE),
    "rapporten.edit_section": only("secretaris"),  # the writer sees it read-only now
    "rapporten.create": POST_ONLY,
    "rapporten.comment": POST_ONLY,
    "rapporten.submit": POST_ONLY,
    "rapporten.approve": POST_ONLY,
    "rapporten.new_version": POST_ONLY,
    # --- generated PDFs: the concept's PDF follows the concept's rule; still queued ---
    "documenten.show": only("beheerder", *COMMITTEE),
    "documenten.download": only("beheerder", *COMMITTEE, status=404),  # not ready: 404
    "documenten.failed": only("beheerder"),
    "documenten.request_report": POST_ONLY,
    "documenten.request_plan": POST_ONLY,
    "documenten.retry": POST_ONLY,
    # --- wederhoor: over; the dienst no longer sees the concept; directeur/beheerder
    #     record the bestuurlijke behandeling ---
    "wederhoor.show": only("beheerder", *COMMITTEE),
    "wederhoor.behandeling": only("beheerder", "directeur"),
    "wederhoor.submit": NOBODY,
    "wederhoor.edit_correctie": NOBODY,
    "wederhoor.add_correctie": POST_ONLY,
    "wederhoor.decide_correctie": POST_ONLY,
    "wederhoor.delete_correctie": POST_ONLY,
    # --- opvolging of earlier aanbevelingen: no earlier aanbeveling exists, so the raters
    #     get 404 on a bogus bevinding id ---
    "opvolging.index": only("beheerder", *COMMITTEE, *DIENST),
    "opvolging.rate": only("voorzitter", "secretaris", status=404),
    # --- verbeterplan (concept): readable by ODNL, committee and dienst; the dienst edits ---
    "verbeterplannen.show": only(*ODNL, *COMMITTEE, *DIENST),
    "verbeterplannen.show_actie": only(*ODNL, *COMMITTEE, *DIENST),
    "verbeterplannen.download_bewijs": only(*ODNL, *COMMITTEE, *DIENST),
    "verbeterplannen.create_actie": only(*DIENST),
    "verbeterplannen.edit_actie": only(*DIENST),
    "verbeterplannen.niet_overnemen": only(*DIENST),
    # A concept plan is not up for adoption: the directeur, who records it, gets 409.
    "verbeterplannen.adopt": only("directeur", status=409),
    # No adoption recorded yet: readers get 404, others 403 (the check comes first).
    "verbeterplannen.besluit": only(*ODNL, *COMMITTEE, *DIENST, status=404),
    "verbeterplannen.create": POST_ONLY,
    "verbeterplannen.change_status": POST_ONLY,
    "verbeterplannen.delete_actie": POST_ONLY,
    "verbeterplannen.remove_niet_overnemen": POST_ONLY,
    "verbeterplannen.transition": POST_ONLY,
    "verbeterplannen.upload_bewijs": POST_ONLY,
    # --- progress reports ---
    "voortgang.index": only(*ODNL, *COMMITTEE, *DIENST),
    "voortgang.show": only(*ODNL, *COMMITTEE, *DIENST),
    "voortgang.edit": only(*DIENST, status=302),  # not reporting yet: back to the index
}

# Roles that must get 403 on a POST. Users outside the visitatie never may; beyond them,
# every role without the predicate's right is listed.
NOT_DIENST = ("bestuur", *COMMITTEE, *OUTSIDERS)
POST_FORBIDDEN = {
    "gebruikers.create": ROLES[1:], "gebruikers.show": ROLES[1:],
    "gebruikers.add_role": ROLES[1:], "gebruikers.remove_role": ROLES[1:],
    "gebruikers.reset_second_factor": ROLES[1:],
    "commissie.create": ROLES[1:], "commissie.add_member": ROLES[1:],
    "commissie.remove_member": ROLES[1:],
    "commissie.visit_dates": ("bestuur", "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "visitaties.transition": ("bestuur", "commissielid", *OUTSIDERS),
    "kernstukken.upload": (*ODNL, *COMMITTEE, *OUTSIDERS),
    "kernstukken.review": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "gesprekken.create": (*ODNL, "voorzitter", "commissielid", *OUTSIDERS),
    "gesprekken.edit": (*ODNL, "voorzitter", "commissielid", *OUTSIDERS),
    "gesprekken.delete": (*ODNL, "voorzitter", "commissielid", *OUTSIDERS),
    "gesprekken.mark_gehouden": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "gesprekken.notities": (*ODNL, *DIENST, *OUTSIDERS),
    "gesprekken.edit_notitie": (*ODNL, "voorzitter", "secretaris", *DIENST, *OUTSIDERS),
    "bevindingen.create": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "bevindingen.edit": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "bevindingen.delete": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "rapporten.create": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "rapporten.edit_section": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "rapporten.submit": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    "rapporten.new_version": (*ODNL, "voorzitter", "commissielid", *DIENST, *OUTSIDERS),
    # The committee may comment and the voorzitter approve; the closed phase is refused by
    # the operation (400 on an empty form, 409 otherwise), so they are not listed here.
    "rapporten.comment": (*ODNL, *DIENST, *OUTSIDERS),
    "rapporten.approve": (*ODNL, "commissielid", "secretaris", *DIENST, *OUTSIDERS),
    "documenten.request_report": ("bestuur", *DIENST, *OUTSIDERS),  # version 1 is a concept
    "documenten.request_plan": OUTSIDERS,
    "documenten.retry": ("bestuur", *DIENST, *OUTSIDERS),
    "wederhoor.add_correctie": (*ODNL, *COMMITTEE, *DIENST, *OUTSIDERS),
    "wederhoor.submit": (*ODNL, *COMMITTEE, *DIENST, *OUTSIDERS),
    "wederhoor.edit_correctie": (*ODNL, *COMMITTEE, *DIENST, *OUTSIDERS),
    "wederhoor.delete_correctie": (*ODNL, *COMMITTEE, *DIENST, *OUTSIDERS),
    "wederhoor.decide_correctie": (*ODNL, *COMMITTEE, *DIENST, *OUTSIDERS),
    "wederhoor.behandeling": ("bestuur", *COMMITTEE, "contactpersoon", *OUTSIDERS),
    "opvolging.rate": (*ODNL, "commissielid", *DIENST, *OUTSIDERS),
    "verbeterplannen.create": (*ODNL, *COMMITTEE, "contactpersoon", *OUTSIDERS),
    "verbeterplannen.create_actie": (*ODNL, *COMMITTEE, *OUTSIDERS),
    "verbeterplannen.edit_actie": (*ODNL, *COMMITTEE, *OUTSIDERS),
    "verbeterplannen.delete_actie": (*ODNL, *COMMITTEE, *OUTSIDERS),
    "verbeterplannen.niet_overnemen": (*ODNL, *COMMITTEE, *OUTSIDERS),
    "verbeterplannen.remove_niet_overnemen": (*ODNL, *COMMITTEE, *OUTSIDERS),
    "verbeterplannen.change_status": (*ODNL, *COMMITTEE, *OUTSIDERS),
    "verbeterplannen.upload_bewijs": (*ODNL, *COMMITTEE, *OUTSIDERS),
    "verbeterplannen.adopt": (*ODNL, *COMMITTEE, "contactpersoon", *OUTSIDERS),
    "verbeterplannen.transition": ("bestuur", "commissielid", "secretaris", *OUTSIDERS),
    "voortgang.edit": NOT_DIENST,
}
# POST endpoints open to anyone, or only about the user's own session and account.
POST_FOR_ANYONE = {"auth.login", "auth.logout", "auth.forgot_password", "auth.reset_password",
                   "auth.account", "core.choose_language", "auth.login_code",
                   "auth.tweestaps.setup", "auth.tweestaps.new_recovery_codes",
                   "auth.tweestaps.disable"}


def _feature_tables() -> list:
    """Features declare their rows in tests/security/expect_<feature>.py (EXPECTED,
    POST_FORBIDDEN and optionally POST_FOR_ANYONE), beside the rows above."""
    found = []
    for info in pkgutil.iter_modules(tests.security.__path__):
        if info.name.startswith("expect_"):
            found.append(importlib.import_module(f"tests.security.{info.name}"))
    return found


for _module in _feature_tables():
    assert not EXPECTED.keys() & _module.EXPECTED.keys(), _module.__name__
    EXPECTED.update(_module.EXPECTED)
    POST_FORBIDDEN.update(getattr(_module, "POST_FORBIDDEN", {}))
    POST_FOR_ANYONE |= set(getattr(_module, "POST_FOR_ANYONE", ()))


def _rules(app):
    return [rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]


def _url(app, rule, objects, **override) -> str:
    values = {**objects.ids, **objects.per_endpoint.get(rule.endpoint, {}), **override}
    with app.test_request_context():
        try:
            return url_for(rule.endpoint, **{a: values[a] for a in rule.arguments})
        except (KeyError, BuildError) as error:  # a new argument name
            raise AssertionError(f"{rule.endpoint}: cannot fill {rule.arguments}") from error


def _client_for(role, client, login, world):
    return client if role == ANON else login(world.users[role])


def _status(browser, method: str, url: str) -> int:
    response = browser.open(url, method=method, data={} if method == "POST" else None)
    response.close()  # downloads hold their file open until closed
    return response.status_code


def _allowed(expected) -> set:
    return expected if isinstance(expected, (set, frozenset)) else {expected}


def test_every_route_has_a_declared_expectation(app):
    endpoints = {rule.endpoint for rule in _rules(app)}
    assert endpoints - EXPECTED.keys() == set(), "routes without an authorization expectation"
    assert EXPECTED.keys() - endpoints == set(), "expectations for routes that do not exist"
    posting = {r.endpoint for r in _rules(app) if "POST" in r.methods}
    assert posting - POST_FORBIDDEN.keys() - POST_FOR_ANYONE == set()
    assert all(set(row) == set(EVERYONE) for row in EXPECTED.values())


@pytest.mark.parametrize("role", EVERYONE)
def test_get_matrix(app, client, login, session, world, role):
    objects = build(session, world)
    browser = _client_for(role, client, login, world)
    wrong = []
    for rule in sorted(_rules(app), key=lambda r: r.endpoint):
        status = _status(browser, "GET", _url(app, rule, objects))
        if status not in _allowed(EXPECTED[rule.endpoint][role]):
            wrong.append(f"{rule.endpoint}: got {status}, "
                         f"expected {EXPECTED[rule.endpoint][role]}")
    assert wrong == [], f"{role}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("role", EVERYONE)
def test_post_matrix(app, client, login, session, world, role):
    objects = build(session, world)
    browser = _client_for(role, client, login, world)
    wrong = []
    for rule in sorted(_rules(app), key=lambda r: r.endpoint):
        if "POST" not in rule.methods or rule.endpoint in POST_FOR_ANYONE:
            continue
        if role != ANON and role not in POST_FORBIDDEN[rule.endpoint]:
            continue
        response = browser.post(_url(app, rule, objects), data={})
        response.close()
        if role == ANON:
            ok = response.status_code == 401 or (
                response.status_code == 302 and "/inloggen" in response.location)
        else:
            ok = response.status_code == 403
        if not ok:
            wrong.append(f"{rule.endpoint}: got {response.status_code}")
    assert wrong == [], f"{role}:\n" + "\n".join(wrong)


OWN_VISITATIE_ROLES = (*COMMITTEE, *DIENST)


@pytest.mark.parametrize("role", OWN_VISITATIE_ROLES)
def test_nothing_of_another_visitatie(app, login, session, world, role):
    """Committee and dienst of one visitatie get nothing of another dienst's visitatie."""
    objects = build(session, world)
    browser = login(world.users[role])
    wrong = []
    for rule in _rules(app):
        if "visitatie_id" not in rule.arguments:
            continue
        url = _url(app, rule, objects, visitatie_id=world.other_visitatie.id)
        for method in ("GET", "POST") if "POST" in rule.methods else ("GET",):
            status = _status(browser, method, url)
            if status not in (403, 404, 405):
                wrong.append(f"{method} {rule.endpoint}: got {status}")
    assert wrong == [], f"{role}:\n" + "\n".join(wrong)


def test_bogus_ids_are_404_for_the_beheerder(app, login, session, world):
    """An id that does not exist is a 404, not a 500, for every object argument."""
    objects = build(session, world)
    browser = login(world.users["beheerder"])
    wrong = []
    for rule in _rules(app):
        id_args = {a for a in rule.arguments if a.endswith("_id") or a == "nummer"}
        if not id_args or "GET" not in rule.methods:
            continue
        status = _status(browser, "GET",
                         _url(app, rule, objects, **dict.fromkeys(id_args, BOGUS)))
        if status not in (403, 404):
            wrong.append(f"{rule.endpoint}: got {status}")
    assert wrong == []
