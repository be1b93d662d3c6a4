"""Dutch names of the gesprek categories and levels, for display and choice lists."""
from flask_babel import lazy_gettext as _l

CATEGORIE_LABELS = {
    "intake": _l("Intake"),
    "bestuur": _l("Bestuur"),
    "directie": _l("Directie"),
    "mt": _l("Managementteam"),
    "medewerkers": _l("Medewerkers"),
    "or": _l("Ondernemingsraad"),
    "ambtelijk_opdrachtgevers": _l("Ambtelijk opdrachtgevers"),
    "ketenpartners": _l("Ketenpartners"),
    "complexe_casus": _l("Complexe casus / zaakdossier"),
    "afsluitende_sessie": _l("Afsluitende sessie"),
}

NIVEAU_LABELS = {
    "bestuurlijk": _l("Bestuurlijk"),
    "directie": _l("Directie"),
    "management": _l("Management"),
    "uitvoerend": _l("Uitvoerend"),
}


def categorie_label(categorie: str) -> str:
    """Return the Dutch name of a gesprek category."""
    return str(CATEGORIE_LABELS[categorie])


def niveau_label(niveau: str) -> str:
    """Return the Dutch name of a gesprek level."""
    return str(NIVEAU_LABELS[niveau])
