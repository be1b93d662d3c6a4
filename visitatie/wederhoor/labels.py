"""Dutch names of the decisions on a correction."""
from flask_babel import lazy_gettext as _l

BESLUIT_LABELS = {
    "open": _l("Nog geen besluit"),
    "overgenomen": _l("Overgenomen"),
    "niet_overgenomen": _l("Niet overgenomen"),
}


def besluit_label(besluit: str) -> str:
    """Return the Dutch name of a decision on a correction."""
    return str(BESLUIT_LABELS[besluit])
