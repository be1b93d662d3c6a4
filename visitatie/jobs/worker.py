"""The RQ worker class: builds the application once, gives every job its context.

Procfile: `rq worker --worker-class visitatie.jobs.worker.AppWorker visitatie`.
"""
from rq import Worker

from visitatie import create_app
from visitatie.extensions import db


class AppWorker(Worker):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.app = create_app()

    def perform_job(self, job, queue):
        with self.app.app_context():
            # A forked child must not reuse the parent's pooled connections.
            db.engine.dispose(close=False)
            return super().perform_job(job, queue)
