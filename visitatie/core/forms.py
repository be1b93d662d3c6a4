"""Helpers between operations' errors and forms."""


def add_domain_error(form, error) -> None:
    """Show a refused action's message on its field, or above the form."""
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = list(field.errors) + [error.message]
    else:
        form.form_errors.append(error.message)
