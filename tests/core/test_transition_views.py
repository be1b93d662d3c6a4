"""The shared transition flow, with a stand-in page: status codes, refusal, flash, redirect."""
from types import SimpleNamespace

import pytest
from flask import get_flashed_messages
from werkzeug.exceptions import Forbidden

from forms.visitatie_transities import TransitionForm
from visitatie.core.domain import DomainError
from visitatie.core.transition_views import TransitionPage, handle_transition
from visitatie.core.domain import TransitionForbidden


def _page(fired, outcome=None):
    def fire(_session, _actor, obj, event, *, remark, version_id):
        fired.append((event, remark, version_id))
        if outcome is not None:
            raise outcome
        obj.state = "verder"

    return TransitionPage(
        fire=fire, state_label=str.upper,
        render_refusal=lambda obj, event, form, message: f"geweigerd {event}: {message}",
        show_url=lambda obj: f"/dingen/{obj.id}")


def _post(app, data, page):
    with app.test_request_context("/dingen/7/transities/door", method="POST", data=data):
        response = handle_transition(SimpleNamespace(id=7, state="begin"), "door",
                                     TransitionForm(), page)
        return response, get_flashed_messages(with_categories=True)


def test_fired_transition_flashes_both_states_and_redirects(app, session):
    fired = []
    response, flashes = _post(app, {"opmerking": "klaar", "version_id": "12"}, _page(fired))
    assert fired == [("door", "klaar", 12)]
    assert (response.status_code, response.location) == (302, "/dingen/7")
    assert flashes == [("success", "Fase gewijzigd: BEGIN → VERDER.")]


def test_version_that_is_not_plain_digits_is_passed_as_unknown(app, session):
    fired = []
    _post(app, {"version_id": " 3"}, _page(fired))
    assert [version_id for _event, _remark, version_id in fired] == [None]


def test_refused_transition_shows_the_page_with_the_reason_as_409(app, session):
    response, flashes = _post(app, {"version_id": "12"}, _page([], DomainError("Kan niet.")))
    assert response == ("geweigerd door: Kan niet.", 409)
    assert flashes == []


def test_transition_outside_the_users_roles_is_403(app, session):
    with pytest.raises(Forbidden):
        _post(app, {"version_id": "12"}, _page([], TransitionForbidden("Mag niet.")))


def test_invalid_form_shows_the_page_with_the_form_error_as_400(app, session):
    fired = []
    response, _flashes = _post(app, {"opmerking": "x" * 2001}, _page(fired))
    assert fired == []
    assert response == ("geweigerd door: De opmerking mag ten hoogste 2000 tekens zijn.", 400)
