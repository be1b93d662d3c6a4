"""Jobs are handed to the queue only after the commit; without Redis they run in-process."""
import pytest
from rq import Queue, SimpleWorker
from redis import Redis
from sqlalchemy import select

from tests import databases
from visitatie.core.transaction import commit, rollback
from visitatie.jobs import PENDING_KEY, enqueue_after_commit
from visitatie.mail.models import OutgoingMail
from visitatie.mail.operations import queue_mail


def _queue_reset_mail(session, user):
    return queue_mail(session, user.email, "Onderwerp", "wachtwoord_herstellen",
                      user=user, link="http://visitatie.test/x")


def test_mail_job_runs_only_after_commit(app, session, secretaris):
    with app.test_request_context():
        mail = _queue_reset_mail(session, secretaris)
        assert mail.status == "wachtrij" and session.info[PENDING_KEY]
        commit()
    assert PENDING_KEY not in session.info
    assert session.get(OutgoingMail, mail.id).status == "outbox"


def test_rollback_discards_the_queued_jobs(app, session, secretaris):
    with app.test_request_context():
        _queue_reset_mail(session, secretaris)
        rollback()
    assert PENDING_KEY not in session.info
    assert session.scalars(select(OutgoingMail)).all() == []


def test_smtp_failure_is_recorded_on_the_mail(app, session, secretaris, monkeypatch):
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", 1)  # nothing listens there
    with app.test_request_context():
        mail = _queue_reset_mail(session, secretaris)
        commit()
    stored = session.get(OutgoingMail, mail.id)
    assert stored.status == "mislukt" and stored.error and stored.sent_at is None


def test_jobs_go_to_redis_when_it_is_configured(app, session, secretaris, monkeypatch):
    url = databases.redis_url()
    if url is None:
        pytest.skip("Redis not reachable")
    monkeypatch.setitem(app.config, "REDIS_URL", url)
    monkeypatch.delitem(app.extensions, "job_queue", raising=False)
    connection = Redis.from_url(url)
    queue = Queue("visitatie", connection=connection)
    queue.empty()
    with app.test_request_context():
        enqueue_after_commit(session, "visitatie.mail.jobs.send_mail", 12345)
        [job] = commit() or [queue.jobs[0]]
    try:
        assert queue.count == 1 and job.args == (12345,)
        with app.app_context():
            SimpleWorker([queue], connection=connection).work(burst=True)
        assert job.get_status(refresh=True) == "finished" and job.return_value() == "skipped"
    finally:
        queue.empty()
        app.extensions.pop("job_queue", None)


def test_the_forking_rq_worker_of_the_procfile_runs_a_job(app, tmp_path):
    """The real `rq worker --worker-class ...AppWorker` (a forked work horse per job)."""
    import os
    import subprocess
    import sys

    url = databases.redis_url()
    if url is None:
        pytest.skip("Redis not reachable")
    connection = Redis.from_url(url)
    queue = Queue(f"visitatie-worker-test-{os.getpid()}", connection=connection)
    job = queue.enqueue("visitatie.mail.jobs.send_mail", 987654321)
    env = {**os.environ, "DATABASE_URL": app.config["DATABASE_URL"], "REDIS_URL": url,
           "UPLOAD_FOLDER": str(tmp_path)}
    rq = os.path.join(os.path.dirname(sys.executable), "rq")
    try:
        result = subprocess.run(
            [rq, "worker", "--burst", "--url", url,
             "--worker-class", "visitatie.jobs.worker.AppWorker", queue.name],
            env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]
        assert job.get_status(refresh=True) == "finished", result.stderr[-2000:]
        assert job.return_value() == "skipped"  # no such mail: re-fetched, nothing sent
    finally:
        queue.delete(delete_jobs=True)
