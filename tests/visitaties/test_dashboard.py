"""The dashboard: per visitatie its state, days in it, next deadline and what is overdue."""
from datetime import date, datetime, timedelta, timezone

import pytest

from tests.factories import make_dienst, make_ronde, make_visitatie
from tests.query_counter import count_queries
from tests.visitaties.factories import grow_ronde, put_in_state
from visitatie.visitaties.dashboard import build_dashboard, dashboard_rows
from visitatie.core.dates import local_today

TODAY = date(2026, 2, 11)
ALLOWED = ["beheerder", "bestuur", "voorzitter", "secretaris", "commissielid"]
FORBIDDEN = ["directeur", "contactpersoon", "klankbord", "directeur_elders"]


@pytest.fixture(autouse=True)
def _dutch_labels(in_request):
    """The rows' labels are Dutch texts; reading them needs a request context."""


def _row(session, user, visitatie, today=TODAY):
    rows = dashboard_rows(session, user, visitatie.ronde_id, None, None, today)
    return next(r for r in rows if r.visitatie_id == visitatie.id)


def test_days_in_state_and_next_deadline_before_the_visit(session, world, beheerder):
    put_in_state(session, world.visitatie, "voorbereiding",
                 changed_at=datetime(2026, 2, 1, 10, 0, tzinfo=timezone.utc))
    row = _row(session, beheerder, world.visitatie)
    assert row.state == "voorbereiding" and row.days_in_state == 10
    assert (row.deadline, row.deadline_kind) == (date(2026, 3, 3), "eerste_bezoekdag")
    assert row.deadline_label == "Eerste bezoekdag" and row.days_until_deadline == 20
    assert not row.is_overdue and row.overdue_label == ""
    assert row.voorzitters == ("Test voorzitter",) and row.secretarissen == ("Test secretaris",)


def test_days_in_state_count_in_dutch_time(session, world, beheerder):
    # 23:30 UTC on 1 February is already 2 February in Amsterdam.
    put_in_state(session, world.visitatie, "voorbereiding",
                 changed_at=datetime(2026, 2, 1, 23, 30, tzinfo=timezone.utc))
    assert _row(session, beheerder, world.visitatie).days_in_state == 9


@pytest.mark.parametrize("today,overdue", [
    (date(2026, 3, 2), False), (date(2026, 3, 3), False), (date(2026, 3, 4), True)])
def test_visit_day_passed_before_the_visit_state_is_overdue(session, world, beheerder, today,
                                                            overdue):
    put_in_state(session, world.visitatie, "kernstukken_ingediend")
    row = _row(session, beheerder, world.visitatie, today)
    assert row.is_overdue is overdue
    assert row.overdue_kind == ("bezoek_verstreken" if overdue else None)


def test_without_visit_dates_the_next_step_is_planning_them(session, world, beheerder):
    world.visitatie.eerste_bezoekdag = world.visitatie.tweede_bezoekdag = None
    session.commit()
    row = _row(session, beheerder, world.visitatie)
    assert (row.deadline, row.deadline_kind) == (None, "bezoekdagen_plannen")
    assert row.deadline_label == "Bezoekdagen vastleggen" and not row.is_overdue


def test_in_bezoek_the_second_visit_day_is_next(session, world, beheerder):
    put_in_state(session, world.visitatie, "bezoek")
    row = _row(session, beheerder, world.visitatie, date(2026, 3, 10))
    assert (row.deadline, row.deadline_kind) == (date(2026, 3, 4), "tweede_bezoekdag")
    assert not row.is_overdue and row.days_until_deadline == -6


