"""One-line text: fields, redirects and mail headers refuse line breaks (issue 19, L6)."""
import importlib
import pkgutil

import pytest
from wtforms import Form, HiddenField, PasswordField, StringField, TextAreaField
from wtforms.fields.core import UnboundField

import forms
from tests.factories import TEST_PASSWORD
from visitatie.core.forms import OneLineMixin
from visitatie.core.text import has_control_characters, one_line
from visitatie.core.urls import is_safe_next
from visitatie.mail.operations import queue_mail

MULTI_LINE = (TextAreaField, HiddenField, PasswordField)


def _single_line_fields():
    for info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"forms.{info.name}")
        for form in vars(module).values():
            if isinstance(form, type) and issubclass(form, Form) and \
                    form.__module__ == module.__name__:
                for name in dir(form):
                    field = getattr(form, name)
                    if isinstance(field, UnboundField) and \
                            issubclass(field.field_class, StringField) and \
                            not issubclass(field.field_class, MULTI_LINE):
                        yield f"{module.__name__}.{form.__name__}.{name}", field.field_class


def test_every_single_line_text_field_of_every_form_refuses_line_breaks():
    fields = dict(_single_line_fields())
    assert "forms.synthese.SyntheseTextsForm.titel" in fields  # the walk finds the fields
    assert "forms.verbeterplannen.ActieEditForm.eigenaar_naam" in fields
    assert [name for name, cls in fields.items() if not issubclass(cls, OneLineMixin)] == []


@pytest.mark.parametrize("text", ["a\nb", "a\rb", "a\tb", "a\x00b", "a\x1bb", "a\x7fb",
                                  "a\x85b", "a\u2028b", "a\u2029b"])
def test_control_characters_are_found_and_folded(text):
    assert has_control_characters(text)
    assert one_line(text) == "a b"


def test_ordinary_text_is_one_line():
    assert not has_control_characters("Rode draden — ronde 2 (één) & ‘meer’")
    assert one_line("  Rode draden  ") == "Rode draden"


@pytest.mark.parametrize("target", ["\r\nX", "/\r\nX", "/\n/evil.example", "/\t/evil.example",
                                    "/ok\x00", "//evil.example", "https://evil.example/"])
def test_next_with_a_line_break_or_another_host_is_not_safe(target):
    assert not is_safe_next(target)


def test_next_on_this_site_is_safe():
    assert is_safe_next("/visitaties/3?tab=commissie")


@pytest.mark.parametrize("query", ["%0d%0aX", "/%0d%0aX", "/%0a/evil.example"])
def test_login_with_a_line_break_in_next_goes_to_the_werkruimte(client, secretaris, query):
    response = client.post(f"/inloggen?next={query}", data={
        "email": secretaris.email, "wachtwoord": TEST_PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] == "/werkruimte"


def test_a_login_address_with_a_line_break_is_refused_in_dutch(client, secretaris):
    response = client.post("/inloggen", data={"email": f"{secretaris.email}\r\nX",
                                              "wachtwoord": TEST_PASSWORD})
    assert response.status_code == 400
    assert ("‘E-mailadres’ mag geen regeleinde, tab of ander stuurteken bevatten; het is één "
            "regel tekst.") in response.text
    assert client.get("/werkruimte").status_code == 302


def test_queued_mail_subject_is_one_line(app, session, secretaris):
    with app.test_request_context():
        mail = queue_mail(session, secretaris.email, "Wachtwoord\r\nBcc: x@example.org",
                          "wachtwoord_herstellen", user=secretaris, link="http://x/")
    assert mail.subject == "Wachtwoord Bcc: x@example.org"
    assert "Bcc: x@example.org\n" not in mail.body_text.split("\n\n")[0]
