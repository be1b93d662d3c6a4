"""Property-based tests: hostile input in every field of the main forms.

Hypothesis fills each field with random text, huge values, control characters, wrong types
(text where a number, date or choice belongs) and HTML/script, mixed with valid values so
that many examples get past the form and reach the operation and the database. For every
example: never a 500 (the test app re-raises), a refusal re-renders the form with a Dutch
message and stores nothing (no row, no audit event), and no page ever contains the
injected markup unescaped: what is stored is shown escaped.
"""
import itertools
import os
from collections import Counter
from datetime import date, timedelta
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import example as hypothesis_example
from hypothesis import strategies as st
from markupsafe import escape
from sqlalchemy import func, select

from tests.bevindingen.factories import make_bevinding, make_codeboek, set_state
from tests.gesprekken.factories import gesprek_form
from tests.rapporten.factories import add_bevindingen, make_version
from tests.verbeterplannen import factories as plan_factories
from tests.wederhoor.factories import open_wederhoor
from visitatie.audit.models import AuditEvent
from visitatie.auth.models import User
from visitatie.bevindingen.models import Bevinding
from visitatie.gesprekken.models import Gesprek
from visitatie.rapporten.models import RapportSectie
from visitatie.verbeterplannen.models import Actie, Verbeterplan
from visitatie.visitaties.models import Visitatie
from visitatie.wederhoor.models import WederhoorCorrectie

EXAMPLES = int(os.environ.get("VISITATIE_HYPOTHESIS_EXAMPLES", 40))
NUMBERS = itertools.count(1)
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=os.environ.get("VISITATIE_HYPOTHESIS_RANDOM") != "1",
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow,
                                           HealthCheck.data_too_large])

# Markup that must never come back unescaped, and text that carries it.
MARKERS = ("<script>alert(", "<img src=x onerror=", "<svg/onload=", "</textarea><b>")
PAYLOADS = (
    "<script>alert('x')</script>", '"><img src=x onerror=alert(1)>', "<svg/onload=alert(1)>",
    "</textarea><b>vet</b>", "javascript:alert(1)", "{{ config }}", "{% print(1) %}",
    "%(naam)s %s {0}", "' OR '1'='1'; --", "\x00", "a\x00b", "\u202egnp.exe", "\u200b\ufeff",
    "\r\n\r\n", "\x1b[31m", "😀🇳🇱", "Ẓ̵̡̦͖̓ͫa̴l̷g̶o̵", "\ud7ff\ue000", " ", "\t",
)
NUMBER_LIKE = ("²", "١٢", "𝟙", "-1", "0", "1e3", "0x10", " 7 ", "1_000", "9" * 25,
               "-" + "9" * 25, "NaN", "None", "[]", "{}")
# How a refusal shows: the form's error summary or field errors, or the page that refuses a
# NUL character before any form sees it (visitatie/core/security.py).
REFUSAL_SIGNS = ("error-summary", "form-error", "onzichtbaar teken (NUL)")
HUGE = (201, 301, 2001, 5001, 20_001, 100_001)

hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Mn")),
            max_size=20),
    st.sampled_from(PAYLOADS),
    st.tuples(st.text(max_size=8), st.sampled_from(PAYLOADS), st.text(max_size=8)).map("".join),
    st.sampled_from(HUGE).map(lambda n: ("Lang <b>" * (n // 8 + 1))[:n]),
)
wrong_type = st.one_of(hostile_text, st.sampled_from(NUMBER_LIKE),
                       st.integers(-2**70, 2**70).map(str))


def corrupt(valid: dict, **kinds) -> st.SearchStrategy:
    """Valid form data with one or more fields missing, hostile or repeated.

    Most fields stay valid, so that the hostile one gets past the form to the database.
    """
    keys = sorted(set(valid) | set(kinds))

    @st.composite
    def build(draw):
        data = dict(valid)
        for key in draw(st.sets(st.sampled_from(keys), min_size=1, max_size=3)):
            kind = kinds.get(key, hostile_text)
            value = draw(st.one_of(st.none(), kind, st.lists(kind, min_size=2, max_size=3)))
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        return data

    return build()


def counts(session, *models) -> tuple:
    return tuple(session.scalar(select(func.count()).select_from(m))
                 for m in (*models, AuditEvent))


def check_page(response, allowed=(200, 302, 400, 401, 409)) -> str:
    """Assert a page is no 500 and holds no injected markup; return its body."""
    body = response.get_data(as_text=True)
    assert response.status_code in allowed, response.status_code
    for marker in MARKERS:
        assert marker not in body, f"unescaped {marker!r} in the page"
    return body


def check_answer(response, stored: bool) -> str:
    """Assert the rules for the answer to a POST: a refusal says why and stores nothing."""
    body = check_page(response)
    if response.status_code != 302:
        assert response.status_code in (400, 409), response.status_code
        assert any(sign in body for sign in REFUSAL_SIGNS), body[-3000:]
        assert not stored, "a refused form stored something"
    return body


def post_and_check(client, session, url, data, models):
    """Post `data`; check the answer, that a refusal stored nothing, and the page after."""
    before = counts(session, *models)
    response = client.post(url, data=data)
    after = counts(session, *models)
    check_answer(response, stored=after != before)
    if response.status_code == 302:
        assert after != before, "a save that changed nothing said it succeeded"
        page = client.get(response.location)
        assert page.status_code == 200
        check_page(page)
    return response


# --- the forms ---------------------------------------------------------------------------------

DATES = ("2026-02-30", "1900-01-01", "9999-12-31", "0001-01-01", "99999-01-01", "14-03-2026")
TIMES = ("24:00", "9:5", "25:61", "07:00:60", "12.30")
wrong_date = st.one_of(wrong_type, st.sampled_from(DATES))
wrong_time = st.one_of(wrong_type, st.sampled_from(TIMES))


def run_examples(strategy, example, expect=(302, 400), explicit=()) -> Counter:
    """Run `example(data)` for Hypothesis' examples; return the tally of status codes.

    `expect`: answers that must each occur at least once (saved and refused examples);
    `explicit`: data that is always tried as well.
    """
    tally = Counter()

    def run(data):
        tally[example(data)] += 1

    for data in explicit:
        run = hypothesis_example(data)(run)
    SETTINGS(given(strategy)(run))()
    assert all(tally[status] for status in expect), f"not every kind of answer: {tally}"
    return tally


def check_posts(browser, session, url, strategy, models) -> Counter:
    return run_examples(strategy, lambda data: post_and_check(
        browser, session, url, data, models).status_code)


@pytest.fixture()
def in_bezoek(session, world):
    themas = make_codeboek(session, world.ronde)
    set_state(session, world.visitatie, "bezoek")
    return themas


def test_bevinding_create(login, session, world, in_bezoek):
    browser = login(world.users["secretaris"])
    valid = {"type": "bevinding", "tekst": "Een gewone bevinding.",
             "thema_ids": [str(in_bezoek["2"].id), str(in_bezoek["4.1"].id)],
             "rapport_sectie": "Conclusie"}
    check_posts(browser, session, f"/visitaties/{world.visitatie.id}/bevindingen/nieuw",
                corrupt(valid, type=wrong_type, thema_ids=wrong_type,
                        rapport_sectie=wrong_type), [Bevinding])


def test_bevinding_edit(login, session, world, in_bezoek):
    browser = login(world.users["secretaris"])
    bevinding = make_bevinding(session, world.visitatie, "bevinding", "Oud.",
                               [in_bezoek["2"]], world.users["secretaris"])
    session.commit()
    url = f"/visitaties/{world.visitatie.id}/bevindingen/{bevinding.id}"
    valid = {"type": "sterk_punt", "tekst": "Aangepaste tekst.",
             "thema_ids": [str(in_bezoek["7.5"].id)], "rapport_sectie": ""}

    def example(data):
        row = session.get(Bevinding, bevinding.id, populate_existing=True)
        before = (row.type, row.tekst, row.version_id)
        data.setdefault("version_id", str(row.version_id))
        response = post_and_check(browser, session, url, data, [])
        row = session.get(Bevinding, bevinding.id, populate_existing=True)
        if response.status_code != 302:
            assert (row.type, row.tekst, row.version_id) == before, "a refused edit changed it"
        return response.status_code

    run_examples(corrupt(valid, type=wrong_type, thema_ids=wrong_type,
                         rapport_sectie=wrong_type, version_id=wrong_type), example)


def test_gesprek_create(login, session, world):
    set_state(session, world.visitatie, "voorbereiding")
    browser = login(world.users["secretaris"])
    check_posts(browser, session, f"/visitaties/{world.visitatie.id}/gesprekken/nieuw",
                corrupt(gesprek_form(), dag=wrong_type, start_tijd=wrong_time,
                        eind_tijd=wrong_time, categorie=wrong_type, niveau=wrong_type,
                        deelnemers=st.one_of(hostile_text, hostile_text.map(
                            lambda t: f"{t}; {t}\n{t}"))), [Gesprek])


def test_rapport_section_edit(login, session, world):
    themas = make_codeboek(session, world.ronde)
    add_bevindingen(session, world.visitatie, themas, world.users["secretaris"])
    set_state(session, world.visitatie, "concept_rapport")
    versie = make_version(session, world.visitatie, world.users["secretaris"])
    sectie = versie.secties[0]
    browser = login(world.users["secretaris"])
    url = (f"/visitaties/{world.visitatie.id}/rapporten/versies/{versie.nummer}"
           f"/secties/{sectie.id}")

    def example(data):
        row = session.get(RapportSectie, sectie.id, populate_existing=True)
        before = (row.tekst, row.version_id)
        data.setdefault("version_id", str(row.version_id))
        response = post_and_check(browser, session, url, data, [])
        row = session.get(RapportSectie, sectie.id, populate_existing=True)
        if response.status_code != 302:
            assert (row.tekst, row.version_id) == before, "a refused edit changed the text"
        elif "<" in row.tekst:
            page = browser.get(url)
            assert str(escape(row.tekst)) in page.text, "the stored text is not shown escaped"
        return response.status_code

    run_examples(corrupt({"tekst": "Nieuwe inleiding."}, version_id=wrong_type), example)


def test_wederhoor_correctie(login, session, world):
    versie = open_wederhoor(session, world.visitatie)
    sectie = versie.secties[1]
    browser = login(world.users["directeur"])
    url = f"/visitaties/{world.visitatie.id}/wederhoor/secties/{sectie.id}/correcties"
    check_posts(browser, session, url, corrupt({f"s{sectie.id}-tekst": "Het zijn 334 fte."}),
                [WederhoorCorrectie])


def test_verbeterplan_actie_create(login, session, world):
    aanbevelingen = plan_factories.adopt_report(session, world.visitatie)
    plan = plan_factories.make_plan(session, world.visitatie)
    browser = login(world.users["directeur"])
    valid = {"titel": "Opleidingsplan", "omschrijving": "Uitleg.",
             "aanbeveling_ids": [str(aanbevelingen[0].id)], "eigenaar_naam": "M. de Boer",
             "eigenaar_functie": "Teamleider", "middelen": "40 uur",
             "indicator": "Iedereen geschoold.",
             "planned_on": (date.today() + timedelta(days=60)).isoformat()}
    check_posts(browser, session, f"/verbeterplannen/{plan.id}/acties/nieuw",
                corrupt(valid, aanbeveling_ids=wrong_type, planned_on=wrong_date), [Actie])


def test_user_create(login, session, world):
    browser = login(world.users["beheerder"])
    emails = st.one_of(st.emails().map(str), wrong_type)
    valid = {"naam": "Nieuwe Collega", "functie": "Adviseur", "dienst_id": str(world.dienst.id)}

    def example(data):
        data.setdefault("email", f"collega{next(NUMBERS)}@test.nl")
        return post_and_check(browser, session, "/beheer/gebruikers/nieuw", data,
                              [User]).status_code

    run_examples(corrupt(valid, email=emails, dienst_id=wrong_type), example)


def test_login(client, session, world):
    user = world.users["secretaris"]
    emails = st.one_of(st.emails().map(str), wrong_type)
    tally = Counter()

    @SETTINGS
    @given(corrupt({"email": user.email, "wachtwoord": "fout wachtwoord"}, email=emails))
    def run(data):
        users = counts(session, User)[0]
        response = client.post("/inloggen", data=data)
        body = check_page(response)
        assert response.status_code in (400, 401), response.status_code
        assert any(sign in body for sign in REFUSAL_SIGNS), body[-3000:]
        assert counts(session, User)[0] == users
        tally[response.status_code] += 1

    run()
    assert tally[400] and tally[401], tally


def test_user_edit(login, session, world):
    browser = login(world.users["beheerder"])
    user = world.users["klankbord"]
    valid = {"naam": "Andere Naam", "email": user.email, "functie": "Lid",
             "dienst_id": "", "is_actief": "y"}

    def example(data):
        row = session.get(User, user.id, populate_existing=True)
        before = (row.naam, row.email, row.version_id)
        data.setdefault("version_id", str(row.version_id))
        response = post_and_check(browser, session, f"/beheer/gebruikers/{user.id}", data, [])
        row = session.get(User, user.id, populate_existing=True)
        if response.status_code != 302:
            assert (row.naam, row.email, row.version_id) == before, "a refused edit changed it"
        return response.status_code

    run_examples(corrupt(valid, email=st.one_of(st.emails().map(str), wrong_type),
                         dienst_id=wrong_type, is_actief=wrong_type, version_id=wrong_type),
                 example)


VISITATIE_EVENTS = ("start_voorbereiding", "kernstukken_indienen", "publiceren")
PLAN_EVENTS = ("indienen", "accepteren", "publiceren")
event_names = hostile_text.filter(lambda t: t and "/" not in t and t not in (".", ".."))


def check_transitions(browser, session, model, obj_id, url, events, reset, explicit):
    """Post random events with hostile remarks; a refusal says why and changes nothing."""
    def example(args):
        event, data = args
        obj = session.get(model, obj_id, populate_existing=True)
        data.setdefault("version_id", str(obj.version_id))
        before = (obj.state, counts(session)[0])
        response = browser.post(f"{url}/transities/{quote(event, safe='')}", data=data)
        check_page(response, allowed=(302, 400, 403, 404, 409))
        obj = session.get(model, obj_id, populate_existing=True)
        if response.status_code == 302:
            assert obj.state != before[0]
            reset(obj)
            session.commit()
        else:
            assert (obj.state, counts(session)[0]) == before, "a refusal changed something"
            if response.status_code in (400, 409):
                assert any(sign in response.text for sign in REFUSAL_SIGNS), response.text
        return response.status_code

    strategy = st.tuples(st.one_of(st.sampled_from(events), event_names),
                         corrupt({"opmerking": "Akkoord."}, version_id=wrong_type))
    return run_examples(strategy, example, expect=(302, 400, 403, 409), explicit=explicit)


def test_visitatie_transition(login, session, world):
    """The lifecycle button's form: a remark and the version seen, and the event in the URL."""
    def reset(visitatie):
        visitatie.state = "gepland"

    check_transitions(login(world.users["secretaris"]), session, Visitatie, world.visitatie.id,
                      f"/visitaties/{world.visitatie.id}", VISITATIE_EVENTS, reset,
                      explicit=[("start_voorbereiding", {"opmerking": "x" * 2001}),
                                ("publiceren", {"opmerking": "Klaar."})])


def test_plan_transition(login, session, world):
    aanbevelingen = plan_factories.adopt_report(session, world.visitatie, aantal=1)
    plan = plan_factories.make_plan(session, world.visitatie)
    plan_factories.cover_all(session, plan, aanbevelingen)

    def reset(plan):
        plan.state, plan.ingediend_at = "concept", None

    check_transitions(login(world.users["directeur"]), session, Verbeterplan, plan.id,
                      f"/verbeterplannen/{plan.id}", PLAN_EVENTS, reset,
                      explicit=[("indienen", {"opmerking": "x" * 2001}),
                                ("accepteren", {"opmerking": "Goed."})])