@pytest.mark.parametrize("today,submitted,kind,overdue", [
    (date(2026, 6, 1), None, "wederhoor", None),
    (date(2026, 6, 2), None, "wederhoor", "wederhoor_verlopen"),
    (date(2026, 6, 2), datetime(2026, 5, 30, tzinfo=timezone.utc), "vaststellen", None),
])
def test_wederhoor_deadline_and_its_lapse(session, world, beheerder, today, submitted, kind,
                                          overdue):
    put_in_state(session, world.visitatie, "wederhoor", wederhoor_deadline=date(2026, 6, 1),
                 wederhoor_ingediend_at=submitted)
    row = _row(session, beheerder, world.visitatie, today)
    assert row.deadline_kind == kind and row.overdue_kind == overdue
    assert row.deadline == (date(2026, 6, 1) if kind == "wederhoor" else None)


def test_vastgesteld_waits_for_db_and_ab_without_a_date(session, world, beheerder):
    put_in_state(session, world.visitatie, "vastgesteld")
    row = _row(session, beheerder, world.visitatie, date(2026, 12, 1))
    assert (row.deadline, row.deadline_kind) == (None, "behandeling")
    assert row.deadline_label == "DB/AB-behandeling, daarna publiceren"
    assert not row.is_overdue


def test_published_and_historical_visitaties_have_no_deadline(session, world, beheerder):
    put_in_state(session, world.visitatie, "gepubliceerd")
    world.other_visitatie.is_historisch = True
    session.commit()
    published = _row(session, beheerder, world.visitatie, date(2027, 1, 1))
    historical = _row(session, beheerder, world.other_visitatie, date(2027, 1, 1))
    assert (published.deadline_kind, published.overdue_kind) == (None, None)
    assert historical.days_in_state is None and historical.deadline_kind is None
    assert not historical.is_overdue  # its visit day passed long ago, but it was held


def test_rows_are_sorted_by_next_deadline(session, world, beheerder):
    later = make_visitatie(session, world.ronde, make_dienst(session), first_day=None)
    sooner = make_visitatie(session, world.ronde, make_dienst(session),
                            first_day=date(2026, 2, 20))
    session.commit()
    ids = [r.visitatie_id for r in dashboard_rows(session, beheerder, world.ronde.id,
                                                  today=TODAY)]
    assert ids == [sooner.id, world.visitatie.id, world.other_visitatie.id, later.id]


def test_committee_members_see_only_their_visitaties(session, world):
    for key in ("voorzitter", "secretaris", "commissielid"):
        rows = dashboard_rows(session, world.users[key], world.ronde.id, today=TODAY)
        assert [r.visitatie_id for r in rows] == [world.visitatie.id]
        asked_for_all = dashboard_rows(session, world.users[key], world.ronde.id, today=TODAY,
                                       whole_ronde=True)
        assert [r.visitatie_id for r in asked_for_all] == [world.visitatie.id]


@pytest.mark.parametrize("key", ["beheerder", "bestuur"])
def test_beheerder_and_bestuur_see_the_whole_ronde_or_only_their_own(session, world, key):
    user = world.users[key]
    assert len(dashboard_rows(session, user, world.ronde.id, today=TODAY)) == 2
    assert dashboard_rows(session, user, world.ronde.id, today=TODAY, whole_ronde=False) == []


def test_filters_by_state_and_by_member(session, world, beheerder, commissielid):
    put_in_state(session, world.other_visitatie, "voorbereiding")
    by_state = dashboard_rows(session, beheerder, world.ronde.id, "voorbereiding", None, TODAY)
    assert [r.visitatie_id for r in by_state] == [world.other_visitatie.id]
    by_member = dashboard_rows(session, beheerder, world.ronde.id, None, commissielid.id, TODAY)
    assert [r.visitatie_id for r in by_member] == [world.visitatie.id]
    assert dashboard_rows(session, beheerder, world.ronde.id, "voorbereiding",
                          commissielid.id, TODAY) == []


def test_member_choices_are_the_committee_members_of_the_ronde(session, world, beheerder):
    board = build_dashboard(session, beheerder, world.ronde.id, today=TODAY)
    assert [naam for _id, naam in board.members] == [
        "Test commissielid", "Test secretaris", "Test voorzitter"]


