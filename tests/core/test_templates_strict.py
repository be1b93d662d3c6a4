"""Templates fail loudly: no optional includes, no `is defined` guards, strict undefined."""
from pathlib import Path

import pytest
from jinja2 import StrictUndefined
from jinja2.exceptions import UndefinedError

from visitatie.config import PROJECT_ROOT, from_environment

TEMPLATES = sorted(Path(PROJECT_ROOT, "templates").rglob("*.html"))


@pytest.mark.parametrize("silent", ["ignore missing", "is defined"])
def test_no_template_hides_a_missing_partial_or_variable(silent):
    offenders = [str(p.relative_to(PROJECT_ROOT)) for p in TEMPLATES
                 if silent in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_tests_render_with_strict_undefined(app):
    assert app.jinja_env.undefined is StrictUndefined
    with pytest.raises(UndefinedError):
        app.jinja_env.from_string("{{ missing }}").render()


@pytest.mark.parametrize("environment", ["development", "production"])
def test_strict_undefined_is_a_setting_off_by_default(monkeypatch, environment):
    monkeypatch.setenv("VISITATIE_ENV", environment)
    monkeypatch.delenv("JINJA_STRICT_UNDEFINED", raising=False)
    assert from_environment()["JINJA_STRICT_UNDEFINED"] is False
    monkeypatch.setenv("JINJA_STRICT_UNDEFINED", "1")
    assert from_environment()["JINJA_STRICT_UNDEFINED"] is True


def test_a_page_without_a_canonical_address_renders_without_the_link(app, client):
    html = client.get("/inloggen").get_data(as_text=True)
    assert 'rel="canonical"' not in html
