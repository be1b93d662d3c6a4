"""Dutch names of the visitatie states, for display."""
from flask_babel import lazy_gettext as _l

from workflows.visitatie import VisitatieState

STATE_LABELS = {
    VisitatieState.GEPLAND: _l("Gepland"),
    VisitatieState.VOORBEREIDING: _l("Voorbereiding"),
    VisitatieState.KERNSTUKKEN_INGEDIEND: _l("Kernstukken ingediend"),
    VisitatieState.BEZOEK: _l("Bezoek"),
    VisitatieState.CONCEPT_RAPPORT: _l("Conceptrapport"),
    VisitatieState.WEDERHOOR: _l("Hoor en wederhoor"),
    VisitatieState.VASTGESTELD: _l("Vastgesteld"),
    VisitatieState.GEPUBLICEERD: _l("Gepubliceerd"),
}


def state_label(state: str) -> str:
    """Return the Dutch name of a visitatie state."""
    return str(STATE_LABELS[VisitatieState(state)])

EVENT_LABELS = {
    "start_voorbereiding": _l("Voorbereiding starten"),
    "kernstukken_indienen": _l("Kernstukken indienen"),
    "kernstukken_terugsturen": _l("Kernstukken terugsturen"),
    "kernstukken_accepteren": _l("Kernstukken accepteren"),
    "bezoek_afronden": _l("Bezoek afronden"),
    "naar_wederhoor": _l("Concept naar hoor en wederhoor"),
    "vaststellen": _l("Rapport vaststellen"),
    "publiceren": _l("Rapport publiceren"),
}

EVENT_HINTS = {
    "kernstukken_terugsturen": _l("Geef in de opmerking aan wat er moet gebeuren; "
                                  "opmerkingen per document zet u bij de kernstukken."),
    "naar_wederhoor": _l("De dienst ziet het goedgekeurde concept en krijgt een termijn "
                         "voor feitelijke correcties."),
    "vaststellen": _l("Het rapport wordt definitief en kan daarna niet meer wijzigen."),
    "publiceren": _l("Het rapport wordt openbaar."),
}

REFUSALS = {
    "onbekende_handeling": _l("Deze handeling bestaat niet."),
    "rol_mag_niet": _l("U mag deze handeling bij deze visitatie niet uitvoeren."),
    "verkeerde_fase": _l("Dit kan niet in de huidige fase van de visitatie."),
    "geen_voorzitter": _l("De commissie heeft nog geen voorzitter."),
    "geen_secretaris": _l("De commissie heeft nog geen secretaris."),
    "lid_van_eigen_dienst": _l("Er zit iemand van de gevisiteerde dienst in de commissie."),
    "geen_bezoekdata": _l("De bezoekdagen zijn nog niet vastgelegd."),
    "kernstukken_ontbreken": _l("Nog niet alle verplichte kernstukken zijn aangeleverd: "
                                "%(missing)s."),
    "opmerking_nodig": _l("Geef een opmerking, of zet bij een document wat er moet veranderen."),
    "intake_niet_gehouden": _l("Het intakegesprek staat niet als gehouden in het programma."),
    "afsluiting_niet_gehouden": _l("De afsluitende sessie staat niet als gehouden in het "
                                   "programma."),
    "concept_niet_goedgekeurd": _l("De voorzitter heeft de nieuwste versie van het "
                                   "conceptrapport nog niet goedgekeurd."),
    "wederhoor_loopt_nog": _l("De dienst heeft nog niet gereageerd en de termijn voor hoor "
                              "en wederhoor loopt nog."),
    "correcties_open": _l("Nog niet over alle correcties uit hoor en wederhoor is besloten."),
    "behandeling_ontbreekt": _l("Leg eerst de data van de behandeling in het dagelijks en "
                                "het algemeen bestuur vast."),
}


def event_label(name: str) -> str:
    """Return the button text of a lifecycle event."""
    return str(EVENT_LABELS.get(name, name))


def event_hint(name: str) -> str | None:
    """Return what a person should know before pressing a lifecycle button, if anything."""
    hint = EVENT_HINTS.get(name)
    return str(hint) if hint else None


def refusal_message(code: str, missing: tuple = ()) -> str:
    """Return the Dutch reason why an event may not fire."""
    message = REFUSALS.get(code, REFUSALS["verkeerde_fase"])
    return str(message) % {"missing": ", ".join(missing)} if code == "kernstukken_ontbreken" \
        else str(message)
