"""Errors that operations raise and views turn into clear messages."""


class DomainError(Exception):
    """A refused action; `message` is Dutch and meant for the user."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class TransitionForbidden(DomainError):
    """The user holds no role that may fire this event (HTTP 403)."""


class TransitionRefused(DomainError):
    """The event may not fire now; the message says why (HTTP 409)."""


class StaleEdit(DomainError):
    """Someone else saved the object since the form was loaded."""
