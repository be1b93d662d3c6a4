"""The hidden "version seen" field, read the way each kind of page reads it."""
import pytest

from visitatie.core.forms import version_seen

STRICT = {"fallback": None, "digits_only": True}  # transitions, plan, synthese: None = unknown
ZERO = {"fallback": 0}  # bevindingen, rapporten, gebruikers, codering: 0 = refused as stale
MINUS_ONE = {"fallback": -1}  # wederhoor, gesprekken
RATING = {"fallback": 0, "when_blank": None}  # opvolging: blank = no rating shown yet


@pytest.mark.parametrize(("kind", "value", "expected"), [
    (STRICT, "12", 12), (STRICT, "", None), (STRICT, "abc", None), (STRICT, "None", None),
    (STRICT, None, None), (STRICT, " 3", None), (STRICT, "-1", None), (STRICT, "+3", None),
    (STRICT, 7, 7), (STRICT, 0, None),
    (ZERO, "12", 12), (ZERO, "", 0), (ZERO, "abc", 0), (ZERO, "None", 0), (ZERO, None, 0),
    (ZERO, " 3", 3), (ZERO, "-1", -1), (ZERO, "1.5", 0), (ZERO, 7, 7),
    (MINUS_ONE, "12", 12), (MINUS_ONE, "", -1), (MINUS_ONE, "abc", -1),
    (MINUS_ONE, "None", -1), (MINUS_ONE, None, -1), (MINUS_ONE, " 3", 3),
    (RATING, "12", 12), (RATING, "", None), (RATING, "None", None), (RATING, None, None),
    (RATING, "abc", 0), (RATING, " 3", 3), (RATING, "-1", -1),
])
def test_version_seen_reads_the_field_or_falls_back(kind, value, expected):
    assert version_seen(value, **kind) == expected


def test_version_seen_needs_a_fallback():
    with pytest.raises(TypeError):
        version_seen("12")
