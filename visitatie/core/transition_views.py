"""The one way a page's transition button is handled: fire, commit, flash, redirect."""
from collections.abc import Callable
from dataclasses import dataclass

from flask import abort, flash, redirect
from flask_babel import gettext as _
from flask_login import current_user

from visitatie.core.domain import DomainError, TransitionForbidden
from visitatie.core.forms import first_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db


@dataclass(frozen=True)
class TransitionPage:
    """The page a transition button sits on, and the workflow behind it."""

    fire: Callable  # fire(session, actor, obj, event, remark=..., version_id=...)
    state_label: Callable[[str], str]
    render_refusal: Callable  # render_refusal(obj, event, form, message) -> the page's HTML
    show_url: Callable  # show_url(obj) -> the address of the page


def handle_transition(obj, event: str, form, page: TransitionPage):
    """Fire `event` on `obj` from the posted form; 403, or the page with the refusal, if not."""
    if not form.validate_on_submit():
        return page.render_refusal(obj, event, form, first_error(form)), 400
    source = obj.state
    try:
        page.fire(db.session, current_user, obj, event, remark=form.opmerking.data,
                  version_id=version_seen(form.version_id.data, fallback=None,
                                          digits_only=True))
    except TransitionForbidden:
        rollback()
        abort(403)
    except DomainError as error:
        rollback()
        return page.render_refusal(obj, event, form, error.message), 409
    commit()
    flash(_("Fase gewijzigd: %(van)s → %(naar)s.", van=page.state_label(source),
            naar=page.state_label(obj.state)), "success")
    return redirect(page.show_url(obj))
