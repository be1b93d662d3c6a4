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
    "gesprek_aangemaakt": _l("gesprek gepland"),
    "gesprek_gewijzigd": _l("gesprek gewijzigd"),
    "gesprek_verwijderd": _l("gesprek verwijderd"),
    "gesprek_gehouden": _l("gesprek gemarkeerd als gehouden"),
    "gesprek_niet_gehouden": _l("gesprek gemarkeerd als niet gehouden"),
    "gespreksnotitie_toegevoegd": _l("gespreksnotitie toegevoegd"),
    "gespreksnotitie_gewijzigd": _l("gespreksnotitie gewijzigd"),
    "wederhoor_correctie_toegevoegd": _l("correctie in de wederhoor toegevoegd"),
    "wederhoor_correctie_gewijzigd": _l("correctie in de wederhoor gewijzigd"),
    "wederhoor_correctie_verwijderd": _l("correctie in de wederhoor verwijderd"),
    "wederhoor_ingediend": _l("reactie op hoor en wederhoor ingediend"),
    "wederhoor_correctie_besloten": _l("besluit over een correctie in de wederhoor"),
    "bestuurlijke_behandeling_vastgelegd": _l("data bestuurlijke behandeling vastgelegd"),
    "kernstuk_geupload": _l("kernstuk geüpload"),
    "kernstuk_beoordeeld": _l("kernstuk beoordeeld"),
    "bevinding_toegevoegd": _l("bevinding vastgelegd"),
    "bevinding_gewijzigd": _l("bevinding gewijzigd"),
    "bevinding_verwijderd": _l("bevinding verwijderd"),
    "rapportversie_aangemaakt": _l("versie van het rapport gemaakt"),
    "rapportsectie_gewijzigd": _l("sectie van het rapport bewerkt"),
    "rapportversie_ter_review": _l("rapportversie ter review aangeboden"),
    "rapportversie_goedgekeurd": _l("rapportversie goedgekeurd"),
    "rapportversie_definitief": _l("rapport definitief gemaakt"),
    "rapportcommentaar_geplaatst": _l("commentaar op het rapport geplaatst"),
    "bezoekdata_gewijzigd": _l("bezoekdagen gewijzigd"),
}


def action_label(action: str) -> str:
    """Return the Dutch description of an audit action (the code if it has none yet)."""
    return str(ACTION_LABELS.get(action, action))
