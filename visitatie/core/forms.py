"""Helpers between operations' errors and forms."""


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
