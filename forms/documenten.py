"""Forms for generated documents: the buttons that ask for a PDF or retry one."""
from flask_wtf import FlaskForm
from wtforms import HiddenField


class DocumentAanvraagForm(FlaskForm):
    """The "PDF maken" button: only the CSRF token."""


class DocumentOpnieuwForm(FlaskForm):
    """The "Opnieuw proberen" button; `terug` names the page to return to."""

    terug = HiddenField()
