"""Dutch descriptions of audit actions, for timelines."""
from flask_babel import lazy_gettext as _l

ACTION_LABELS = {
    "visitatie_aangemaakt": _l("visitatie aangemaakt"),
    "fase_gewijzigd": _l("fase gewijzigd"),
    "ingelogd": _l("ingelogd"),
    "login_geweigerd": _l("inlogpoging geweigerd"),
    "wachtwoord_herstel_gevraagd": _l("nieuw wachtwoord aangevraagd"),
    "wachtwoord_gewijzigd": _l("wachtwoord gewijzigd"),
    "gebruiker_aangemaakt": _l("account aangemaakt"),
    "gebruiker_gewijzigd": _l("gegevens gewijzigd"),
    "rol_toegekend": _l("rol toegekend"),
    "rol_ingetrokken": _l("rol ingetrokken"),
}


def action_label(action: str) -> str:
    """Return the Dutch description of an audit action (the code if it has none yet)."""
    return str(ACTION_LABELS.get(action, action))
