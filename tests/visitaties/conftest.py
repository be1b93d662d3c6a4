"""Fixtures of the planning tests."""
import pytest


@pytest.fixture()
def in_request(app, session):
    """A request context, for calling operations and labels (Dutch texts) directly."""
    with app.test_request_context():
        yield
