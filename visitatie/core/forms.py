"""Helpers between forms and views: one-line fields, hidden version fields, operations' errors."""
from flask_babel import gettext as _
from wtforms import EmailField, SearchField, StringField
from wtforms.validators import StopValidation

from visitatie.core.text import has_control_characters


def one_line_message(label: str) -> str:
    """Return the refusal of a line break in the field labelled `label`."""
    return _("‘%(label)s’ mag geen regeleinde, tab of ander stuurteken bevatten; het is één "
             "regel tekst.", label=label)


class OneLineMixin:
    """Refuse line breaks and other control characters: one-line text ends up in titles,
    mail subjects, file names and spreadsheet cells, where a line break does harm."""

    def pre_validate(self, form) -> None:
        super().pre_validate(form)
        if isinstance(self.data, str) and has_control_characters(self.data):
            raise StopValidation(one_line_message(str(self.label.text)))


class OneLineField(OneLineMixin, StringField):
    """A text input of one line."""


class OneLineEmailField(OneLineMixin, EmailField):
    """An e-mail address input of one line."""


class OneLineSearchField(OneLineMixin, SearchField):
    """A search input of one line."""



def add_domain_error(form, error) -> None:
    """Show a refused action's message on its field, or above the form."""
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = list(field.errors) + [error.message]
    else:
        form.form_errors.append(error.message)


def first_error(form) -> str | None:
    """Return the form's first error message, for pages that show one message for a form."""
    return next((str(message) for messages in form.errors.values() for message in messages),
                None)


_BLANK = (None, "", "None")  # "None": a hidden field rendered before there was a version
_LIKE_FALLBACK = object()


def version_seen(value, *, fallback: int | None, when_blank=_LIKE_FALLBACK,
                 digits_only: bool = False) -> int | None:
    """Return the version a form's hidden field showed, or `fallback` when it holds no number.

    `when_blank` is returned instead for an empty field, when that means something else (no
    version shown yet). With `digits_only`, only plain digits count: no sign, no spaces.
    """
    if value in _BLANK:
        return fallback if when_blank is _LIKE_FALLBACK else when_blank
    if digits_only:
        return int(value) if value and str(value).isdecimal() else fallback
    try:
        return int(value)
    except (TypeError, ValueError):
        return fallback
