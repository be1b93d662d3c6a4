"""Invented demo findings, written after the themes of the Rode draden rapportage.

Every text here is made up for the demo. The subjects follow the chapters and sub-themes of
the Rode draden report (002, chapters 1-7; seeds-digest §3.2), in our own words: no sentence
is quoted from the report or from any dienst's visitatierapport, and no dienst is named.
Each theme of the seeded codebook (visitatie/reference/data.py THEMA_BOOM) has at least five
findings; a few carry a chapter code or two codes, as coders do. (text, type, theme codes)
"""
from visitatie.bevindingen.models import BevindingType as T

S, B, A = T.STERK_PUNT, T.BEVINDING, T.AANBEVELING

DEMO_FINDINGS = [
    # --- 1 Inleiding: samenwerking en afstemming (chapter) ---
    ("Deelnemers en partners spreken merkbaar meer vertrouwen uit in de dienst dan bij de "
     "vorige visitatie.", S, ["1"]),
    ("De dienst is nog volop bezig de basis op orde te brengen en heeft weinig ruimte voor "
     "doorontwikkeling.", B, ["1"]),
    ("Binnen het bestuur ontbreekt een gedeeld beeld van wat de dienst over vijf jaar moet "
     "zijn; de discussie gaat soms nog over het bestaansrecht.", B, ["1", "2"]),
    ("Investeer niet alleen in capaciteit en middelen, maar ook in bestuurlijk draagvlak voor "
     "de doorontwikkeling van de dienst.", A, ["1"]),
    # --- 1.1 Samenwerking met collega-omgevingsdiensten ---
    ("Met de buurdiensten in de provincie is een heldere taakverdeling gemaakt voor "
     "specialistische taken.", S, ["1.1"]),
    ("De dienst werkt met twee naburige omgevingsdiensten samen aan een gezamenlijke "
     "arbeidsmarktaanpak.", S, ["1.1"]),
    ("De samenwerking met de andere omgevingsdiensten in de regio verloopt stroef, mede door "
     "de opstelling van de provincie.", B, ["1.1"]),
    ("Gezamenlijke afspraken met collega-diensten over natuurtaken staan alleen op papier en "
     "worden in de praktijk weinig benut.", B, ["1.1"]),
    ("Bovenregionale samenwerking hangt sterk af van persoonlijke relaties tussen de "
     "directeuren van de diensten.", B, ["1.1"]),
    ("Verken met de omliggende omgevingsdiensten welke specialistische taken u samen kunt "
     "beleggen.", A, ["1.1"]),
    ("Leg de samenwerking met collega-omgevingsdiensten vast in een "
     "samenwerkingsovereenkomst met duidelijke rollen.", A, ["1.1"]),
    # --- 1.2 Landelijke afstemming ---
    ("De dienst neemt actief deel aan landelijke netwerken en brengt daar eigen kennis in.",
     S, ["1.2"]),
    ("Goede voorbeelden van andere diensten worden nauwelijks opgehaald; de dienst ontwikkelt "
     "veel zelf opnieuw.", B, ["1.2"]),
    ("Voor informatisering en innovatie mist de dienst landelijke kaders en regie.", B,
     ["1.2"]),
    ("Het ontbreekt aan landelijke coördinatie, waardoor iedere dienst eigen oplossingen "
     "bedenkt voor dezelfde vraagstukken.", B, ["1.2"]),
    ("Deel goede voorbeelden actief met collega-omgevingsdiensten.", A, ["1.2"]),
    ("Vraag Omgevingsdienst NL om landelijke afstemming op ontwikkelthema's waar alle "
     "diensten mee worstelen.", A, ["1.2"]),
    ("Sluit aan bij landelijke kennisnetwerken in plaats van eigen werkwijzen te ontwikkelen.",
     A, ["1.2"]),
    # --- 2 Bestuurlijk-ambtelijk samenspel ---
    ("Het bestuur heeft vertrouwen in de directie en geeft de dienst ruimte.", S, ["2"]),
    ("De directeur weet het bestuur mee te nemen in dilemma's en heeft draagvlak opgebouwd "
     "voor de koers.", S, ["2"]),
    ("De rolverdeling tussen eigenaar en opdrachtgever is in het bestuur niet helder "
     "uitgewerkt.", B, ["2"]),
    ("In het algemeen bestuur gaat het gesprek vooral over uitvoering en geld, minder over "
     "koers en maatschappelijke opgaven.", B, ["2"]),
    ("De verhouding tussen bestuur en directie is gespannen, wat doorwerkt in de organisatie.",
     B, ["2"]),
    ("In enkele dossiers probeerden bestuurders invloed uit te oefenen op een advies van de "
     "dienst.", B, ["2"]),
    ("Het ambtelijk voorportaal wordt laat geïnformeerd, waardoor stukken onvoldoende "
     "voorbereid op de bestuurstafel komen.", B, ["2"]),
    ("Het accounthouderschap richting deelnemers staat nog in de steigers.", B, ["2"]),
    ("Maak met het bestuur spelregels over de scheiding tussen eigenaarsrol en "
     "opdrachtgeversrol.", A, ["2"]),
    ("Agendeer in het algemeen bestuur periodiek de toekomst van de dienst en de regionale "
     "risico's.", A, ["2"]),
    ("Leg vast hoe wordt omgegaan met een deelnemer die een advies van de dienst naast zich "
     "neerlegt, zodat afwegingen transparant zijn.", A, ["2"]),
    # --- 3 De toekomst in het vizier (chapter) ---
    ("Er is een meerjarenstrategie met een duidelijke toekomstvisie.", S, ["3"]),
    ("Medewerkers presenteerden met trots projecten op het gebied van energiebesparing.", S,
     ["3"]),
    ("Verbeterinitiatieven stapelen zich op; veel wordt gestart en weinig wordt afgerond of "
     "bewust beëindigd.", B, ["3", "7"]),
    ("Het strategisch vermogen van de dienst is beperkt; er is weinig capaciteit om aan de "
     "toekomstvisie te werken.", B, ["3"]),
    ("De veranderaanpak mist samenhang: ambities, plannen, mensen en middelen zijn niet aan "
     "elkaar gekoppeld.", B, ["3"]),
    ("Versterk project- en programmamanagement voor de ontwikkelagenda.", A, ["3"]),
    ("Rond lopende verbeterinitiatieven af of stop ze expliciet, en leg die keuze vast.", A,
     ["3", "7"]),
    # --- 3.1 Regionale risicoanalyse ---
    ("De dienst beschikt over een actuele regionale risicoanalyse die richting geeft aan de "
     "prioritering.", S, ["3.1"]),
    ("Het risicomodel is dynamisch en neemt naleefgedrag van bedrijven mee.", S, ["3.1"]),
    ("De risicoanalyse is samen met de deelnemers opgesteld en vastgesteld.", S, ["3.1"]),
    ("Bij het opstellen van het uitvoeringsprogramma wegen lokale wensen zwaarder dan de "
     "regionale risico's.", B, ["3.1"]),
    ("De risicoanalyse is verouderd en wordt niet gebruikt om toezichtsfrequenties te "
     "bepalen.", B, ["3.1"]),
    ("Actualiseer de regionale risicoanalyse en maak haar leidend voor de keuzes in het "
     "uitvoeringsprogramma.", A, ["3.1"]),
    ("Betrek ketenpartners bij de volgende herziening van de risicoanalyse.", A, ["3.1", "4"]),
    # --- 3.2 Big 8 ---
    ("Beleidscyclus en uitvoeringscyclus zijn goed met elkaar verbonden; de Big 8 is "
     "rond.", S, ["3.2"]),
    ("Het VTH-beleidskader is vastgesteld, maar vertaalt zich niet in het "
     "uitvoeringsprogramma.", B, ["3.2"]),
    ("De jaarlijkse evaluatie rapporteert vooral aantallen controles en geeft geen "
     "terugkoppeling op de beleidsdoelen.", B, ["3.2"]),
    ("De basisbestanden met inrichtingen zijn onvolledig, omdat niet alle deelnemers hun "
     "gegevens hebben aangeleverd.", B, ["3.2"]),
    ("De Big 8 is een bekend begrip, maar de cyclus van evalueren en bijstellen wordt niet "
     "gesloten.", B, ["3.2"]),
    ("Sluit de beleids- en uitvoeringscyclus door de evaluatie te laten terugkomen in het "
     "nieuwe beleid.", A, ["3.2"]),
    ("Breng samen met de deelnemers de basisbestanden van bedrijven en inrichtingen op orde.",
     A, ["3.2"]),
    # --- 3.3 Knelpunten wet- en regelgeving ---
    ("De dienst signaleert knelpunten in regelgeving en brengt die onder de aandacht van het "
     "ministerie.", S, ["3.3"]),
    ("Specialisten van de dienst dragen praktijkervaringen aan bij landelijke overleggen over "
     "nieuwe milieuregels.", S, ["3.3"]),
    ("Knelpunten die toezichthouders tegenkomen in wetgeving worden niet verzameld of "
     "doorgegeven.", B, ["3.3"]),
    ("De dienst loopt aan tegen regels die niet aansluiten op de uitvoeringspraktijk, "
     "bijvoorbeeld rond zeer zorgwekkende stoffen.", B, ["3.3"]),
    ("Uitvoeringservaringen met onduidelijke regelgeving blijven hangen bij individuele "
     "medewerkers.", B, ["3.3"]),
    ("Organiseer een vaste route om knelpunten in wet- en regelgeving te melden bij de "
     "landelijke overheid.", A, ["3.3"]),
    ("Neem de agenderende rol richting wetgever nadrukkelijker op in het jaarplan.", A,
     ["3.3"]),
    # --- 4 Ketensamenwerking (chapter) ---
    ("Ketenpartners waarderen de vakkennis en inzet van de medewerkers.", S, ["4"]),
    ("Samenwerking met ketenpartners is vaak persoonsafhankelijk en ad hoc.", B, ["4"]),
    ("Er is geen visie op welke ketenpartners voor de dienst het belangrijkst zijn en hoe die "
     "te betrekken.", B, ["4"]),
    ("Richt accounthouderschap in voor de belangrijkste ketenpartners.", A, ["4"]),
    ("Bespreek periodiek met ketenpartners hoe de samenwerking verloopt.", A, ["4"]),
    # --- 4.1 Samenwerking met partners in de strafrechtketen ---
    ("Met politie en Functioneel Parket zijn werkafspraken gemaakt die ook worden nagekomen.",
     S, ["4.1"]),
    ("De strafrechtelijke opvolging van zaken schiet tekort; terugkoppeling van het OM "
     "ontbreekt.", B, ["4.1"]),
    ("Processen-verbaal blijven lang liggen doordat de capaciteit bij het Openbaar Ministerie "
     "beperkt is.", B, ["4.1"]),
    ("De dienst heeft te weinig eigen BOA's om milieuzaken strafrechtelijk op te pakken.", B,
     ["4.1"]),
    ("Strafbeschikkingen worden nauwelijks ingezet als interventie.", B, ["4.1"]),
    ("Maak structurele afspraken met OM en politie over de strafrechtelijke opvolging.", A,
     ["4.1"]),
    ("Neem zelf de regie op de samenwerking in de strafrechtketen en organiseer een vast "
     "driehoeksoverleg.", A, ["4.1"]),
    # --- 4.2 Ketentoezicht ---
    ("De dienst heeft een eigen team voor ketentoezicht op afvalstromen.", S, ["4.2"]),
    ("Ketentoezicht gebeurt incidenteel, terwijl het tot de basistaken behoort.", B, ["4.2"]),
    ("Bij ketentoezicht op grond- en bouwstoffen is de afstemming met gemeenten, politie en "
     "ILT onvoldoende.", B, ["4.2"]),
    ("Signalen uit ketentoezicht worden niet gedeeld met het RIEC.", B, ["4.2"]),
    ("Controles in de afvalketen zijn niet gebaseerd op een analyse van de stromen.", B,
     ["4.2"]),
    ("Bed ketentoezicht structureel in met een jaarlijks programma en vaste capaciteit.", A,
     ["4.2"]),
    ("Werk in het ketentoezicht samen met ILT en politie op basis van gedeelde informatie "
     "over afvalstromen.", A, ["4.2"]),
    # --- 4.3 GGD ---
    ("De GGD wordt vroegtijdig betrokken bij vergunningen met gezondheidsrisico's.", S,
     ["4.3"]),
    ("De GGD is nauwelijks in beeld als partner, terwijl gezondheid onder de Omgevingswet "
     "zwaarder weegt.", B, ["4.3"]),
    ("Bij klachten over geur en fijnstof wordt de medische milieukunde van de GGD niet "
     "geraadpleegd.", B, ["4.3"]),
    ("Er zijn geen afspraken met de GGD over advisering bij gezondheidsvraagstukken.", B,
     ["4.3"]),
    ("Geef de GGD een vaste plek in het netwerk van de dienst.", A, ["4.3"]),
    ("Maak met de GGD afspraken over gezamenlijke advisering bij "
     "gezondheidsvraagstukken in de leefomgeving.", A, ["4.3"]),
    # --- 4.4 Arbeidsinspectie ---
    ("Inspecties bij risicovolle bedrijven worden samen met de Arbeidsinspectie voorbereid en "
     "uitgevoerd.", S, ["4.4"]),
    ("De samenwerking met de Arbeidsinspectie is de laatste jaren duidelijk verbeterd.", S,
     ["4.4"]),
    ("Afspraken met de Arbeidsinspectie over gezamenlijke inspecties zijn nog niet "
     "vastgelegd.", B, ["4.4"]),
    ("Bevindingen van de Arbeidsinspectie bereiken de toezichthouders van de dienst laat.",
     B, ["4.4"]),
    ("Leg de werkafspraken met de Arbeidsinspectie vast in een convenant.", A, ["4.4"]),
    ("Plan inspecties bij Seveso-bedrijven jaarlijks af met de Arbeidsinspectie.", A,
     ["4.4", "5.4"]),
    # --- 4.5 Waterschappen ---
    ("Met het waterschap is een gezamenlijk toezichtsprogramma voor indirecte lozingen "
     "opgesteld.", S, ["4.5"]),
    ("De taakverdeling met de waterschappen bij indirecte lozingen is onduidelijk.", B,
     ["4.5"]),
    ("Na de overdracht van bevoegdheden door het waterschap zijn werkwijzen en middelen niet "
     "meegekomen.", B, ["4.5"]),
    ("Lozingen op het riool worden nauwelijks gecontroleerd, omdat dienst en waterschap op "
     "elkaar wachten.", B, ["4.5"]),
    ("Maak met de waterschappen afspraken over indirecte lozingen.", A, ["4.5"]),
    ("Stem met het waterschap af wie welke lozingen toetst en houd daar gezamenlijk toezicht "
     "op.", A, ["4.5"]),
    # --- 4.6 Veiligheidsregio's ---
    ("De samenwerking met de veiligheidsregio verloopt goed en structureel.", S, ["4.6"]),
    ("Bij incidenten trekken dienst en veiligheidsregio samen op en delen zij snel "
     "informatie.", S, ["4.6"]),
    ("De dienst is goed aangesloten op de crisisorganisatie van de veiligheidsregio.", S,
     ["4.6"]),
    ("Adviezen over externe veiligheid worden nog niet afgestemd met de brandweer.", B,
     ["4.6"]),
    ("Oefen vaker samen met de veiligheidsregio, ook voor milieu-incidenten.", A, ["4.6"]),
    ("Maak met de veiligheidsregio afspraken over gezamenlijke controles op "
     "brandveiligheid.", A, ["4.6"]),
    # --- 4.7 Informatie-uitwisseling met ketenpartners ---
    ("Met enkele ketenpartners is een convenant gesloten over het uitwisselen van gegevens.",
     S, ["4.7"]),
    ("Informatie-uitwisseling met ketenpartners loopt via persoonlijke contacten en is niet "
     "geborgd.", B, ["4.7"]),
    ("Uit onzekerheid over de AVG worden gegevens over overtreders niet gedeeld met partners.",
     B, ["4.7"]),
    ("Gegevens over inspecties zijn niet beschikbaar voor ketenpartners die ze nodig hebben.",
     B, ["4.7"]),
    ("Leg de uitwisseling van informatie met ketenpartners vast in convenanten die de AVG "
     "respecteren.", A, ["4.7"]),
    ("Maak afspraken met partners over welke gegevens zij met elkaar delen en via welke "
     "systemen.", A, ["4.7"]),
    # --- 5 Uitvoering (basis)taken en mandaat (chapter) ---
    ("De uitvoering wordt vooral bepaald door het budget dat iedere deelnemer beschikbaar "
     "stelt, niet door gezamenlijke prioriteiten.", B, ["5"]),
    ("Deelnemers vragen in de verantwoording alleen naar uitgevoerde taken en bestede uren.",
     B, ["5"]),
    ("Zorg dat alle deelnemers dezelfde taken op dezelfde manier bij de dienst beleggen.", A,
     ["5"]),
    ("Verbreed het gesprek met de deelnemers over de verantwoording naar de bijdrage aan "
     "maatschappelijke opgaven.", A, ["5", "7.5"]),
    # --- 5.1 Basistakenpakket ---
    ("Alle deelnemers hebben het volledige basistakenpakket bij de dienst ondergebracht.", S,
     ["5.1"]),
    ("Niet alle deelnemers hebben alle basistaken ingebracht.", B, ["5.1"]),
    ("Asbesttaken worden door een deel van de gemeenten nog zelf uitgevoerd.", B, ["5.1"]),
    ("Een deel van de inrichtingen uit het basistakenpakket is nog niet aan de dienst "
     "overgedragen.", B, ["5.1"]),
    ("Voor het actualiseren van vergunningen uit het basistakenpakket ontbreekt structureel "
     "capaciteit.", B, ["5.1"]),
    ("Spreek deelnemers aan die basistaken nog niet hebben overgedragen en maak een "
     "tijdpad.", A, ["5.1"]),
    ("Breng in beeld welke basistaken nog bij deelnemers liggen en bespreek dit in het "
     "algemeen bestuur.", A, ["5.1"]),
    # --- 5.2 Mandaat ---
    ("De dienst werkt met één mandaatregeling voor alle deelnemers.", S, ["5.2"]),
    ("Het mandaat verschilt per deelnemer; van een uniform mandaat is geen sprake.", B,
     ["5.2"]),
    ("De invordering van dwangsommen is niet bij alle deelnemers aan de dienst "
     "gemandateerd.", B, ["5.2"]),
    ("Bij sommige gemeenten stuurt de dienst zelf de brief, bij andere alleen een advies; "
     "dat is foutgevoelig.", B, ["5.2"]),
    ("Opgelegde lasten onder dwangsom worden door deelnemers niet altijd doorgezet.", B,
     ["5.2"]),
    ("Werk toe naar een uniform mandaat volgens het IBP-modelmandaat.", A, ["5.2"]),
    ("Bespreek in het algemeen bestuur hoe deelnemers zich houden aan de afspraken over "
     "mandaat.", A, ["5.2"]),
    # --- 5.3 LHSO ---
    ("De handhavingsstrategie wordt consequent toegepast en afwijkingen worden gemotiveerd "
     "vastgelegd.", S, ["5.3"]),
    ("De LHSO wordt niet overal eenduidig toegepast; afwijkingen worden niet vastgelegd.", B,
     ["5.3"]),
    ("De interventiematrix is bekend, maar toezichthouders kiezen vaak een lichtere "
     "interventie dan die voorschrijft.", B, ["5.3"]),
    ("Het vier-ogen-principe bij handhavingsbesluiten is niet geborgd.", B, ["5.3"]),
    ("De landelijke handhavingsstrategie is opgenomen in het beleid, maar in de praktijk weinig "
     "zichtbaar.", B, ["5.3"]),
    ("Borg het vier-ogen-principe en gebruik de interventiematrix consequent.", A, ["5.3"]),
    ("Registreer iedere afwijking van de handhavingsstrategie met de reden.", A, ["5.3"]),
    # --- 5.4 Seveso ---
    ("Het toezicht op de Seveso-bedrijven is deskundig en goed georganiseerd.", S, ["5.4"]),
    ("De capaciteit voor toezicht op Seveso-inrichtingen is te krap voor het "
     "inspectieprogramma.", B, ["5.4"]),
    ("Inspecteurs bij Seveso-bedrijven kunnen moeilijk escaleren binnen de eigen organisatie.",
     B, ["5.4"]),
    ("De kwaliteit van de Seveso-taken hangt af van een paar ervaren specialisten.", B,
     ["5.4", "6.2"]),
    ("Er is geen eenduidig kader voor deskundigheidseisen bij Seveso-inspecties.", B,
     ["5.4"]),
    ("Versterk de organisatie rond de Seveso-taken, zodat de uitvoering aan de maat is.", A,
     ["5.4"]),
    ("Stem de Seveso-aanpak af met de andere diensten die deze taak uitvoeren.", A, ["5.4"]),
    # --- 5.5 Breedte takenpakket ---
    ("Naast de basistaken voert de dienst veel plustaken uit, een teken van vertrouwen van de "
     "deelnemers.", S, ["5.5"]),
    ("De dienst voert het brede milieutakenpakket uit voor alle deelnemers.", S, ["5.5"]),
    ("De dienst voert alleen basistaken uit; de brede milieutaken liggen nog bij de "
     "gemeenten.", B, ["5.5"]),
    ("Door het smalle takenpakket is de taakuitvoering in de regio versnipperd.", B, ["5.5"]),
    ("Onderzoek met de deelnemers hoe het volledige pakket aan milieutaken bij de dienst kan "
     "worden ondergebracht.", A, ["5.5"]),
    ("Maak bij nieuwe plustaken geen onderscheid in werkwijze met de basistaken.", A, ["5.5"]),
    # --- 5.6 Complexe cases ---
    ("Complexe casussen worden projectmatig en over disciplines heen opgepakt.", S, ["5.6"]),
    ("Bij een langlopend dossier met meerdere ketenpartners voerde de dienst duidelijk de "
     "regie.", S, ["5.6"]),
    ("In complexe zaken is de afstemming tussen vergunningverlening en handhaving binnen de "
     "dienst onvoldoende.", B, ["5.6"]),
    ("Er is geen werkwijze om complexiteit van een zaak vroeg te signaleren.", B, ["5.6"]),
    ("Lessen uit complexe casussen worden niet geëvalueerd en vastgelegd.", B, ["5.6"]),
    ("Wijs bij complexe zaken een projectleider aan met mandaat over afdelingen heen.", A,
     ["5.6"]),
    ("Evalueer afgeronde complexe casussen en deel de leerpunten in de organisatie.", A,
     ["5.6"]),
    # --- 6 Professionaliteit (chapter) ---
    ("Medewerkers zijn trots op hun werk en zeer betrokken bij de dienst.", S, ["6"]),
    ("De hoge werkdruk laat weinig ruimte voor opleiding en training, ondanks een ruim "
     "opleidingsbudget.", B, ["6"]),
    ("Er is nauwelijks tijd voor reflectie op complexe zaken.", B, ["6", "5.6"]),
    ("Zet het talentprogramma voort om nieuwe medewerkers te werven en op te leiden.", A,
     ["6"]),
    # --- 6.1 De kwaliteitscriteria als basis ---
    ("De dienst voldoet aan de kwaliteitscriteria en monitort dat jaarlijks.", S, ["6.1"]),
    ("Er is geen actueel overzicht van de mate waarin de dienst aan de kwaliteitscriteria "
     "voldoet.", B, ["6.1"]),
    ("De kwaliteitscriteria zijn niet opgenomen in de planning-en-controlcyclus.", B,
     ["6.1"]),
    ("De voorbereiding op kwaliteitscriteria 3.0 is nog niet gestart.", B, ["6.1"]),
    ("Maak tijd vrij voor kalibreersessies tussen toezichthouders.", A, ["6.1"]),
    ("Besteed in het opleidingsplan ook aandacht aan niet-vaktechnische competenties zoals "
     "netwerk- en procesvaardigheden.", A, ["6.1"]),
    ("Gebruik de kwaliteitscriteria als sturingsinstrument en rapporteer er periodiek over.",
     A, ["6.1"]),
    # --- 6.2 Borgen van capaciteit en continuïteit ---
    ("Door een actief wervingsbeleid zijn de meeste vacatures vervuld.", S, ["6.2"]),
    ("De dienst is afhankelijk van enkele sleutelpersonen.", B, ["6.2"]),
    ("Op diverse vakgebieden werkt maar één specialist, zodat uitval direct tot problemen "
     "leidt.", B, ["6.2"]),
    ("Op cruciale posities wordt veel extern ingehuurd.", B, ["6.2"]),
    ("De komende jaren vertrekken veel ervaren medewerkers met pensioen, zonder dat hun kennis "
     "is overgedragen.", B, ["6.2"]),
    ("Verminder de personele kwetsbaarheid op sleutelposities.", A, ["6.2"]),
    ("Stel strategisch personeelsbeleid op dat rekening houdt met de verwachte uitstroom.", A,
     ["6.2"]),
    # --- 6.3 Werken aan professionele werkcultuur ---
    ("De sfeer is open en collegiaal; medewerkers helpen elkaar.", S, ["6.3"]),
    ("De informele familiecultuur maakt het lastig elkaar aan te spreken op afspraken.", B,
     ["6.3"]),
    ("Rollen en verantwoordelijkheden van coördinatoren en teamleiders zijn onduidelijk.", B,
     ["6.3"]),
    ("Afdelingen werken langs elkaar heen; besluitvorming in het managementteam verloopt "
     "traag.", B, ["6.3"]),
    ("Medewerkers worden weinig betrokken bij de ontwikkeling van de visie.", B, ["6.3"]),
    ("Werk aan een cultuur waarin afspraak ook afspraak is en collega's elkaar daarop "
     "aanspreken.", A, ["6.3"]),
    ("Versterk het lerend vermogen door leerervaringen systematisch te bespreken en te "
     "borgen.", A, ["6.3"]),
    # --- 7 Organisatieontwikkeling – bedrijfsvoering (chapter) ---
    ("De bedrijfsvoering is op orde en ondersteunt de uitvoering goed.", S, ["7"]),
    ("De bedrijfsvoering groeit niet mee met de taken en de omvang van de dienst.", B, ["7"]),
    ("Veel ontwikkelprojecten lopen tegelijk zonder heldere prioriteiten.", B, ["7"]),
    ("Maak een samenhangende ontwikkelagenda voor de bedrijfsvoering.", A, ["7"]),
    # --- 7.1 Robuustheid ---
    ("De dienst voldoet aan de robuustheidscriteria.", S, ["7.1"]),
    ("De zelfevaluatie laat zien dat de dienst op een aantal robuustheidscriteria nog tekort "
     "schiet.", B, ["7.1"]),
    ("Het is onzeker of de dienst op 1 april 2026 robuust zal zijn.", B, ["7.1"]),
    ("Het plan van aanpak voor robuustheid is niet gekoppeld aan begroting en formatie.", B,
     ["7.1"]),
    ("Stel met het bestuur een plan van aanpak op om tijdig aan de robuustheidscriteria te "
     "voldoen.", A, ["7.1"]),
    ("Reserveer een ontwikkel- en innovatiebudget van 3% van de omzet.", A, ["7.1", "7.3"]),
    ("Rapporteer het bestuur halfjaarlijks over de voortgang op de robuustheidscriteria.", A,
     ["7.1"]),
    # --- 7.2 Financiering ---
    ("Met de deelnemers is een financieringsmodel afgesproken dat ook collectieve taken "
     "dekt.", S, ["7.2"]),
    ("Door de PxQ-financiering zijn regionale en collectieve taken niet gefinancierd.", B,
     ["7.2"]),
    ("Er is geen minimum uitvoeringsniveau vastgesteld, waardoor het beleid ambitieuzer is "
     "dan het budget.", B, ["7.2"]),
    ("De budgetten schommelen jaarlijks sterk doordat wordt afgerekend op geleverde "
     "producten.", B, ["7.2"]),
    ("Het budget voor het actualiseren van vergunningen is ontoereikend.", B, ["7.2", "5.1"]),
    ("Leg een opslag op het uurtarief om collectieve taken te financieren.", A, ["7.2"]),
    ("Ontwikkel met de deelnemers een financieringsvorm die past bij de regionale opgave en "
     "niet alleen bij de afgenomen producten.", A, ["7.2"]),
    # --- 7.3 Innovatie ---
    ("Een programmaboard stuurt en bewaakt de innovatieprojecten.", S, ["7.3"]),
    ("Er is geen structureel budget voor innovatie.", B, ["7.3"]),
    ("Innovatie hangt af van tijdelijke subsidies en specifieke uitkeringen.", B, ["7.3"]),
    ("Innovatieprojecten worden niet geprioriteerd op maatschappelijk effect.", B, ["7.3"]),
    ("Capaciteit voor ontwikkeling moet steeds worden bevochten op de dagelijkse uitvoering.",
     B, ["7.3"]),
    ("Bespreek met het bestuur welke innovatie nodig is en wat die moet opleveren.", A,
     ["7.3"]),
    ("Leg innovatiedoelen vast en monitor de opbrengsten van vernieuwingsprojecten.", A,
     ["7.3"]),
    # --- 7.4 Informatie gestuurd werken ---
    ("De dienst heeft dashboards ontwikkeld die het management helpen sturen.", S, ["7.4"]),
    ("De datakwaliteit in het zaaksysteem is onvoldoende voor informatiegestuurd werken.", B,
     ["7.4"]),
    ("Er is geen visie op datagericht werken; investeringen in informatievoorziening staan "
     "los van elkaar.", B, ["7.4"]),
    ("Landelijke informatiesystemen zoals Inspectieview worden nauwelijks gebruikt.", B,
     ["7.4"]),
    ("Werkinstructies zijn niet centraal vastgelegd en moeilijk vindbaar.", B, ["7.4"]),
    ("Investeer in datakwaliteit en een adequaat werkend zaaksysteem.", A, ["7.4"]),
    ("Maak eenduidige afspraken over het invoeren van gegevens, zodat data betrouwbaar "
     "worden.", A, ["7.4"]),
    # --- 7.5 Outcome-sturing ---
    ("De dienst rapporteert naast aantallen ook over het naleefgedrag van bedrijven.", S,
     ["7.5"]),
    ("Outcome-indicatoren zijn nog in ontwikkeling; sturing gebeurt vooral op output.", B,
     ["7.5"]),
    ("De jaarrapportage vermeldt uitsluitend uren en producten, niet de effecten voor de "
     "leefomgeving.", B, ["7.5"]),
    ("Deelnemers dagen de dienst niet uit om te sturen op maatschappelijke effecten.", B,
     ["7.5"]),
    ("Maak de bijdrage van de dienst aan CO2-reductie en gezondheidswinst zichtbaar.", A,
     ["7.5"]),
    ("Combineer eigen gegevens met data van GGD en RIVM om effecten in de leefomgeving te "
     "laten zien.", A, ["7.5"]),
    ("Experimenteer met een verhalende verantwoording naast de cijfers.", A, ["7.5"]),
    # --- 7.6 Uitbesteding van PIOFACH-taken ---
    ("De ondersteunende taken zijn in eigen beheer en goed georganiseerd.", S, ["7.6"]),
    ("De ICT-dienstverlening door de gastgemeente sluit slecht aan bij de behoeften van de "
     "dienst.", B, ["7.6"]),
    ("Bij de uitbestede bedrijfsvoering krijgen taken van de gemeente voorrang boven die van "
     "de dienst.", B, ["7.6"]),
    ("Personeels- en financiële administratie zijn uitbesteed; de dienst heeft weinig grip op "
     "de kwaliteit.", B, ["7.6"]),
    ("Heroverweeg de uitbesteding van PIOFACH-taken aan de gemeente.", A, ["7.6"]),
    ("Maak met de gemeente die de bedrijfsvoering levert afspraken over serviceniveaus en "
     "evalueer die jaarlijks.", A, ["7.6"]),
]
