"""Failure: a PDF worker killed halfway, a database error mid-transition, Redis down.

- A render job killed with SIGKILL (a real worker process, on its own committed database)
  leaves no file anyone can reach, only a temporary file; once stale it is retried, the
  leftover is cleared and the PDF is complete.
- A database error during a transition (mid-flush or at the commit) rolls back the state,
  the audit row, the notifications and the queued mail; the person sees the Dutch 500 page.
- With Redis configured but down, the application starts, logs people in, serves read
  pages, and /healthz says the queue is unavailable.
"""
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from sqlalchemy import event, func, select, update
from sqlalchemy.exc import OperationalError

from tests import factories
from tests.bevindingen.factories import make_codeboek, set_state
from tests.rapporten.factories import add_bevindingen, make_version
from tests.security.test_concurrency import separate_database_app
from visitatie.audit.models import AuditEvent
from visitatie.core.transaction import commit
from visitatie.db import AppSession, utcnow
from visitatie.documenten import files
from visitatie.documenten import operations as document_ops
from visitatie.documenten.models import GegenereerdDocument
from visitatie.extensions import db
from visitatie.jobs import PENDING_KEY, discard_pending_jobs
from visitatie.mail.models import OutgoingMail
from visitatie.notificaties.models import Notificatie
from visitatie.visitaties.models import Visitatie

REDIS_DOWN = "redis://127.0.0.1:1/0"  # nothing listens there
WORKER = """
import json, os, sys, time
from tests.clock import follow_clock
follow_clock(sys.argv[4])  # the suite's clock, not the machine's (TEST_TODAY)
from visitatie import create_app
from visitatie.documenten import jobs

settings, marker, document_id = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
real_fsync = os.fsync

def written_then_stall(fd):
    real_fsync(fd)
    open(marker, "w").close()
    time.sleep(600)  # the parent kills us here: written to the temporary file, not renamed

os.fsync = written_then_stall
with create_app(settings).app_context():
    jobs.render_document(document_id)
"""


# --- a PDF job killed halfway ----------------------------------------------------------------

@pytest.fixture()
def kill_app(pytestconfig):
    with separate_database_app(pytestconfig, "visitatie_kill") as app:
        yield app


def _queued_concept_pdf(app) -> tuple[int, int]:
    """Commit a world with a concept report and its PDF request (not rendered); return ids."""
    with app.test_request_context():
        session = db.session
        world = factories.make_world(session)
        secretaris = world.users["secretaris"]
        add_bevindingen(session, world.visitatie, make_codeboek(session, world.ronde), secretaris)
        set_state(session, world.visitatie, "concept_rapport")
        versie = make_version(session, world.visitatie, secretaris)
        document = document_ops.request_document(session, secretaris,
                                                 "visitatierapport_concept", versie)
        session.commit()
        discard_pending_jobs(session)  # the worker below takes the job instead
        return document.id, secretaris.id


