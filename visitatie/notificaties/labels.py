"""Dutch descriptions of the kinds of notification."""
from flask_babel import lazy_gettext as _l

SOORT_LABELS = {
    "visitatie_gepland": _l("Er is een visitatie gepland"),
    "kernstukken_ingediend": _l("De dienst heeft de kernstukken ingediend"),
    "kernstukken_teruggestuurd": _l("De kernstukken zijn teruggestuurd voor aanvulling"),
    "wederhoor_geopend": _l("Het conceptrapport staat klaar voor hoor en wederhoor"),
    "wederhoor_herinnering": _l("Herinnering: de termijn voor hoor en wederhoor loopt bijna af"),
    "wederhoor_deadline": _l("Vandaag is de laatste dag voor hoor en wederhoor"),
    "wederhoor_verlopen": _l("De termijn voor hoor en wederhoor is verlopen"),
    "wederhoor_ingediend": _l("De dienst heeft de reactie op het concept ingediend"),
    "rapport_vastgesteld": _l("Het visitatierapport is vastgesteld"),
    "verbeterplan_ingediend": _l("Het verbeterplan is ingediend ter beoordeling"),
    "verbeterplan_teruggestuurd": _l("Het verbeterplan is teruggestuurd"),
    "verbeterplan_geaccepteerd": _l("Het verbeterplan is geaccepteerd"),
    # The reminder ladders of visitatie.verbeterplannen.reminders: 14 days before, on the
    # day, 7 days after.
    "plan_termijn_herinnering": _l("Herinnering: over twee weken moet het verbeterplan zijn "
                                   "ingediend"),
    "plan_termijn_vandaag": _l("Vandaag moet het verbeterplan zijn ingediend"),
    "plan_termijn_verlopen": _l("De termijn voor het verbeterplan is een week verstreken"),
    "voortgang_termijn_herinnering": _l("Herinnering: over twee weken is de "
                                        "voortgangsrapportage nodig"),
    "voortgang_termijn_vandaag": _l("Vandaag is de voortgangsrapportage nodig"),
    "voortgang_termijn_verlopen": _l("De voortgangsrapportage is een week te laat"),
    "actie_datum_herinnering": _l("Herinnering: over twee weken is de geplande datum van een "
                                  "actie"),
    "actie_datum_vandaag": _l("Vandaag is de geplande datum van een actie"),
    "actie_datum_verlopen": _l("De geplande datum van een actie is een week verstreken"),
    "synthese_naar_klankbord": _l("De Rode draden rapportage ligt bij de klankbordgroep"),
    "synthese_klankbord_afgerond": _l("De klankbordronde van de Rode draden is afgerond"),
}


def soort_label(soort: str) -> str:
    """Return the Dutch description of a kind of notification (the code if it has none)."""
    return str(SOORT_LABELS.get(soort, soort))
