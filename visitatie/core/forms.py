"""Helpers between forms and views: hidden version fields, operations' errors."""


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
