"""Dutch names of codebook changes, code changes and where a code came from."""
from flask_babel import lazy_gettext as _l

WIJZIGING_LABELS = {
    "aangemaakt": _l("toegevoegd"),
    "hernoemd": _l("hernoemd"),
    "verplaatst": _l("verplaatst"),
    "samengevoegd": _l("samengevoegd"),
    "kader_gekoppeld": _l("visitatiekader gekoppeld"),
    "omschrijving_gewijzigd": _l("omschrijving gewijzigd"),
}

CODE_SOORT_LABELS = {
    "toegekend": _l("toegekend"),
    "verwijderd": _l("weggehaald"),
    "samengevoegd": _l("verplaatst door samenvoegen"),
}

BRON_LABELS = {
    "handmatig": _l("handmatig"),
    "suggestie": _l("bevestigde suggestie"),
    "samenvoeging": _l("samenvoeging van thema's"),
}


def wijziging_label(soort: str) -> str:
    """Return the Dutch name of a kind of codebook change."""
    return str(WIJZIGING_LABELS.get(soort, soort))


def code_soort_label(soort: str) -> str:
    """Return the Dutch name of a kind of code change."""
    return str(CODE_SOORT_LABELS.get(soort, soort))


def bron_label(bron: str) -> str:
    """Return the Dutch name of where a code change came from."""
    return str(BRON_LABELS.get(bron, bron))


def label_helpers() -> dict:
    """Return the label functions the codebook templates use."""
    return {"wijziging_label": wijziging_label, "code_soort_label": code_soort_label,
            "bron_label": bron_label}
