"""Invented demo findings, written after the themes of the Rode draden rapportage.

They paraphrase the kind of observation the report describes (002, chapters 1-7); they
are not quotes from any dienst's report. (text, type, theme codes)
"""
from visitatie.bevindingen.models import BevindingType as T

DEMO_FINDINGS = [
    ("Medewerkers zijn trots op hun werk en zeer betrokken bij de dienst.", T.STERK_PUNT, ["6"]),
    ("Het bestuur heeft vertrouwen in de directie en geeft de dienst ruimte.",
     T.STERK_PUNT, ["2"]),
    ("Complexe casussen worden projectmatig en over disciplines heen opgepakt.",
     T.STERK_PUNT, ["5.6"]),
    ("De samenwerking met de veiligheidsregio verloopt goed en structureel.",
     T.STERK_PUNT, ["4.6"]),
    ("De dienst beschikt over een actuele regionale risicoanalyse die richting geeft aan de "
     "prioritering.", T.STERK_PUNT, ["3.1"]),
    ("Er is een meerjarenstrategie met een duidelijke toekomstvisie.", T.STERK_PUNT, ["3"]),
    ("De rolverdeling tussen eigenaar en opdrachtgever is in het bestuur niet helder "
     "uitgewerkt.", T.BEVINDING, ["2"]),
    ("In het algemeen bestuur gaat het gesprek vooral over uitvoering en geld, minder over "
     "koers.", T.BEVINDING, ["2"]),
    ("Verbeterinitiatieven worden lang niet altijd afgemaakt of expliciet gestopt.",
     T.BEVINDING, ["3", "7"]),
    ("Outcome-indicatoren zijn nog in ontwikkeling; sturing gebeurt vooral op output.",
     T.BEVINDING, ["7.5"]),
    ("Samenwerking met ketenpartners is vaak persoonsafhankelijk en ad hoc.",
     T.BEVINDING, ["4"]),
    ("De strafrechtelijke opvolging van zaken schiet tekort; terugkoppeling van het OM "
     "ontbreekt.", T.BEVINDING, ["4.1"]),
    ("Niet alle deelnemers hebben alle basistaken ingebracht.", T.BEVINDING, ["5.1"]),
    ("Het mandaat verschilt per deelnemer; van een uniform mandaat is geen sprake.",
     T.BEVINDING, ["5.2"]),
    ("De LHSO wordt niet overal eenduidig toegepast; afwijkingen worden niet vastgelegd.",
     T.BEVINDING, ["5.3"]),
    ("De dienst is afhankelijk van enkele sleutelpersonen.", T.BEVINDING, ["6.2"]),
    ("Er is geen structureel budget voor innovatie.", T.BEVINDING, ["7.3"]),
    ("De datakwaliteit in het zaaksysteem is onvoldoende voor informatiegestuurd werken.",
     T.BEVINDING, ["7.4"]),
    ("Maak met het bestuur spelregels over de scheiding tussen eigenaarsrol en "
     "opdrachtgeversrol.", T.AANBEVELING, ["2"]),
    ("Rond verbeterinitiatieven af of stop ze expliciet, en leg dat vast.",
     T.AANBEVELING, ["3", "7"]),
    ("Versterk project- en programmamanagement voor de ontwikkelagenda.",
     T.AANBEVELING, ["3"]),
    ("Richt accounthouderschap in voor de belangrijkste ketenpartners.", T.AANBEVELING, ["4"]),
    ("Maak structurele afspraken met OM en politie over de strafrechtelijke opvolging.",
     T.AANBEVELING, ["4.1"]),
    ("Maak met de waterschappen afspraken over indirecte lozingen.", T.AANBEVELING, ["4.5"]),
    ("Werk toe naar een uniform mandaat volgens het IBP-modelmandaat.", T.AANBEVELING,
     ["5.2"]),
    ("Borg het vier-ogen-principe en gebruik de interventiematrix consequent.",
     T.AANBEVELING, ["5.3"]),
    ("Verminder de personele kwetsbaarheid op sleutelposities.", T.AANBEVELING, ["6.2"]),
    ("Maak tijd vrij voor kalibreersessies tussen toezichthouders.", T.AANBEVELING, ["6.1"]),
    ("Reserveer een ontwikkel- en innovatiebudget van 3% van de omzet.", T.AANBEVELING,
     ["7.1", "7.3"]),
    ("Investeer in datakwaliteit en een adequaat werkend zaaksysteem.", T.AANBEVELING,
     ["7.4"]),
    ("Deel goede voorbeelden actief met collega-omgevingsdiensten.", T.AANBEVELING, ["1.2"]),
    ("Bespreek periodiek met ketenpartners hoe de samenwerking verloopt.", T.AANBEVELING,
     ["4.7"]),
]
