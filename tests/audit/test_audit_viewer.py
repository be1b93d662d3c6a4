"""The beheerder reads and filters the audit trail at /beheer/audit; nothing can change it."""
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

import visitatie
from tests.query_counter import count_queries
from visitatie.audit.labels import ACTION_LABELS
from visitatie.audit.models import AuditEvent
from visitatie.audit.operations import record_event

URL = "/beheer/audit/"


def _event(session, actor, action, obj, at=None, **fields) -> AuditEvent:
    event = record_event(session, actor, action, obj, **fields)
    if at is not None:
        event.at = at  # before the insert: an event cannot change afterwards
    session.flush()
    return event


def _rows(page) -> list[str]:
    """Return the action column of the table, top to bottom."""
    return re.findall(r'<th scope="row">(.*?)</th>', page.text)


def test_the_beheerder_reads_events_newest_first_in_dutch(login, session, world):
    visitatie, secretaris = world.visitatie, world.users["secretaris"]
    _event(session, secretaris, "fase_gewijzigd", visitatie, from_state="gepland",
           to_state="voorbereiding", comment="Commissie compleet",
           details={"handeling": "start_voorbereiding"})
    _event(session, None, "document_aangevraagd", visitatie)
    session.commit()
    page = login(world.users["beheerder"]).get(URL, query_string={"object_type": "visitatie"})
    assert page.status_code == 200
    assert _rows(page) == ["PDF aangevraagd", "fase gewijzigd"]
    assert f'<a href="/visitaties/{visitatie.id}">visitatie {visitatie.id}</a>' in page.text
    assert "Test secretaris" in page.text and "het systeem" in page.text
    assert "Gepland → Voorbereiding" in page.text and "Commissie compleet" in page.text
    assert "handeling: start_voorbereiding" in page.text


def test_the_order_is_by_time_then_id(login, session, world):
    for day, action in ((2, "bevinding_gewijzigd"), (1, "bevinding_verwijderd"),
                        (3, "bevinding_toegevoegd")):
        _event(session, None, action, world.visitatie,
               at=datetime(2026, 1, day, 12, tzinfo=timezone.utc))
    session.commit()
    page = login(world.users["beheerder"]).get(URL, query_string={"object_type": "visitatie"})
    assert _rows(page) == ["bevinding vastgelegd", "bevinding gewijzigd", "bevinding verwijderd"]


def test_filters_on_who_what_and_which_kind_of_object(login, session, world):
    visitatie, secretaris = world.visitatie, world.users["secretaris"]
    _event(session, secretaris, "bevinding_toegevoegd", visitatie)
    _event(session, secretaris, "fase_gewijzigd", visitatie)
    _event(session, None, "fase_gewijzigd", visitatie)
    _event(session, None, "fase_gewijzigd", world.users["directeur"])
    session.commit()
    browser = login(world.users["beheerder"])

    def actions(**args):
        page = browser.get(URL, query_string=args)
        assert page.status_code == 200
        return _rows(page)

    assert actions(actor=secretaris.id) == ["fase gewijzigd", "bevinding vastgelegd"]
    assert actions(actor="systeem", actie="fase_gewijzigd") == ["fase gewijzigd"] * 2
    assert actions(actie="fase_gewijzigd", object_type="user_account") == ["fase gewijzigd"]
    assert actions(actie="bestaat_niet") == []


def test_filters_on_dutch_calendar_days(login, session, world):
    late = datetime(2026, 3, 14, 23, 30, tzinfo=timezone.utc)   # 15 March in the Netherlands
    _event(session, None, "bevinding_gewijzigd", world.visitatie, at=late)
    _event(session, None, "bevinding_verwijderd", world.visitatie,
           at=datetime(2026, 3, 16, 12, tzinfo=timezone.utc))
    session.commit()
    browser = login(world.users["beheerder"])
    on_15th = browser.get(URL, query_string={"van": "2026-03-15", "tot": "2026-03-15"})
    assert _rows(on_15th) == ["bevinding gewijzigd"]
    on_14th = browser.get(URL, query_string={"van": "2026-03-01", "tot": "2026-03-14"})
    assert _rows(on_14th) == []
    from_16th = browser.get(URL, query_string={"van": "2026-03-16", "tot": "2026-03-16"})
    assert _rows(from_16th) == ["bevinding verwijderd"]


