"""Dutch descriptions of the kinds of notification."""
from flask_babel import lazy_gettext as _l

SOORT_LABELS = {
    "wederhoor_geopend": _l("Het conceptrapport staat klaar voor hoor en wederhoor"),
    "wederhoor_herinnering": _l("Herinnering: de termijn voor hoor en wederhoor loopt bijna af"),
    "wederhoor_deadline": _l("Vandaag is de laatste dag voor hoor en wederhoor"),
    "wederhoor_verlopen": _l("De termijn voor hoor en wederhoor is verlopen"),
    "wederhoor_ingediend": _l("De dienst heeft de reactie op het concept ingediend"),
}


def soort_label(soort: str) -> str:
    """Return the Dutch description of a kind of notification (the code if it has none)."""
    return str(SOORT_LABELS.get(soort, soort))
