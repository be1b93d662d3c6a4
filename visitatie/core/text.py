"""One-line text: what may not appear in a title, a name or a mail header."""
import re
import unicodedata

# Line and paragraph separators end a line too (U+2028, U+2029); NEL (U+0085) is a C1 control.
_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def has_control_characters(value: str | None) -> bool:
    """Return whether `value` holds a line break, tab or other control character."""
    return bool(value) and any(
        unicodedata.category(c) == "Cc" or c in "\u2028\u2029" for c in value)


def one_line(value: str | None) -> str:
    """Return `value` with every run of line breaks and control characters as one space."""
    return _BREAKING.sub(" ", value or "").strip()
