"""Dutch words for the review states of a kernstuk, and file sizes as people read them."""
from flask_babel import format_decimal
from flask_babel import lazy_gettext as _l

BEOORDELING_LABELS = {
    "ontbreekt": _l("ontbreekt"),
    "niet_geupload": _l("niet geüpload (optioneel)"),
    "open": _l("nog niet beoordeeld"),
    "akkoord": _l("akkoord"),
    "terug": _l("terug naar de dienst"),
}


def beoordeling_label(beoordeling: str) -> str:
    """Return the Dutch description of a review state."""
    return str(BEOORDELING_LABELS[beoordeling])


def human_size(size: int) -> str:
    """Return a byte count as '812 bytes', '14,2 kB' or '3,1 MB' in the current locale."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{format_decimal(size / 1024, format='#,##0.#')} kB"
    return f"{format_decimal(size / (1024 * 1024), format='#,##0.#')} MB"