@pytest.mark.parametrize("args, message", [
    ({"van": "2026-03-15", "tot": "2026-03-01"}, "De einddatum ligt vóór de begindatum."),
    ({"van": "15 maart"}, "Vul een geldige datum in, bijvoorbeeld 2026-03-14."),
])
def test_a_wrong_filter_says_why(login, world, args, message):
    page = login(world.users["beheerder"]).get(URL, query_string=args)
    assert page.status_code == 400 and message in page.text
    assert "Pas de filters aan" in page.text


def test_fifty_per_page_older_and_newer(login, session, world):
    for n in range(120):
        _event(session, None, "actie_gewijzigd", world.visitatie, comment=f"nummer {n}")
    session.commit()
    browser = login(world.users["beheerder"])
    numbers = []
    url = URL + "?actie=actie_gewijzigd"
    for expected in (50, 50, 20):
        page = browser.get(url)
        found = [int(n) for n in re.findall(r"<p>nummer (\d+)</p>", page.text)]
        assert len(found) == expected
        numbers += found
        older = re.search(r'href="([^"]+)" rel="next"', page.text)
        url = older.group(1).replace("&amp;", "&") if older else None
    assert numbers == list(range(119, -1, -1)) and url is None
    newer = re.search(r'href="([^"]+)" rel="prev"', page.text).group(1).replace("&amp;", "&")
    back = [int(n) for n in re.findall(r"<p>nummer (\d+)</p>", browser.get(newer).text)]
    assert back == list(range(69, 19, -1))


def test_the_page_runs_the_same_number_of_queries_however_many_events(app, login, session,
                                                                         world):
    browser = login(world.users["beheerder"])

    def statements() -> int:
        session.remove()
        with count_queries(app.extensions["database_engine"]) as found:
            assert browser.get(URL).status_code == 200
        return len(found)

    _event(session, world.users["secretaris"], "fase_gewijzigd", world.visitatie)
    session.commit()
    few = statements()
    for key in ("voorzitter", "directeur", "contactpersoon", "beheerder"):
        for _ in range(15):
            _event(session, world.users[key], "gesprek_gewijzigd", world.visitatie,
                   details={"door": key})
    session.commit()
    assert statements() == few


def test_what_people_typed_is_shown_escaped(login, session, world):
    _event(session, None, "gesprek_gewijzigd", world.visitatie,
           comment="<script>alert(1)</script>", details={"onderwerp": "<b>vet</b>"})
    session.commit()
    page = login(world.users["beheerder"]).get(URL)
    assert "<script>alert(1)</script>" not in page.text and "<b>vet</b>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_the_viewer_is_read_only(app, login, session, world):
    rules = [r for r in app.url_map.iter_rules() if r.endpoint.startswith("audit.")]
    assert rules and all(r.methods <= {"GET", "HEAD", "OPTIONS"} for r in rules)
    before = session.scalars(select(AuditEvent.id)).all()
    assert login(world.users["beheerder"]).post(URL).status_code == 405
    assert session.scalars(select(AuditEvent.id)).all()[:len(before)] == before


def test_every_recorded_action_has_a_dutch_label():
    root = Path(visitatie.__file__).parent
    literal = re.compile(r'record_event\(\s*session,\s*[\w.]+(?: or \w+)?,\s*"(\w+)"')
    actions = {action for path in root.rglob("*.py")
               for action in literal.findall(path.read_text(encoding="utf-8"))}
    assert {"tweestaps_ingesteld", "herstelcode_gebruikt", "uitnodiging_verstuurd"} <= actions
    assert sorted(actions - ACTION_LABELS.keys()) == []


def test_second_factor_events_read_in_dutch_and_name_the_person(login, session, world):
    secretaris, beheerder = world.users["secretaris"], world.users["beheerder"]
    browser = login(beheerder)  # logging in is an event too: before the ones to read
    _event(session, secretaris, "tweestaps_ingesteld", secretaris)
    _event(session, beheerder, "tweestaps_hersteld", secretaris)
    session.commit()
    page = browser.get(URL, query_string={"object_type": "user_account"})
    assert _rows(page)[:2] == ["tweestapsverificatie verwijderd door de beheerder",
                               "tweestapsverificatie ingesteld"]
    assert f'<a href="/beheer/gebruikers/{secretaris.id}">account Test secretaris</a>' \
        in page.text
    assert '<option value="herstelcode_gebruikt">herstelcode gebruikt om in te loggen</option>' \
        in page.text
    filtered = browser.get(URL, query_string={"actie": "tweestaps_ingesteld"})
    assert _rows(filtered) == ["tweestapsverificatie ingesteld"]
