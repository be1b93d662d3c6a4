"""Dutch words of the public pages: the public stand of a visitatie, kinds of publication."""
from flask_babel import lazy_gettext as _l

STAND_LABELS = {
    "nog_niet_gepland": _l("Bezoek nog niet gepland"),
    "bezoek_gepland": _l("Bezoek gepland"),
    "bezocht": _l("Bezocht, rapport nog niet gepubliceerd"),
    "buiten_voorziening": _l("Bezocht, rapport niet via deze site"),
    "rapport_gepubliceerd": _l("Rapport gepubliceerd"),
    "verbeterplan_gepubliceerd": _l("Verbeterplan gepubliceerd"),
}
SOORT_LABELS = {
    "rapport": _l("Visitatierapport"),
    "verbeterplan": _l("Verbeterplan"),
    "rode_draden": _l("Rode draden rapportage"),
}
ACTIE_STATUS_LABELS = {
    "gepland": _l("gepland"),
    "loopt": _l("loopt"),
    "vertraagd": _l("vertraagd"),
    "gerealiseerd": _l("gerealiseerd"),
    "gestopt": _l("gestopt"),
}


def stand_label(stand: str) -> str:
    """Return the Dutch description of a public stand."""
    return str(STAND_LABELS[stand])


def soort_label(soort: str) -> str:
    """Return the Dutch name of a kind of publication."""
    return str(SOORT_LABELS[soort])


def actie_status_label(status: str) -> str:
    """Return the Dutch name of an actie status (lower case, for running text)."""
    return str(ACTIE_STATUS_LABELS.get(status, status))
