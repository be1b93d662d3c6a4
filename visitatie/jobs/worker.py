"""The RQ worker class: builds the application once, gives every job its context.

Procfile: `rq worker --worker-class visitatie.jobs.worker.AppWorker visitatie`.
The default worker forks a work horse per job; heavy modules are imported here, in the
parent, so every child inherits them instead of importing them again.
"""
import weasyprint  # noqa: F401  (slow to import; the PDF jobs need it)
from rq import Worker

from visitatie import create_app
from visitatie.extensions import db


class AppWorker(Worker):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.app = create_app()

    def perform_job(self, job, queue, *args, **kwargs):
        with self.app.app_context():
            # A forked child must not reuse the parent's pooled connections.
            db.engine.dispose(close=False)
            return super().perform_job(job, queue, *args, **kwargs)
