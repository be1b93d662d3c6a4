"""With Redis configured but down, the application still serves, logs in and sends mail."""
import pytest
from limits import storage, strategies
from sqlalchemy import select

from tests.factories import TEST_PASSWORD
from visitatie.mail.models import OutgoingMail

DOWN = "redis://127.0.0.1:1/0"  # nothing listens there


@pytest.fixture()
def redis_down(app, monkeypatch):
    monkeypatch.setitem(app.config, "REDIS_URL", DOWN)
    monkeypatch.setitem(app.config, "LOGIN_THROTTLE_ENABLED", True)
    monkeypatch.delitem(app.extensions, "job_queue", raising=False)
    monkeypatch.setitem(app.extensions, "login_throttle",
                        strategies.FixedWindowRateLimiter(storage.storage_from_string(DOWN)))
    yield
    app.extensions.pop("job_queue", None)


def test_health_says_the_queue_is_unavailable(client, redis_down, login, beheerder):
    assert client.get("/healthz").json == {"status": "degraded"}
    body = login(beheerder).get("/healthz").json
    assert body == {"status": "degraded", "database": "ok", "queue": "unavailable"}


def test_login_works_and_failures_are_not_fatal(client, redis_down, secretaris):
    bad = client.post("/inloggen", data={"email": secretaris.email, "wachtwoord": "fout"})
    assert bad.status_code == 401
    good = client.post("/inloggen", data={"email": secretaris.email, "wachtwoord": TEST_PASSWORD})
    assert good.status_code == 302
    assert client.get("/werkruimte").status_code == 200


def test_mail_jobs_run_in_process_when_redis_is_down(client, session, redis_down, directeur):
    response = client.post("/wachtwoord-vergeten", data={"email": directeur.email})
    assert response.status_code == 200
    mail = session.scalars(select(OutgoingMail).where(
        OutgoingMail.to_address == directeur.email)).one()
    assert mail.status == "outbox"  # sent through the same job, in-process
