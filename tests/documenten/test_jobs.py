"""Rendering runs as a job: in-process without Redis, on a worker with Redis; failures recorded."""
import hashlib
import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from redis import Redis
from rq import Queue, SimpleWorker
from sqlalchemy import select

from tests import databases
from tests.conftest import REQUIRE_SERVICES
from visitatie.audit.models import AuditEvent
from visitatie.core.transaction import commit
from visitatie.db import utcnow
from visitatie.documenten import files, jobs
from visitatie.documenten import operations as ops
from visitatie.documenten.models import GegenereerdDocument
from visitatie.jobs import PENDING_KEY


def _request(app, session, actor, versie):
    with app.test_request_context():
        document = ops.request_document(session, actor, "visitatierapport_concept", versie)
        commit()
    return session.get(GegenereerdDocument, document.id)


def _leftovers():
    return list(files.documents_folder().glob(".doc-*"))


def test_in_process_job_renders_at_commit_and_stores_the_file(app, session, concept,
                                                              secretaris):
    with app.test_request_context():
        document = ops.request_document(session, secretaris, "visitatierapport_concept",
                                        concept)
        assert document.status == "wachtrij" and session.info[PENDING_KEY]
        commit()  # no Redis: the job runs here, after the commit
    session.refresh(document)
    assert document.status == "klaar" and document.attempts == 1
    assert document.started_at and document.finished_at and document.error is None
    data = files.path_of(document.opslagnaam).read_bytes()
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.grootte == len(data)
    assert document.pagina_count == len(PdfReader(io.BytesIO(data)).pages)
    assert document.object_type == "rapport_versie" and document.object_id == concept.id
    assert _leftovers() == []
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.object_type == "gegenereerd_document",
        AuditEvent.object_id == document.id)).one()
    assert event.action == "document_aangevraagd" and event.actor_id == secretaris.id


def test_unchanged_content_is_not_rendered_twice(app, session, concept, secretaris,
                                                 monkeypatch):
    renders = []
    real = jobs._render_and_write
    monkeypatch.setattr(jobs, "_render_and_write",
                        lambda s, i: renders.append(i) or real(s, i))
    first = _request(app, session, secretaris, concept)
    again = _request(app, session, secretaris, concept)
    assert again.id == first.id and renders == [first.id]
    concept.secties[0].tekst = "Een andere inleiding."
    session.commit()
    changed = _request(app, session, secretaris, concept)
    assert changed.id != first.id and changed.content_hash != first.content_hash
    assert renders == [first.id, changed.id] and changed.status == "klaar"


def test_a_failing_job_is_recorded_and_can_be_retried(app, session, concept, secretaris,
                                                      monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("lettertype kwijt")

    monkeypatch.setattr("visitatie.pdf.render_pdf_document", broken)
    document = _request(app, session, secretaris, concept)
    assert document.status == "mislukt" and document.opslagnaam is None
    assert document.error == "RuntimeError: lettertype kwijt" and document.finished_at
    assert _leftovers() == []
    monkeypatch.undo()
    with app.test_request_context():
        again = ops.request_document(session, secretaris, "visitatierapport_concept", concept)
        assert again.id == document.id and again.status == "wachtrij"  # same content: retry
        commit()
    session.refresh(document)
    assert document.status == "klaar" and document.attempts == 2 and document.error is None


def test_a_failure_while_writing_leaves_no_half_file(app, session, concept, secretaris,
                                                     monkeypatch):
    def full_disk(fd, *args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("visitatie.documenten.files.os.fsync", full_disk)
    document = _request(app, session, secretaris, concept)
    assert document.status == "mislukt" and "No space left" in document.error
    assert _leftovers() == [] and list(files.documents_folder().iterdir()) == []


def test_a_job_killed_halfway_can_be_retried_once_stale(app, session, concept, secretaris):
    with app.test_request_context():
        document = ops.request_document(session, secretaris, "visitatierapport_concept",
                                        concept)
        session.commit()  # committed, but the job never ran: a worker died mid-render
    session.info.pop(PENDING_KEY, None)
    document.status, document.started_at = "bezig", utcnow()
    session.commit()
    (files.documents_folder() / f".doc-{document.id}-x.part").write_bytes(b"%PDF half")
    assert not ops.may_retry(document)
    assert jobs.render_document(document.id) == "overgeslagen"  # someone else has it
    document.started_at = utcnow() - timedelta(minutes=11)
    session.commit()
    assert ops.may_retry(document)
    with app.test_request_context():
        ops.retry_document(session, secretaris, document)
        commit()
    session.refresh(document)
    assert document.status == "klaar" and _leftovers() == []


def test_asking_again_requeues_a_stalled_render(app, session, concept, secretaris):
    with app.test_request_context():
        document = ops.request_document(session, secretaris, "visitatierapport_concept",
                                        concept)
        session.commit()
    session.info.pop(PENDING_KEY, None)
    document.status, document.started_at = "bezig", utcnow() - timedelta(hours=1)
    session.commit()
    again = _request(app, session, secretaris, concept)
    assert again.id == document.id and again.status == "klaar"
    assert jobs.render_document(document.id) == "overgeslagen"  # a duplicate job is harmless


def test_retry_refuses_a_document_that_is_fine(app, session, concept, secretaris):
    document = _request(app, session, secretaris, concept)
    with app.test_request_context(), pytest.raises(ops.DomainError) as refused:
        ops.retry_document(session, secretaris, document)
    assert refused.value.message == "Dit document wordt al gemaakt of is al klaar."


def test_a_document_whose_object_is_gone_fails_with_a_clear_error(app, session, concept,
                                                                  secretaris):
    document = GegenereerdDocument(soort="verbeterplan", object_type="verbeterplan",
                                   object_id=999999, content_hash="0" * 64)
    session.add(document)
    session.commit()
    assert jobs.render_document(document.id) == "mislukt"
    assert document.error == "ObjectGone: verbeterplan 999999 bestaat niet meer"


def test_the_job_runs_on_a_worker_against_redis(app, session, concept, secretaris,
                                                monkeypatch):
    url = databases.redis_url()
    if url is None:
        if REQUIRE_SERVICES:
            pytest.fail("Redis is required")
        pytest.skip("Redis not reachable")
    monkeypatch.setitem(app.config, "REDIS_URL", url)
    monkeypatch.delitem(app.extensions, "job_queue", raising=False)
    connection = Redis.from_url(url)
    queue = Queue("visitatie", connection=connection)
    queue.empty()
    try:
        document = _request(app, session, secretaris, concept)
        assert document.status == "wachtrij" and queue.count == 1
        [job] = queue.jobs
        assert job.func_name == ops.JOB and job.args == (document.id,)
        with app.app_context():
            SimpleWorker([queue], connection=connection).work(burst=True)
        assert job.get_status(refresh=True) == "finished" and job.return_value() == "klaar"
        document = session.get(GegenereerdDocument, document.id)  # the worker's context ended
        assert document.status == "klaar" and files.path_of(document.opslagnaam).is_file()
    finally:
        queue.empty()
        app.extensions.pop("job_queue", None)
