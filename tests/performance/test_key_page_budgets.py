"""Issue 9: no key page's SQL statement count grows from demo scale 1 to a larger scale,
and each stays within the budget. Counts are deterministic; timings are not asserted
(bench/page_queries.py prints those)."""
from bench.key_pages import BUDGET, KEY_PAGES, url_values
from tests.query_counter import count_queries
from visitatie.extensions import db
from visitatie.reference.demo import DEMO_PASSWORD, email_for


def _load(app, *args) -> None:
    result = app.test_cli_runner().invoke(args=["demo", "--geen-pdf", *args])
    assert result.exit_code == 0, result.output


def _statements_per_page(app) -> dict[str, int]:
    values = url_values(db.session)
    counts, clients = {}, {}
    for key, name, template in KEY_PAGES:
        client = clients.get(key) or _client(app, key)
        clients[key] = client
        db.session.remove()  # a fresh session, as a real request gets
        with count_queries(app.extensions["database_engine"]) as statements:
            response = client.get(template.format(**values))
        assert response.status_code == 200, (name, response.status_code)
        counts[name] = len(statements)
    return counts


def _client(app, key):
    client = app.test_client()
    if key:
        response = client.post("/inloggen", data={"email": email_for(key),
                                                  "wachtwoord": DEMO_PASSWORD})
        assert response.status_code == 302
    return client


def test_key_pages_stay_flat_and_within_budget_as_the_data_grows(app, session):
    _load(app)
    small = _statements_per_page(app)
    _load(app, "--scale", "2")   # one more ronde of 27 visitaties with all their work
    large = _statements_per_page(app)
    assert large == small
    over = {name: n for name, n in large.items() if n > BUDGET}
    assert over == {}, f"over the budget of {BUDGET} statements"
