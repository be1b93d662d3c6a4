"""Dutch names of the Rode draden states, steps, kinds and the reasons a step may not happen."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from workflows.synthese import SyntheseState

STATE_LABELS = {
    SyntheseState.CONCEPT: _l("Concept"),
    SyntheseState.KLANKBORD: _l("Bij de klankbordgroep"),
    SyntheseState.VASTGESTELD: _l("Vastgesteld"),
    SyntheseState.GEPUBLICEERD: _l("Gepubliceerd"),
}

SOORT_LABELS = {
    "editie": _l("Editie van de ronde"),
    "tussentijds": _l("Tussentijdse rapportage"),
}

VERWERKING_LABELS = {
    "open": _l("Nog niet verwerkt"),
    "overgenomen": _l("Overgenomen"),
    "niet_overgenomen": _l("Niet overgenomen"),
}

EVENT_LABELS = {
    "naar_klankbord": _l("Naar de klankbordgroep sturen"),
    "klankbord_afronden": _l("Klankbordronde afronden"),
    "vaststellen": _l("Vaststellen (bestuur)"),
    "terugsturen": _l("Terugsturen naar de auteurs"),
    "publiceren": _l("Publiceren"),
    "corrigeren": _l("Correctie voorbereiden"),
}

EVENT_HINTS = {
    "naar_klankbord": _l("De leden van de klankbordgroep krijgen bericht en kunnen per "
                         "hoofdstuk opmerkingen plaatsen. Tot de ronde is afgerond kunt u de "
                         "tekst niet wijzigen."),
    "klankbord_afronden": _l("De klankbordgroep kan daarna niets meer toevoegen; de auteurs "
                             "verwerken de opmerkingen in het concept."),
    "vaststellen": _l("Leg de datum vast van de bestuursvergadering waarin de rapportage is "
                      "vastgesteld."),
    "terugsturen": _l("Verplicht: schrijf in de opmerking wat de auteurs moeten aanpassen."),
    "publiceren": _l("De vastgestelde rapportage wordt openbaar, als nieuwe versie met "
                     "datum. Een gepubliceerde versie verandert daarna nooit meer."),
    "corrigeren": _l("Verplicht: schrijf in de opmerking wat er wordt gecorrigeerd. Deze "
                     "toelichting staat bij de nieuwe versie op de openbare pagina."),
}

REFUSALS = {
    "onbekende_handeling": _l("Deze handeling bestaat niet."),
    "rol_mag_niet": _l("U mag deze handeling bij deze rapportage niet uitvoeren."),
    "verkeerde_fase": _l("Dit kan niet in de huidige fase van de rapportage."),
    "geen_secties": _l("De rapportage heeft nog geen hoofdstukken."),
    "geen_klankbordleden": _l("Er zijn voor deze ronde nog geen leden van de klankbordgroep. "
                              "Vraag de beheerder hen toe te voegen."),
    "klankbord_niet_gehoord": _l("De klankbordgroep heeft het concept nog niet gezien. Stuur "
                                 "het eerst naar de klankbordgroep."),
    "conclusies_ontbreken": _l("De integrale conclusies zijn nog niet geschreven."),
    "opmerking_nodig": _l("Schrijf in de opmerking waarom; die is hier verplicht."),
    "datum_ontbreekt": _l("Vul de datum in van de bestuursvergadering waarin de rapportage is "
                          "vastgesteld."),
    "datum_in_toekomst": _l("De datum van vaststelling ligt in de toekomst. Vul de datum in "
                            "van de vergadering waarin het bestuur de rapportage vaststelde."),
}

SHOWN_EMPTY_TITLES = 5


def synthese_state_label(state: str) -> str:
    """Return the Dutch name of a Rode draden state."""
    return str(STATE_LABELS[SyntheseState(state)])


def soort_label(soort: str) -> str:
    """Return the Dutch name of a kind of edition."""
    return str(SOORT_LABELS.get(soort, soort))


def verwerking_label(verwerking: str) -> str:
    """Return how a klankbord comment was processed, in Dutch."""
    return str(VERWERKING_LABELS.get(verwerking, verwerking))


def event_label(event: str) -> str:
    """Return the button text of a Rode draden step."""
    return str(EVENT_LABELS.get(event, event))


def event_hint(event: str) -> str | None:
    """Return the explanation shown with a step's button, if any."""
    hint = EVENT_HINTS.get(event)
    return str(hint) if hint else None


def titles_text(titles) -> str:
    """Return '‘A’', '‘A’ en ‘B’' or '‘A’, ‘B’ en nog 3 andere'."""
    quoted = [f"‘{t}’" for t in titles[:SHOWN_EMPTY_TITLES]]
    rest = len(titles) - len(quoted)
    if rest:
        return _("%(titels)s en nog %(n)s andere", titels=", ".join(quoted), n=rest)
    if len(quoted) < 2:
        return "".join(quoted)
    return _("%(begin)s en %(laatste)s", begin=", ".join(quoted[:-1]), laatste=quoted[-1])


def refusal_message(code: str, empty_titles=(), open_comments: int = 0) -> str:
    """Return the Dutch reason why a Rode draden step may not happen now."""
    if code == "opmerkingen_open":
        return ngettext("Nog %(num)s opmerking van de klankbordgroep is niet verwerkt.",
                        "Nog %(num)s opmerkingen van de klankbordgroep zijn niet verwerkt.",
                        open_comments)
    if code == "secties_leeg":
        return ngettext("Hoofdstuk %(titels)s heeft nog geen tekst.",
                        "%(num)s hoofdstukken hebben nog geen tekst: %(titels)s.",
                        len(empty_titles), titels=titles_text(list(empty_titles)))
    return str(REFUSALS.get(code, REFUSALS["verkeerde_fase"]))


def type_count_text(type_: str, n: int) -> str:
    """Return '1 sterk punt', '3 aanbevelingen'."""
    if type_ == "sterk_punt":
        return ngettext("%(num)s sterk punt", "%(num)s sterke punten", n)
    if type_ == "bevinding":
        return ngettext("%(num)s bevinding", "%(num)s bevindingen", n)
    return ngettext("%(num)s aanbeveling", "%(num)s aanbevelingen", n)


def share_text(x: int, y: int) -> str:
    """Return 'bij 9 van 12 diensten'."""
    return ngettext("bij %(x)s van %(num)s dienst", "bij %(x)s van %(num)s diensten", y, x=x)
