"""Templates fail loudly: no optional includes and no `is defined` guards."""
from pathlib import Path

import pytest

from visitatie.config import PROJECT_ROOT

TEMPLATES = sorted(Path(PROJECT_ROOT, "templates").rglob("*.html"))


@pytest.mark.parametrize("silent", ["ignore missing", "is defined"])
def test_no_template_hides_a_missing_partial_or_variable(silent):
    offenders = [str(p.relative_to(PROJECT_ROOT)) for p in TEMPLATES
                 if silent in p.read_text(encoding="utf-8")]
    assert offenders == []