def test_default_ronde_is_the_newest_with_visitaties_in_progress(session, world, beheerder):
    newer = make_ronde(session, nummer=world.ronde.nummer + 1000)
    historical = make_visitatie(session, newer, world.dienst)
    historical.is_historisch = True
    session.commit()
    assert build_dashboard(session, beheerder, None, today=TODAY).ronde.id == world.ronde.id
    make_visitatie(session, newer, world.other_dienst)
    session.commit()
    assert build_dashboard(session, beheerder, None, today=TODAY).ronde.id == newer.id


def test_committee_members_default_to_the_ronde_of_their_visitaties(session, world, secretaris):
    newer = make_ronde(session, nummer=world.ronde.nummer + 1000)
    make_visitatie(session, newer, world.other_dienst)
    session.commit()
    board = build_dashboard(session, secretaris, None, today=TODAY)
    assert board.ronde.id == world.ronde.id and len(board.rows) == 1


@pytest.mark.parametrize("key", ALLOWED)
def test_dashboard_opens_for_committee_members_and_odnl(login, world, key):
    response = login(world.users[key]).get("/dashboard/")
    assert response.status_code == 200
    assert "Omgevingsdienst Bezocht" in response.text


@pytest.mark.parametrize("key", FORBIDDEN)
def test_dashboard_is_refused_to_others(login, world, key):
    assert login(world.users[key]).get("/dashboard/").status_code == 403


def test_anonymous_is_sent_to_login(client, world):
    assert client.get("/dashboard/").status_code == 302


def test_page_says_in_words_what_is_overdue(login, session, world, secretaris):
    put_in_state(session, world.visitatie, "wederhoor",
                 wederhoor_deadline=local_today() - timedelta(days=3))
    page = login(secretaris).get("/dashboard/").text
    assert "Te laat:" in page
    assert "De termijn voor hoor en wederhoor is verstreken zonder reactie" in page
    assert "3 dagen geleden" in page
    assert world.other_dienst.naam not in page.split("<tbody>")[1]


def test_page_filters_and_hides_the_whole_ronde_choice_from_members(login, session, world,
                                                                    beheerder, secretaris):
    put_in_state(session, world.other_visitatie, "voorbereiding")
    client = login(beheerder)
    page = client.get(f"/dashboard/?ronde={world.ronde.id}&fase=voorbereiding").text
    table = page.split("<tbody>")[1]
    assert world.other_dienst.naam in table and "Omgevingsdienst Bezocht" not in table
    assert "Alle visitaties van de ronde" in page
    member_page = login(secretaris).get("/dashboard/?weergave=alle").text
    assert "Alle visitaties van de ronde" not in member_page
    assert world.other_dienst.naam not in member_page.split("<tbody>")[1]


def test_page_filters_by_member(login, world, beheerder, commissielid):
    page = login(beheerder).get(f"/dashboard/?lid={commissielid.id}").text
    table = page.split("<tbody>")[1]
    assert "Omgevingsdienst Bezocht" in table and world.other_dienst.naam not in table


def _queries_for(app, session, client) -> int:
    session.remove()  # a fresh session, as a real request gets
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get("/dashboard/").status_code == 200
    return len(statements)


@pytest.mark.parametrize("key", ["beheerder", "secretaris"])
def test_dashboard_query_count_is_flat(app, session, login, world, key):
    client = login(world.users[key])
    small = _queries_for(app, session, client)
    grow_ronde(session, world.ronde, 10, world.users["secretaris"])
    large = _queries_for(app, session, client)
    assert large <= small, f"{small} statements before, {large} after growing"


def test_a_ronde_that_starts_later_is_not_the_default(session, world, beheerder):
    from datetime import date as _date

    later = make_ronde(session, nummer=world.ronde.nummer + 2000)
    later.start_datum = _date(2099, 1, 1)
    make_visitatie(session, later, world.other_dienst)
    session.commit()
    assert build_dashboard(session, beheerder, None, today=TODAY).ronde.id == world.ronde.id