def _kill_halfway(app, document_id: int, tmp_path) -> None:
    """Run the render in a worker process and SIGKILL it once the PDF bytes are written."""
    marker = tmp_path / "written"
    settings = {k: v for k, v in app.config.items() if k in (
        "TESTING", "DATABASE_URL", "SECRET_KEY", "REDIS_URL", "MAIL_SERVER", "UPLOAD_FOLDER",
        "SERVER_NAME", "PUBLIC_BASE_URL", "ARGON2_PROFILE")}
    worker = subprocess.Popen([sys.executable, "-c", WORKER, json.dumps(settings), str(marker),
                               str(document_id), utcnow().isoformat()], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert worker.poll() is None, worker.stderr.read().decode()[-3000:]
            assert time.monotonic() < deadline, "the worker never got to writing"
            time.sleep(0.05)
        os.kill(worker.pid, signal.SIGKILL)
    finally:
        worker.wait(timeout=30)
        worker.stderr.close()
    assert worker.returncode == -signal.SIGKILL


def test_a_pdf_job_killed_halfway_leaves_no_file_and_can_be_retried(kill_app, tmp_path):
    document_id, secretaris_id = _queued_concept_pdf(kill_app)
    _kill_halfway(kill_app, document_id, tmp_path)
    with kill_app.test_request_context():
        session = db.session
        document = session.get(GegenereerdDocument, document_id)
        assert (document.status, document.opslagnaam, document.attempts) == ("bezig", None, 1)
        folder = files.documents_folder()
        [leftover] = folder.iterdir()  # the temporary file only: no file under a storage name
        assert leftover.name.startswith(f".doc-{document_id}-")
        assert leftover.name.endswith(".part")
        assert not document_ops.may_retry(document)  # not yet: the worker might be alive
        session.execute(update(GegenereerdDocument).where(GegenereerdDocument.id == document_id)
                        .values(started_at=utcnow() - timedelta(minutes=11)))
        session.commit()
        session.refresh(document)
        assert document_ops.may_retry(document)
        document_ops.retry_document(session, session.get(factories.User, secretaris_id),
                                    document)
        commit()  # no Redis: the job runs here, in-process, after the commit
        session.refresh(document)
        assert (document.status, document.attempts, document.error) == ("klaar", 2, None)
        data = files.path_of(document.opslagnaam).read_bytes()
        assert [p.name for p in folder.iterdir()] == [document.opslagnaam]  # leftover gone
        assert document.sha256 == hashlib.sha256(data).hexdigest()
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


# --- a database error during a transition ---------------------------------------------------

def _trace(session, visitatie) -> tuple:
    """What a transition leaves: the state, its audit rows, notifications, mails, jobs."""
    visitatie = session.get(Visitatie, visitatie.id, populate_existing=True)
    return (visitatie.state, visitatie.version_id,
            session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.object_type == "visitatie", AuditEvent.object_id == visitatie.id)),
            session.scalar(select(func.count()).select_from(Notificatie).where(
                Notificatie.object_type == "visitatie", Notificatie.object_id == visitatie.id)),
            session.scalar(select(func.count()).select_from(OutgoingMail)))


def _database_gone(*_args, **_kwargs):
    raise OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly"))


@pytest.mark.parametrize("moment", ["mid_flush", "at_commit"])
def test_a_database_error_during_a_transition_rolls_back_everything(
        app, session, login, world, monkeypatch, moment):
    monkeypatch.setitem(app.config, "SHOW_500_PAGE_IN_TESTS", True)
    browser = login(world.users["secretaris"])
    before = _trace(session, world.visitatie)
    written = []

    def fail_at_commit(failing_session):
        written.append(_trace(failing_session, world.visitatie))  # what was flushed by now
        _database_gone()

    target, name, listener = {
        "mid_flush": (Notificatie, "before_insert", _database_gone),  # the first notification
        "at_commit": (AppSession, "before_commit", fail_at_commit),
    }[moment]
    event.listen(target, name, listener)
    try:
        response = browser.post(f"/visitaties/{world.visitatie.id}/transities/start_voorbereiding",
                                data={"version_id": world.visitatie.version_id})
    finally:
        event.remove(target, name, listener)
    assert response.status_code == 500
    assert "Er is niets opgeslagen van deze handeling" in response.text
    if moment == "at_commit":  # the state, audit row and notifications were in the database
        assert written[0][0] == "voorbereiding" and written[0][2] == before[2] + 1
        assert written[0][3] > before[3]
    assert _trace(session, world.visitatie) == before
    assert PENDING_KEY not in session.info  # the queued mail job was dropped, never sent


# --- Redis down ----------------------------------------------------------------------------------

def test_the_app_starts_and_serves_read_pages_when_redis_is_down(pytestconfig):
    with separate_database_app(pytestconfig, "visitatie_noredis", REDIS_URL=REDIS_DOWN,
                               LOGIN_THROTTLE_ENABLED=True) as app:
        with app.app_context():
            world = factories.make_world(db.session)
            email, visitatie_id = world.users["secretaris"].email, world.visitatie.id
        client = app.test_client()
        assert client.get("/healthz").json == {"status": "degraded"}
        assert client.get("/").status_code == 200
        login = client.post("/inloggen", data={"email": email,
                                               "wachtwoord": factories.TEST_PASSWORD})
        assert login.status_code == 302
        for url in ("/werkruimte", f"/visitaties/{visitatie_id}",
                    f"/visitaties/{visitatie_id}/gesprekken/"):
            page = client.get(url)
            assert page.status_code == 200, url
