"""Dutch names of the statuses of a report version."""
from flask_babel import lazy_gettext as _l

STATUS_LABELS = {
    "werkversie": _l("werkversie"),
    "ter_review": _l("ter review"),
    "goedgekeurd": _l("goedgekeurd"),
    "definitief": _l("definitief"),
}


def status_label(status: str) -> str:
    """Return the Dutch name of a version status."""
    return str(STATUS_LABELS.get(status, status))
