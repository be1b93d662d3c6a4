"""A labelled corpus of real text: the sentences of the Rode draden report, by theme.

For `flask themes evaluate --corpus rode-draden` and bench/theme_suggestions.py: an honest
measure of the theme suggester on real report prose instead of the invented demo findings.

How it was made (once, by a throwaway script; the data below is its output, unedited):
- Source: the Rode draden rapportage 2022-2024 (April 2025) as plain text, file 002 of the
  project's source material; chapters 1-7 (lines 332-2350). Section boundaries are the
  heading lines listed in seeds-digest §3.2, checked against the file: 1 L332, 1.1 L427,
  1.2 L461, 2 L515, 3 L731, 3.1 L924, 3.2 L981, 3.3 L1074, 4 L1101, 4.1 L1234, 4.2 L1288,
  4.3 L1302, 4.4 L1315,
  4.5 L1323, 4.6 L1337, 4.7 L1345, 5 L1366, 5.1 L1369, 5.2 L1460, 5.3 L1549, 5.4 L1590,
  5.5 L1640, 5.6 L1653, 6 L1677, 6.1 L1774, 6.2 L1829, 6.3 L1855, 7 L1911, 7.1 L1914,
  7.2 L1940, 7.3 L2039, 7.4 L2126, 7.5 L2221, 7.6 L2324, end at Bijlage 1 (L2351). A section
  runs from the line after its heading to the line before the next heading; text before a
  chapter's first sub-heading gets the chapter's code (chapters 5 and 7 have none).
- Dropped: page headers and page numbers (L974, L979, L1476, L1481) and footnotes (L801,
  L803, L883, L1725, L1727, L1729, L2125); footnote markers glued to words were removed
  ("regio3." → "regio.", "zijn4", "robuustheidscriteria5", "SPUK-gelden6").
- Lines joined; a word broken over two lines ("gedrags-" + "beïnvloeding") joined, a hyphen
  before a capital word ("VTH-" + "stelsel") kept. Bullets (▪) and numbered list items start
  a new sentence; sentences split after . ! ? before a capital, quote or parenthesis;
  sentences under 5 words dropped.
- Result: 384 sentences over 32 codes (the intros of chapters 5 and 7 are empty). Several
  sub-themes have only 1-4 sentences (4.3, 4.4, 4.6: one each), so expect low accuracy for
  them: that is the point of an honest measure. The labels are the codes of the seeded
  codebook (visitatie/reference/data.py THEMA_BOOM). Text quoted from the public report.
"""

CORPUS = [
    ('Omgevingsdiensten in Nederland dragen bij aan een veilige, schone, gezonde en '
     'duurzame leefomgeving.', '1'),
    ('De complexiteit van de vraagstukken rond de leefomgeving blijft toenemen en de '
     'algemene perceptie van een gezonde leefomgeving maakt dat er meer van een '
     'omgevingsdienst wordt verwacht.', '1'),
    ('Nieuwe uitdagingen zijn energietransities, circulaire economie, indirecte lozingen, '
     'geur- en geluidsoverlast en duurzaamheid.', '1'),
    ('Omgevingsdiensten vormen een centrale schakel binnen het gehele VTH-stelsel van '
     'organisaties die een bijdrage leveren aan een veilige, schone, gezonde en duurzame '
     'leefomgeving.', '1'),
    ('Dat betekent dat het functioneren van een omgevingsdienst binnen het stelsel '
     'eveneens bepaald en beïnvloed wordt en afhankelijk is van het functioneren van haar '
     'directe ketenpartners en andere betrokken organisaties binnen de landelijke, '
     'regionale overheid.', '1'),
    ('Voorbeelden zijn o.a. uitvoering van het IBT en de coördinerende rol van de '
     'provincies.', '1'),
    ('De visitaties en deze Rode draden rapportage hebben betrekking op het functioneren '
     'en de doorontwikkeling van de omgevingsdiensten en dat waarop zij invloed hebben of '
     'op kunnen uitoefenen.', '1'),
    ('Over het algemeen zien we de afgelopen jaren dat het vertrouwen van deelnemers en '
     'ketenpartners in de omgevingsdiensten toeneemt.', '1'),
    ('In het kader van het Interbestuurlijk programma (IBP-VTH) zijn heldere criteria '
     'geformuleerd voor doorontwikkeling van de omgevingsdiensten.', '1'),
    ('Ze impliceren een stevige opdracht aan de omgevingsdiensten, hun besturen en hun '
     'partners.', '1'),
    ('We constateren dat een aantal criteria als norm gaan fungeren (denk aan '
     'robuustheid), dan wel dat omgevingsdiensten zich gaan spiegelen aan modellen en '
     'concepten die in het kader van het IBP-VTH zijn uitgewerkt, bijvoorbeeld het '
     'financieringsmodel en de beleidscyclus Big 8.', '1'),
    ('Verder hebben omgevingsdiensten gezamenlijk gewerkt aan het opbouwen van een '
     'kennisinfrastructuur en een aanpak informatievoorziening VTH.', '1'),
    ('Het beeld op basis van de visitaties van 28 omgevingsdiensten is divers en de mate '
     'en het tempo waarin de diensten zich door ontwikkelen en verbeteringen in de '
     'organisatie realiseren, verschillen behoorlijk.', '1'),
    ('Bijna alle omgevingsdiensten hebben nog werk te doen als je kijkt naar de '
     'robuustheidscriteria, een aantal is goed op weg, een aantal zal 1 april 2026 niet '
     'halen.', '1'),
    ('Deze laatste groep heeft de basis nog niet op orde (bijlage 1).', '1'),
    ('Ook kan het bestuurlijk-ambtelijk samenspel op een aantal plaatsen nog aanzienlijk '
     'verbeterd worden.', '1'),
    ('Een aantal omgevingsdiensten beoogt, vanuit een integrale toekomstvisie, een '
     'professionele partner en kenniscentrum in de regio te worden en te zijn, en '
     'beschouwt zich als een gangmaker voor het bestuur.', '1'),
    ('Enkele omgevingsdiensten hebben echter nog te maken met existentiële discussies en '
     'het ontbreken van een collectieve visie vanuit het bestuur en deelnemers, hetgeen '
     'belemmerend werkt op de ontwikkeling van de dienst.', '1'),
    ('Met name deze groep is ook nog bezig om de basis op orde te brengen.', '1'),
    ('Binnen enkele regio’s, zoals de provincie Gelderland, Noord-Holland, Zuid-Holland, '
     'Noord-Brabant, Veluwe, Limburg, Overijssel zijn meerdere omgevingsdiensten actief.', '1.1'),
    ('De vraagstukken in het fysieke domein overstijgen steeds vaker de grenzen van een '
     'dienst.', '1.1'),
    ('Landelijk wordt de samenwerking tussen omgevingsdiensten die in elkaars omgeving '
     'opereren intensiever en noodzakelijker.', '1.1'),
    ('Er ontstaan bovenregionale samenwerkingsverbanden waarin omgevingsdiensten een '
     'onderlinge taakverdeling hanteren (bijvoorbeeld ten aanzien van '
     'arbeidsmarktbenadering, natuur), of een samenwerking op een specifiek deelgebied '
     'inrichten (I-GO).', '1.1'),
    ('In een aantal regio’s verloopt dit naar tevredenheid van alle partijen, zoals in '
     'Noord-Brabant, Zuid-Holland, Noord-Holland, Veluwe (natuur).', '1.1'),
    ('In andere gevallen is de samenwerking moeizamer, ingegeven door bijvoorbeeld de '
     'opstelling en positie van de provincie, regionale cultuur, de ontwikkelingsfase van '
     'de diensten of persoonlijke relaties.', '1.1'),
    ('We zien dat de omgevingsdiensten (als verlengd bestuur) een behoorlijke vrijheid '
     'hebben om eigenstandig de ontwikkeling van hun organisatie ter hand te nemen.', '1.2'),
    ('Er is weinig landelijke coördinatie en regie op bijvoorbeeld Innovatie en '
     'Ontwikkeling en op Informatisering en datagericht werken.', '1.2'),
    ('Ook worden beste praktijken nog maar spaarzaam gedeeld, waardoor het wiel regelmatig'
     ' opnieuw wordt uitgevonden.', '1.2'),
    ('Hier ligt een rol voor Omgevingsdienst NL.', '1.2'),
    ('De maatschappelijke opdracht in de leefomgeving vraagt voorts om hechte '
     'samenwerkingsverbanden met (keten)partners, regionaal en op onderdelen ook op '
     'landelijk niveau.', '1.2'),
    ('De conclusie is dat de doorontwikkeling van omgevingsdiensten vraagt om gericht te '
     'investeren, niet alleen in capaciteit en middelen, maar ook in bestuurlijk '
     'draagvlak, daadkracht en commitment.', '1.2'),
    ('Omgevingsdiensten kunnen alleen dan als gangmaker een voortrekkersrol vervullen.', '1.2'),
    ('De 28 visitaties van de afgelopen 2 jaar geven een beeld van de belangrijkste leer- '
     'en ontwikkelpunten voor de omgevingsdiensten en van de belangrijkste dilemma’s die '
     'zij tegenkomen.', '1.2'),
    ('Hoewel de besturen van de omgevingsdiensten als zodanig buiten de scope van de '
     'visitaties vallen, hebben de visitatiecommissies wel uitspraken gedaan over het '
     'binnen de scope vallende bestuurlijk-ambtelijk samenspel.', '1.2'),
    ('In de visitaties wordt duidelijk dat de omgevingsdiensten voor hun functioneren in '
     'het VTH-stelsel een grote afhankelijkheid van hun besturen hebben.', '1.2'),
    ('In een aantal besturen bestaat (nog) geen draagvlak voor een ontwikkeling naar '
     'volwaardige omgevingsdiensten in de zin van de Omgevingswet en het IBP-VTH.', '1.2'),
    ('Dit heeft vergaande gevolgen voor de doorontwikkeling van de omgevingsdiensten.', '1.2'),
    ('Met bestuurlijk-ambtelijk samenspel doelen wij op de samenwerking tussen bestuur en '
     'directie van de omgevingsdienst en het samenspel tussen directie en medewerkers van '
     'de omgevingsdienst en de ambtelijke organisatie van de deelnemers.', '2'),
    ('Uit de visitaties blijkt dat de besturen en de ambtelijke opdrachtgevers op enkele '
     'uitzonderingen na positief zijn over de deskundigheid van de omgevingsdiensten als '
     'uitvoerende organisatie van VTH-taken.', '2'),
    ('Het bestuurlijk vertrouwen in hun omgevingsdienst is de afgelopen jaren gegroeid en '
     'dat vertrouwen is cruciaal voor de doorontwikkeling van de dienst.', '2'),
    ('De werkrelatie met de dienst als geheel en de medewerkers wordt bij de meeste '
     'diensten geduid als open en constructief.', '2'),
    ('Een paar diensten ervaren spanning op de lijn tussen bestuur en directie.', '2'),
    ('Hiervan is sprake als perspectieven van de directie en het bestuur op de '
     'doorontwikkeling verschillen, of als vooral over voortgang van de (reguliere) '
     'uitvoering van de VTH-taken en beschikbare financiën wordt gesproken en nog '
     'nauwelijks ruimte is om het inhoudelijke gesprek over de maatschappelijke opgaven en'
     ' de verdere ontwikkeling van de dienst te voeren.', '2'),
    ('Voor een aantal omgevingsdiensten betekent dit dat de directeur in samenwerking met '
     'het Dagelijks Bestuur de doorontwikkeling van de omgevingsdienst in lijn met een '
     'toekomstvisie en de daarvoor benodigde middelen prominenter mag agenderen.', '2'),
    ('In de visitaties hebben we grote verschillen geconstateerd in bestuurlijke dynamiek.', '2'),
    ('Die dynamiek kan het functioneren van een omgevingsdienst sterk beïnvloeden en '
     'bepalen.', '2'),
    ('Omgevingsdiensten zijn om hun (toekomstige) opdracht en taken goed te kunnen '
     'uitoefenen gebaat bij een gedeeld perspectief op de toekomst van een '
     'omgevingsdienst.', '2'),
    ('Van belang is eenduidigheid, eenstemmigheid en collectieve verantwoordelijkheid '
     'binnen de lokale besturen.', '2'),
    ('Belangrijk is voorts de eenduidigheid tussen wat landelijke vertegenwoordigers van '
     'deze besturen afspreken en de manier waarop er door de lokale besturen uitvoering '
     'aan wordt gegeven (denk b.v. aan de robuustheidscriteria).', '2'),
    ('Een omgevingsdienst is een zelfstandige organisatie op basis van de Wet '
     'gemeenschappelijke regelingen.', '2'),
    ('De relatie tussen de omgevingsdiensten en zijn deelnemers kenmerkt zich door twee '
     'rollen van de deelnemers.', '2'),
    ('Zij zijn eigenaar van de dienst en tegelijkertijd opdrachtgever.', '2'),
    ('In beide rollen geldt dat hun aandacht gericht moet zijn op het door het adequaat '
     'positioneren van de omgevingsdienst werken aan een veilige, gezonde en duurzame '
     'leefomgeving.', '2'),
    ('Daarbij zijn zowel de taken ten behoeve van de individuele deelnemers als de '
     'collectieve, regionale en soms bovenregionale taken van belang.', '2'),
    ('Het is aan de besturen om beide te wegen en een goede balans daarin te bewaken.', '2'),
    ('In het bestuurlijk-ambtelijk samenspel zien we in de praktijk dat rolzuiverheid soms'
     ' een aandachtspunt is evenals het innemen van een meer collectieve '
     'verantwoordelijkheid.', '2'),
    ('De bestuurlijk-ambtelijke relatie is gebaat bij een scherper onderscheid in '
     'eigenaarsrol (collectieve verantwoordelijkheid voor het functioneren en de '
     'ontwikkeling van de gehele dienst) en opdrachtgeversrol (individuele en collectieve '
     'verantwoordelijk voor de overeengekomen taken).', '2'),
    ('Het kan zinvol zijn om gezamenlijke ‘spelregels’ binnen het bestuur en tussen '
     'bestuur en omgevingsdienst af te spreken die de rolzuiverheid en het gewenste gedrag'
     ' en handelen bevorderen en waardoor betrokkenen eerder aanspreekbaar zijn.', '2'),
    ('Deze spelregels kunnen bijvoorbeeld gaan over solidariteitsbeginsel, afstemming '
     'achterban, bestuurlijke beïnvloeding.', '2'),
    ('We zien in een beperkt aantal gevallen dat de onafhankelijkheid bij het uitvoeren '
     'van de VTH-taken in het geding is en dat sprake is van (pogingen tot) bestuurlijke '
     'beïnvloeding op de uitgebrachte adviezen van de omgevingsdienst, wat het vertrouwen '
     'in de omgevingsdienst schaadt.', '2'),
    ('Binnen de huidige mandaatregeling is het mogelijk het advies van de omgevingsdienst '
     'naast zich neer te leggen, in welk geval de omgevingsdienst zijn mandaat teruggeeft '
     'aan het bevoegd gezag.', '2'),
    ('Bevoegd gezag dient daarbij een afweging te maken waarbij de veilige, gezonde en '
     'duurzame leefomgeving niet in de waagschaal wordt gesteld.', '2'),
    ('Het is daarbij wel van belang dat de gemaakte afwegingen transparant en toetsbaar '
     'zijn.', '2'),
    ('In een aantal gevallen kunnen omgevingsdiensten en ambtelijk opdrachtgevers meer '
     'doen om elkaar in positie te brengen door tijdige informatie-uitwisseling en '
     'agendering/voorbereiding van onderwerpen voor de bestuursvergaderingen, waarbij zij '
     'het evenwicht bewaken tussen de controlerende en meer strategische rol.', '2'),
    ('De reguliere bestuurlijke overleggen (AB) zijn bij veel omgevingsdiensten gericht op'
     ' de uitvoering van de taken en de inzet en verantwoording van de middelen.', '2'),
    ('De overleggen zijn in de meeste gevallen veel minder gericht op het gesprek over '
     'regionale risico’s, toekomstige beleid of toekomstverkenningen.', '2'),
    ('Er bestaan verschillen tussen directeuren als het gaat om de mate waarin ze ruimte '
     'krijgen én nemen om een professionele, onafhankelijke positie ten opzichte van hun '
     'bestuur te claimen, die nodig is om hun organisatie door te ontwikkelen.', '2'),
    ('We zagen in de visitaties directeuren die bestuurlijk draagvlak weten te creëren '
     'voor de rol, positie en ontwikkeling van de omgevingsdienst en vanuit een positieve '
     'en respectvolle manier de dilemma’s voor het functioneren van de dienst bespreekbaar'
     ' maken.', '2'),
    ('We hebben helaas ook voorbeelden van gespannen verhoudingen tussen bestuur en '
     'directeuren gezien met gevolgen voor de continuïteit van de organisatie.', '2'),
    ('Gespannen verhoudingen die zich ook door vertalen naar de interne organisatie en '
     'werkcultuur van een omgevingsdienst.', '2'),
    ('In enkele gevallen zagen we dat bestuur en directie er niet in geslaagd zijn om tot '
     'een werkbare relatie te komen.', '2'),
    ('Een belangrijke rol in het bestuurlijk-ambtelijk samenspel is weggelegd voor '
     'accounthouders die de werkrelatie met deelnemers onderhouden.', '2'),
    ('Veel omgevingsdiensten nemen momenteel initiatieven om de rol en positie van '
     'Accounthouderschap is bij veel omgevingsdiensten nog in ontwikkeling en er is nog '
     'weinig sprake van actief stakeholdermanagement.', '2'),
    ('Dit door een actieve rol op te eisen in het organiseren van het ambtelijk overleg en'
     ' tijdig informeren van en in positie brengen van het ambtelijk voorportaal.', '2'),
    ('Accounthouders moeten om goed te kunnen functioneren erop kunnen rekenen dat de '
     'verschillende onderdelen van de omgevingsdienst in staat en bereid zijn geïntegreerd'
     ' en dus niet verkokerd te werken met het oog op het belang van de deelnemers.', '2'),
    ('Dat laatste is een ontwikkelpunt.', '2'),
    ('De vraagstukken op het gebied van milieu en de Omgevingswet vergen een '
     'omgevingsdienst die kan fungeren als gangmaker voor het bestuur en de regio.', '3'),
    ('Veel omgevingsdiensten hebben inmiddels een heldere en gedragen toekomstvisie '
     'ontwikkeld om zorg te dragen voor een veilige, gezonde en duurzame leefomgeving.', '3'),
    ('Een visie gericht op de maatschappelijke opgaven en die eveneens het vertrekpunt is '
     'voor een regionale risicoanalyse die samen met bestuur, deelnemers en '
     '(keten)partners wordt opgesteld.', '3'),
    ('Zonder een duidelijke visie is het onmogelijk om prioriteiten te stellen en alert en'
     ' effectief in te spelen op maatschappelijke ontwikkelingen.', '3'),
    ('De visie wordt ook steeds meer uitgewerkt in een meerjarige strategie: een uniform '
     'regionaal VTH-beleidskader en een regionaal VTH-uitvoeringsprogramma, uitgewerkt in '
     'individuele of collectieve programma’s.', '3'),
    ('Indicatoren die inzicht bieden in de prestaties van de betrokken partijen bij het '
     'VTH-stelsel en meer geënt zijn op outcome-sturing en maatschappelijke effect, zijn '
     'nog in ontwikkeling.', '3'),
    ('Om dit proces vaart te geven is het noodzakelijk dat omgevingsdiensten dit samen '
     'oppakken en goede succesvolle voorbeelden gaan delen.', '3'),
    ('De meeste omgevingsdiensten zijn in gesprek met hun bestuur, deelnemers en '
     '(keten)partners over het herijken van hun rol, de toekomstvisie, ambities en '
     'strategische prioriteiten.', '3'),
    ('Een groot aantal heeft al een toekomstvisie en bijbehorende strategie ontwikkeld.', '3'),
    ('Waar dat nog niet het geval is, is het gesprek daarover gaande.', '3'),
    ('Dat is winst, want er is ook een periode geweest waarin directies terughoudend waren'
     ' om de discussie over een toekomstvisie en daarbij behorend beleid aan te gaan.', '3'),
    ('Enerzijds vanuit de gedachte dat het formuleren van een toekomstvisie en beleid aan '
     'het bevoegd gezag voorbehouden zijn, anderzijds omdat men nog veel werk te doen had '
     'met het op orde brengen van de interne organisatie (basis op orde).', '3'),
    ('Niet zelden zat het bevoegd gezag echter te wachten op initiatieven vanuit de '
     'dienst.', '3'),
    ('Zeker in de situatie waarin deskundigheid bij de deelnemers steeds minder aanwezig '
     'was.', '3'),
    ('Landelijke ontwikkelingen als het IBP-VTH en de daaruit voortvloeiende eisen die aan'
     ' omgevingsdiensten worden gesteld (onder andere met betrekking tot robuustheid), '
     'hebben een katalyserende werking.', '3'),
    ('Over een paar beelden is men eensgezind, namelijk dat:', '3'),
    ('er een gezonde bestuurlijke distantie ten opzichte van de uitvoerende activiteiten '
     'van de dienst gewenst is', '3'),
    ('een dienst dient te beschikken over een flexibele en dynamische regionale '
     'risicogerichte aanpak', '3'),
    ('een dienst een deskundige partner is in het VTH-stelsel is en door zijn deelnemers '
     'in die rol wordt erkend', '3'),
    ('een dienst informatie verstrekt op basis van betrouwbare data inclusief de analyse '
     'daarvan in combinatie met een informatiegerichte sturing.', '3'),
    ('Uit de visitaties blijkt dat het strategisch vermogen bij de omgevingsdiensten '
     'varieert en bij een aantal omgevingsdiensten een aandachtspunt is om een goede '
     'invulling te geven aan de gesprekken over een toekomstige visie.', '3'),
    ('Bij enkele besturen constateren we dat de interesse of de noodzaak om een dergelijk '
     'gesprek te voeren varieert.', '3'),
    ('Er zijn besturen die zelf die rol actief invullen, er zijn ook besturen, die nog een'
     ' stimulans kunnen gebruiken.', '3'),
    ('Kortom de doorontwikkeling van een omgevingsdienst is een proces dat vraagt om het '
     '‘goede bestuurlijke gesprek’, dat adequaat moet worden gemanaged.', '3'),
    ('Verschillende perspectieven op de rol en positie van een omgevingsdienst, de '
     'kwaliteit van het bestuurlijk-ambtelijk samenspel, de voortrekkersrol van het '
     'dagelijks bestuur en de mate waarin de directeur hierin zijn positie claimt, zijn '
     'bepalende factoren bij het op gang komen van het gesprek.', '3'),
    ('Daarnaast is ook de mate van collectiviteit en solidariteit binnen het bestuur een '
     'factor die bepaalt of en hoe snel het kansrijk is een gezamenlijke visie en '
     'strategie te ontwikkelen.', '3'),
    ('Om aan de maatschappelijke opgave(n) te kunnen voldoen en gangmaker voor het bestuur'
     ' te zijn/worden, dienen Omgevingsdiensten vooraleerst robuust te zijn.', '3'),
    ('In het kader van het IBP-VTH zijn robuustheidscriteria geformuleerd.', '3'),
    ('Daarbij gaat het niet alleen om omvang, maar ook over kennis en expertise, '
     'toegespitst op de regionale kenmerken.', '3'),
    ('Deze criteria en de daarop gebaseerde zelfevaluatie zijn in de loop van de '
     'visitatieronde beschikbaar gekomen.', '3'),
    ('De doorontwikkeling vraagt ook om het maken van zorgvuldige afwegingen over de '
     'veranderaanpak en het implementatietraject.', '3'),
    ('We zien een aantal omgevingsdiensten worstelen met organisatie- en '
     'cultuurverandering en de vormgeving van verbeterprocessen.', '3'),
    ('Organisatie- en cultuurverandering en verbeterprocessen moeten systematisch '
     'aangepakt worden, met betrokkenheid en medeverantwoordelijkheid van medewerkers aan '
     'de basis van de organisatie.', '3'),
    ('Implementatie van plannen moet voorzien in een koppeling tussen ambities, plannen, '
     'mensen en (financiële) middelen en doelstellingen die worden gemonitord.', '3'),
    ('Vaak ontbreken die koppelingen, is niet helder wat veranderprocessen moeten '
     'opleveren en is er geen sprake van een heldere prioritering en samenhang tussen '
     'verschillende initiatieven.', '3'),
    ('Initiatieven die in gang zijn gezet worden lang niet altijd afgemaakt, of expliciet '
     'gestopt als is geconcludeerd dat ze niet meer relevant zijn.', '3'),
    ('Veel diensten zouden gebaat zijn bij een steviger project- en programmamanagement.', '3'),
    ('De visitatiecommissies troffen ook pareltjes van projecten en programma’s aan '
     '(bijvoorbeeld op het gebied van energietransitie en -besparing) die tijdens de '
     'visitatie met trots door de betrokken medewerkers zijn gepresenteerd.', '3'),
    ('Omgevingsdiensten werken steeds vaker risicogericht op basis van een regionale '
     'risicoanalyse, opgesteld en vastgesteld met betrokken deelnemers, soms aangevuld met'
     ' een contextanalyse.', '3.1'),
    ('Voorlopers van omgevingsdiensten maken hier een begin mee.', '3.1'),
    ('De voorlopers rapporteren niet alleen meer over aantallen (vergunningen, controles, '
     'maar proberen meer integrale rapportages op te stellen met plaats voor '
     'maatschappelijke effecten (outcome) en thema-analyses.', '3.1'),
    ('We zien in toenemende mate dat omgevingsdiensten hun risico-aanpak evalueren en '
     'dynamische risicomodellen introduceren, waarbij factoren als naleefgedrag zijn '
     'opgenomen.', '3.1'),
    ('Zij sturen daarnaast nadrukkelijker op regionale risico’s.', '3.1'),
    ('De risicoanalyse, steeds vaker opgesteld met de deelnemers en afgestemd met '
     'ketenpartners, maakt onderdeel uit van het VTH beleidskader en vormt in beginsel de '
     'basis van het uitvoeringsprogramma.', '3.1'),
    ('Echter in een aantal gevallen zijn lokale, individuele afwegingen en beschikbaarheid'
     ' van middelen meer bepalend bij het opstellen van uitvoeringsprogramma’s, dan de '
     'regionale risicoanalyse.', '3.1'),
    ('Dit is ongewenst en doet afbreuk aan de effectiviteit van de omgevingsdiensten.', '3.1'),
    ('De wijze waarop de beleidscyclus en de uitvoeringscyclus verbonden zijn, wordt '
     'beschreven door de Big 8.', '3.2'),
    ('De term Big 8 is goed ingeburgerd bij de omgevingsdiensten, maar echt gesloten en '
     'met elkaar verbonden cycli voor beleid en uitvoering zijn in de visitaties amper '
     'aangetroffen.', '3.2'),
    ('We willen wijzen op de volgende aandachtspunten:', '3.2'),
    ('Nog niet alle omgevingsdiensten werken met een meerjarige toekomstvisie, strategie '
     'en regionale risicoanalyse en een aantal richt zich vooral nog op een lokale analyse'
     ' per deelnemer met als leidraad de bestaande praktijk en minder de regionale '
     'ambitie.', '3.2'),
    ('In de ‘Big 8’ is bij een aantal omgevingsdiensten de beleidscyclus onvoldoende '
     'verbonden met de uitvoeringscyclus (‘Big 8 or double zero?’).', '3.2'),
    ('Er is vaak wel beleid geformuleerd (regionale VTH-beleidskader, risicoanalyse, '
     'contextanalyse).', '3.2'),
    ('We constateren echter dat de waarde van dit ‘mooie’ beleid sterk afhangt van de '
     'beschikbare middelen om er in de uitvoeringsprogramma’s adequaat invulling aan te '
     'geven.', '3.2'),
    ('Daarbij komt dat bij de vertaling van regionaal beleid naar uitvoeringsprogramma’s '
     'lokale prioriteiten het in een aantal gevallen winnen van het regionale perspectief.', '3.2'),
    ('Op deze manier is het uitwerken van een regionaal beleid en risicoanalyse wel erg '
     'vrijblijvend; het ontbreekt aan echte consequenties.', '3.2'),
    ('Het verbinden van de beleids- met de uitvoeringscyclus via de uitvoeringsprogramma’s'
     ' is een grote uitdaging.', '3.2'),
    ('We constateren dat regionale visie, ambitie en doelen zich nog niet altijd vertalen '
     'in een bijpassende financiering en dat de ruimte tussen de geformuleerde ambities en'
     ' daadwerkelijke financiering soms behoorlijk groot is en bevochten moet worden.', '3.2'),
    ('Terugkoppeling op de bijdrage aan de realisatie van beleidsdoelstellingen (in termen'
     ' van effect of outcome) is nog beperkt; vaak bestaat terugkoppeling nog te veel uit '
     'een rapportage van het aantal uitgevoerde controles ten opzichte van '
     'uitvoeringsprogramma (afgesproken handelen – en uitputting van middelen).', '3.2'),
    ('Voorwaarde voor een adequate regionale en lokale risicoanalyse en dekkend '
     'uitvoeringsprogramma is dat de onderliggende basisbestanden (inrichtingen, mba’s, '
     'bedrijven) op orde zijn en volledig ingebracht zijn door de deelnemers.', '3.2'),
    ('Dat is lang niet overal het geval.', '3.2'),
    ('Uit de visitaties blijkt dat een aantal omgevingsdiensten samen met de deelnemer(s) '
     'die basisbestanden op orde aan het brengen zijn.', '3.2'),
    ('Het gericht verzamelen van kennis en data over de uitvoering van VTH-taken in de '
     'praktijk is belangrijk voor toekomstige beleidsvorming en graadmeter om ambities en '
     'doelstellingen te bereiken.', '3.2'),
    ('Tot op heden gebeurt dat nog te weinig.', '3.2'),
    ('Een meerjarige visie voor een omgevingsdienst en regionale risicoanalyse kunnen niet'
     ' zonder een structurele samenwerking met deelnemers en ketenpartners.', '3.2'),
    ('Zoals in het volgende hoofdstuk over Ketensamenwerking staat, is hierin nog veel te '
     'winnen.', '3.2'),
    ('Vanuit hun signalerende en agenderende rol brengen omgevingsdiensten tekortkomingen '
     'en verbetermogelijkheden in wet- en regelgeving onder de aandacht van de landelijke,'
     ' regionale en lokale overheid.', '3.3'),
    ('Het is van groot belang dat hun kennis en ervaring van de uitvoeringspraktijk wordt '
     'gehoord, bv. staalslakken, stopzetten ZZS.', '3.3'),
    ('Zo heeft bijvoorbeeld het Ministerie van I&W de tafel beleid en uitvoering Milieu '
     'ingesteld waar knelpunten in wet- en regelgeving worden besproken evenals de '
     'voortgang van oplossingen.', '3.3'),
    ('Gelet op de toenemende complexe maatschappelijke vraagstukken in de leefomgeving, '
     'waarbij wet- en regelgeving en uitvoeringspraktijk niet altijd synchroon lopen, '
     'wordt deze rol van de omgevingsdiensten in de toekomst steeds meer van belang.', '3.3'),
    ('De omgevingsdiensten nemen een centrale en verbindende positie en rol in het VTH-'
     'stelsel.', '4'),
    ('De complexe vraagstukken over een schone, gezonde, veilige en duurzame leefomgeving '
     '(b.v. over ZZS, circulaire economie en energietransitie) vereisen een intensieve '
     'wederkerige samenwerking met ketenpartners, bijvoorbeeld OM, Politie, '
     'Veiligheidsregio, Waterschappen, GGD, gemeenten en provincies - niet in de rol van '
     'opdrachtgever.', '4'),
    ('In de samenwerking met een omgevingsdienst varieert hun rol en positie in het '
     'regionale speelveld in de mate van betrokkenheid, invloed en nabijheid, maar zijn '
     'zij allemaal relevant in het beantwoorden van complexe vraagstukken in het fysieke '
     'domein.', '4'),
    ('In de visitaties zijn gesprekken gevoerd met diverse vertegenwoordigers van de '
     'ketenpartners, soms op bestuurlijk niveau, soms op uitvoerend niveau.', '4'),
    ('We merken hierbij op dat de betrokkenheid van de ketenpartners in de visitatie heel '
     'wisselend is.', '4'),
    ('Het lukt omgevingsdiensten niet altijd om een representatieve vertegenwoordiging van'
     ' hun ketenpartners aan tafel te krijgen.', '4'),
    ('Als dat wel zo was, waren het vooral ketenpartners op uitvoerend zaakniveau.', '4'),
    ('Wij zien hierin een bevestiging dat omgevingsdiensten gebaat zijn bij een stevige '
     'investering in de samenwerking met hun ketenpartners.', '4'),
    ('We concluderen dat de samenwerking met de ketenpartners weliswaar aandacht heeft van'
     ' de omgevingsdiensten, maar deze is nog sterk gevoed door de actualiteit en kent '
     'vooral een ad-hoc karakter.', '4'),
    ('Zelden is sprake van een structurele inbedding binnen de organisatie en een bewust '
     '(en meer strategisch) ‘stakeholdermanagement’.', '4'),
    ('We constateren dat omgevingsdiensten de ketenpartners weliswaar in beeld hebben, '
     'maar dat een onderbouwde visie en strategie hoe hun belangen te duiden, daarop te '
     'anticiperen, hen te betrekken en in te zetten in toekomstig beleid bij bijna alle '
     'omgevingsdiensten nog ontbreekt.', '4'),
    ('Op een aantal specialisaties, zoals ‘groen’, ontstaat dat wel.', '4'),
    ('Het is raadzaam om een vorm van accounthouderschap te ontwikkelen voor '
     'ketenpartners, zoals dat ook bij een aantal omgevingsdiensten is ontwikkeld voor '
     'deelnemers.', '4'),
    ('Dit accounthouderschap kan bijdragen aan de samenwerking op strategisch en tactisch '
     'niveau.', '4'),
    ('Ketenpartners zijn over het algemeen tevreden over de uitvoering van de VTH-taken '
     'door de omgevingsdienst.', '4'),
    ('Op zaakniveau vindt men de samenwerking goed, professioneel en prettig, waarbij men '
     'wel opmerkt dat de samenwerking vaak sterk persoonsafhankelijk is.', '4'),
    ('Zij laten zich positief uit over de gedegen vakkennis over het fysieke domein en de '
     'deskundigheid en toewijding van medewerkers.', '4'),
    ('Samenwerking op tactisch en strategisch niveau is beperkt.', '4'),
    ('De capaciteit voor dergelijke structurele vormen van samenwerking is beperkt en komt'
     ' snel onder druk te staan door de waan van de dag.', '4'),
    ('Structurele vormen van samenwerking ontstaan eigenlijk alleen rond specifieke '
     'projecten met bijbehorende middelen.', '4'),
    ('We merken ook op dat er bij de omgevingsdiensten nog geen initiatieven worden '
     'ontplooid om periodiek evaluatieve gesprekken te voeren met de belangrijkste '
     'ketenpartners.', '4'),
    ('Als dat wel gebeurt heeft het vaak een incidenteel karakter.', '4'),
    ('Uit de visitaties blijkt dat ketenpartners vaak op elkaar wachten om het initiatief '
     'tot samenwerking te nemen, tenzij een actuele casus of project zich voordoet.', '4'),
    ('De omgevingsdienst is naar de mening van (keten)partners de geëigende partij om die '
     'trekkende rol te pakken en zo het overall toezicht op voortgang van belangrijke '
     'cases of maatschappelijke thema’s in de regio vorm en inhoud te geven.', '4'),
    ('Voor de omgevingsdiensten ligt hier een kans om zich meer ‘aan de voorkant’ van '
     'beleidsvorming te manifesteren en zich te richten op de gemeenschappelijke ambities '
     'voor een schone, veilige, gezonde en duurzame leefomgeving.', '4'),
    ('Positieve uitzonderingen laten zien dat het door te investeren in de relatie met '
     'ketenpartners mogelijk is ook op tactisch en strategisch niveau samen te werken.', '4'),
    ('Dit vraagt wel om financiering en personele capaciteit, zowel van de omgevingsdienst'
     ' als van de partners.', '4'),
    ('Meer specifiek zien we dat de samenwerking en informatie-uitwisseling tussen de '
     'omgevingsdiensten en het Functioneel Parket (Openbaar Ministerie) en politie '
     'structureel meer aandacht vraagt.', '4.1'),
    ('Het streven naar een structurele samenwerking hangt, zowel bij de ketenpartner als '
     'de omgevingsdienst nog te vaak af van enkele goedwillende personen en van de vraag '
     'of er voldoende capaciteit, is om opvolging te geven aan opgestelde processen-'
     'verbaal of strafbeschikkingen.', '4.1'),
    ('Wel zien we in regio’s waar de omgevingsdienst wel de regie heeft gepakt op de '
     'strafrechtketen dat er beweging ontstaat bij het Openbaar Ministerie/ Functioneel '
     'Pakket en politie.', '4.1'),
    ('Dan worden ook dingen mogelijk.', '4.1'),
    ('Dus capaciteitsgebrek of andere belemmeringen bij partners mogen geen reden zijn om '
     'zelf als omgevingsdienst het erbij te laten zitten.', '4.1'),
    ('In algemene zin valt op dat de taakuitvoering strafrecht en de hiervoor benodigde '
     'samenwerking met ketenpartners onvoldoende wordt ingevuld.', '4.1'),
    ('Uiteraard zijn er positieve uitzonderingen.', '4.1'),
    ('Hoewel strafrechttoepassing geen doel op zich is en een aantal omgevingsdiensten '
     'andere gedragsbeïnvloedingsmogelijkheden verkent om naleefgedrag te verbeteren '
     '(bijvoorbeeld bij de vergunningverlening aan de voorkant te sturen op naleefgedrag),'
     ' is het een tekortkoming als strafrechttoepassing niet wordt ingezet.', '4.1'),
    ('Het zou goed zijn om daarover met deze partners in gesprek te gaan, ook op landelijk'
     ' niveau.', '4.1'),
    ('Tot slot bleek uit de visitaties ook dat de benodigde capaciteit en kwaliteit van '
     'grijze BOA’s niet bij alle diensten aanwezig was, waardoor de prioriteitstelling '
     '(nog) onvoldoende op elkaar aansluit.', '4.1'),
    ('Hierdoor wordt niet bij alle diensten voldoende invulling gegeven aan toepassing van'
     ' de LHS of LHSO.', '4.1'),
    ('Ketentoezicht is nog niet altijd structureel ingebed en wordt vaak ad hoc '
     'uitgevoerd, hoewel het een basistaak is.', '4.2'),
    ('Sommige omgevingsdiensten hebben een team ketentoezicht, maar de regionale '
     'samenwerking behoeft verbetering, met name in de keten (Gemeente, Politie, ILT).', '4.2'),
    ('De samenwerking met strafrecht en RIEC verdient aandacht.', '4.2'),
    ('De samenwerking met de GGD als ketenpartner verdient een grotere rol in het netwerk '
     'van de omgevingsdienst, ook omdat gezondheid een meer prominente rol heeft gekregen '
     'in de omgevingswet en een wezenlijk onderdeel uitmaakt van de huidige '
     'maatschappelijke vraagstukken in de fysieke en gezonde leefomgeving.', '4.3'),
    ('De samenwerking van de Arbeidsinspectie met de Seveso-diensten ontwikkelt zich de '
     'afgelopen jaren bij alle omgevingsdiensten positief.', '4.4'),
    ('De samenwerking met de Waterschappen behoeft over het algemeen verbetering, '
     'bijvoorbeeld ten aanzien van de basistaak indirecte lozingen.', '4.5'),
    ('Het lijkt erop dat de verschuiving van bevoegdheden van waterschappen naar '
     'omgevings-diensten niet is vertaald naar heldere werkwijzen en taakafbakeningen '
     'toedeling van middelen.', '4.5'),
    ('De samenwerking met de Veiligheidsregio’s wordt door alle omgevingsdiensten als '
     'positief beschreven.', '4.6'),
    ('De informatie-uitwisseling met (keten)partners, zoals Rijkswaterstaat, ILT, '
     'Gemeentelijke Gezondheidsdienst (GGD), Veiligheidsregio’s, natuurorganisaties, '
     'Nederlandse Voedsel- en Warenautoriteit (NVWA) en Arbeidsinspectie is op uitvoerend '
     'zaakniveau voldoende/goed te noemen door de persoonlijke werkrelaties, maar niet '
     'omdat dit structureel geborgd is.', '4.7'),
    ('In een aantal gevallen is een convenant gesloten om de uitwisseling van informatie '
     'mogelijk te maken en daarbij wet- en regelgeving (AVG) te respecteren.', '4.7'),
    ('Dit is opmerkelijk genoeg nog geen landelijke praktijk.', '4.7'),
    ('Uit de visitaties tot 2024 bleek dat het basistakenpakket in een aantal gevallen nog'
     ' niet volledig was ingebracht door de deelnemers en dat (delen) van basistaken nog '
     'uitgevoerd werden door de deelnemer zelf.', '5.1'),
    ('De indruk bestaat dat dit nog steeds het geval is (bijvoorbeeld ten aanzien van '
     'asbesttaken).', '5.1'),
    ('In één situatie wordt gewerkt in een netwerkconstructie met een beperkt mandaat.', '5.1'),
    ('De deelnemers dragen zelf een grote verantwoordelijkheid voor de uitvoering van de '
     'VTH-taken, de besluitvorming vindt lokaal plaats en nog niet alle inrichtingen '
     'behorend tot het basistakenpakket zijn overgedragen.', '5.1'),
    ('Een dergelijke netwerk-RUD past niet binnen de wettelijke bepalingen.', '5.1'),
    ('Het Basistakenpakket is wettelijk verplicht door de deelnemers onder te brengen bij '
     'omgevingsdiensten.', '5.1'),
    ('Daardoor is de VTH-taakuitvoering versnipperd.', '5.1'),
    ('Zowel omgevingsdiensten als (grote) marktpartijen hebben daar last van.', '5.1'),
    ('Het belemmert een robuuste taakuitvoering.', '5.1'),
    ('In wezen is het concept van het basistakenpakket achterhaald is en het stelsel '
     'eigenlijk alleen kan functioneren als de brede milieutaken worden ingebracht.', '5.1'),
    ('Naast het basistakenpakket worden bij de diensten ook facultatieve plustaken belegd,'
     ' wat gezien mag worden als een blijk van vertrouwen in de dienst.', '5.1'),
    ('Een aantal diensten initieert daarnaast in samenspraak met het bestuur programma’s '
     'en projecten.', '5.1'),
    ('Verder blijkt dat de beschikbare (financiële) middelen die de deelnemers toekennen '
     'om de ingebrachte basistaken en eventuele plustaken uit te voeren, leidend zijn in '
     'de uitvoering.', '5.1'),
    ('Dat brengt het risico met zich mee dat de uniformiteit in prioritering wordt '
     '‘verstoord’ en er geen sprake is van een level playing field.', '5.1'),
    ('Bovendien raakt in een aantal gevallen de toekomstgerichte focus op belangrijke '
     'thema’s op de achtergrond door de beperkte capaciteit.', '5.1'),
    ('Dat capaciteitstekort wordt soms veroorzaakt door ontoereikende middelen, soms door '
     'gebrek aan voldoende gekwalificeerd personeel.', '5.1'),
    ('Dat geldt bij uitstek voor de actualisatie van vergunningen, waarvoor voldoende '
     'capaciteit ontbreekt, maar ook basistaken als ketentoezicht, indirecte lozingen en '
     'bijv.', '5.1'),
    ('Toetsen meldingen aan omgevingsplan, vermijding en reductieplannen ZZS vallen vaak '
     'in praktijk tussen wal en schip doordat de middelen onvoldoende zijn om BTP robuust '
     'uit te voeren.', '5.1'),
    ('Te vaak wordt in de verantwoording door de deelnemers nog alleen gevraagd naar een '
     'terugkoppeling op de mate van uitvoering op de overeengekomen taken en middelen, '
     'terwijl het gesprek ook over organisatorische randvoorwaarden en het leveren van de '
     'bijdrage aan de maatschappelijke opgaven en doelstellingen zou moeten gaan.', '5.1'),
    ('Het is bestuurlijk van belang dat deelnemers zich conformeren aan een uniform '
     'mandaat en de verleende mandatering op een uniforme wijze hanteren.', '5.2'),
    ('Dit is ook van belang voor een effectieve en efficiënte bedrijfsvoering.', '5.2'),
    ('In dat kader is het door IBP-VTH opgestelde modelmandaat een aanbeveling om te '
     'implementeren.', '5.2'),
    ('Dit lost veel op zowel in uniformering als in onafhankelijkheid en omdat dit borgt '
     'dat omgevingsdiensten dan over een volwaardig handhavingsmandaat beschikken.', '5.2'),
    ('Doorgaans geven de omgevingsdiensten aan dat er sprake is van een uniform mandaat.', '5.2'),
    ('In de praktijk is dat lang niet altijd het geval.', '5.2'),
    ('Wanneer er gesproken wordt over een uniform mandaat is er vaak sprake van een '
     'uniform ‘menu’ met onderdelen waaruit deelnemers hun specifieke mandaat kunnen '
     'samenstellen.', '5.2'),
    ('Uit allerlei voorbeelden blijkt dat er binnen regio’s verschillen zijn in '
     'werkwijzen.', '5.2'),
    ('Zo brengt een omgevingsdienst voor de ene deelnemer een advies uit en is het de '
     'deelnemer die de brief stuurt (aan het bedrijf), voor de andere deelnemer doet de '
     'omgevingsdienst dat.', '5.2'),
    ('Voor de ene deelnemer is de inning van last onder dwangsom of boetes wel '
     'gemandateerd en voor de andere niet.', '5.2'),
    ('Dit leidt tot inefficiënte werkwijzen, foutgevoeligheid en gebrek aan transparantie.', '5.2'),
    ('Als deelnemers de dwangsommen uiteindelijk niet doorzetten, doet dat afbreuk aan de '
     'positie en geloofwaardigheid van de betreffende omgevingsdienst.', '5.2'),
    ('Bovendien ontstaat op deze wijze geen level playing field.', '5.2'),
    ('Bij zowel de mandaatregelingen als bij het inbrengen van het basistakenpakket is het'
     ' de vraag wie toezicht houdt op de daadwerkelijke naleving daarvan door de '
     'deelnemers en hoe die rol zich verhoudt tot de provinciale verantwoordelijkheid in '
     'het kader van Interbestuurlijk Toezicht en van het Ministerie in geval het de '
     'provincie betreft (IBT).', '5.2'),
    ('We zien het als wenselijk dat in voorkomende gevallen over naleving een goed gesprek'
     ' plaatsvindt binnen het Algemeen Bestuur.', '5.2'),
    ('Verder blijkt dat ondanks formele mandaten in een aantal gevallen lokale bestuurders'
     ' het moeilijk vinden om de nodige distantie te houden tot de uitvoering, wat het '
     'gezag van een omgevingsdienst kan aantasten.', '5.2'),
    ('Ook kwamen in een paar visitaties voorbeelden van bestuurlijke beïnvloeding ter '
     'sprake.', '5.2'),
    ('De Landelijke Handhavingsstrategie Omgevingsrecht (LHSO) is opgenomen in het VTH-'
     'beleidskader en is ook geïmplementeerd, maar de consequente toepassing ervan '
     'varieert aanzienlijk per omgevingsdienst.', '5.3'),
    ('Daarmee is de LHSO nog te vaak een papieren tijger.', '5.3'),
    ('Capaciteitsproblemen bij Politie en Openbaar Ministerie (OM) worden vaak genoemd als'
     ' belemmeringen, maar er dient ook kritisch gekeken te worden naar de kwaliteit van '
     'de taakuitoefening binnen de omgevingsdiensten (uniforme toepassing, vier ogen '
     'principe, interpretatie van de LHSO en de interventiematrix, registreren van '
     'afwijkingen etc.).', '5.3'),
    ('Regelmatig wordt ook geconstateerd dat er een tekort aan BOA-capaciteit is (groen, '
     'grijs, blauw), zowel in aantal als in middelen om taken goed uit te voeren, met als '
     'risico dat bepaalde zaken onderbelicht blijven.', '5.3'),
    ('Het zou de motivatie voor het toepassen van strafrecht verhogen als het OM zou '
     'terugkoppelen over het verloop van zaken die de omgevingsdiensten aanbrengen.', '5.3'),
    ("Positief is om te lezen dat er wel veel diensten zijn die op de 'strafrechtpoot' aan"
     ' het inzetten zijn en daarbij vooruitgang boeken.', '5.3'),
    ('Het toezicht en de handhaving op Seveso-taken is belegd bij zes omgevingsdiensten.', '5.4'),
    ('Als er bij Seveso-bedrijven iets misgaat, kan dat grote gevolgen hebben voor de '
     'gezondheid en veiligheid van werknemers en omwonenden.', '5.4'),
    ('In de beleving van de visitatiecommissies zijn de verschillen in kwaliteit tussen de'
     ' zes diensten belast met Seveso taken te groot en in de helft van de gevallen niet '
     'aan de maat.', '5.4'),
    ('Hoewel er terecht bij alle diensten veel aandacht is voor de SEveso-taken, leidt dat'
     ' niet altijd tot een hoogwaardige uitvoering, omdat de condities waaronder deze '
     'uitvoering gerealiseerd moet worden onvoldoende zijn ingevuld.', '5.4'),
    ('Dit kan gaan om het feit dat beschikbare capaciteit te beperkt is, de '
     'omgevingsdienst te weinig positie krijgt van het bestuur of van deelnemers, of dat '
     'medewerkers onvoldoende kunnen escaleren binnen de eigen organisatie.', '5.4'),
    ('We constateren dat er landelijk gezien onvoldoende beleidsmatig gestuurd wordt op de'
     ' Seveso-taken en de organisatorische eisen.', '5.4'),
    ('Een meer uniforme uitvoering van de Seveso-taken is gebaat bij een structurele '
     'afstemming en samenwerking met de ketenpartners, waaronder veiligheidsregio’s, '
     'waterschappen en GGD’s.', '5.4'),
    ('Ook is deze gebaat bij het realiseren en bewaken van een meer eenduidige landelijke '
     'en regionale aanpak (gelijke beleidskaders omgevingsdiensten) met betrekking tot '
     'deskundigheidseisen en professionalisering.', '5.4'),
    ('In de opzet van omgevingsdiensten wordt uitgegaan van een geïntegreerde '
     'taakuitvoering en wordt in principe geen onderscheid gemaakt in het type taken '
     '(basistakenpakket en plustaken).', '5.5'),
    ('Een stelsel waarin alle omgevingsdiensten voldoende robuust zijn, zou als '
     'uitgangspunt moeten hebben dat alle diensten de brede milieutaken uitvoeren.', '5.5'),
    ('Het aantal complexe cases, waarin meerdere beleidsterreinen en regimes van '
     'toepassing zijn, neemt toe (samenhang tussen natuur, milieu, water, langdurige zaken'
     ' in samenwerking met strafrechtketen en projecten met vele ketenpartners).', '5.6'),
    ('Dat vraagt aandacht voor signaleren van complexiteit, projectmatige sturing, '
     'projectleiderschap, regie en sturing en evaluatie van leerpunten.', '5.6'),
    ('We zien het merendeel van de omgevingsdiensten hier goed in acteren en complexe '
     'cases projectmatig en multidisciplinair oppakken.', '5.6'),
    ('Er zijn echter ook omgevingsdiensten waar de onderlinge afstemming tussen de '
     'verschillende betrokken afdelingen van de omgevingsdienst verbetering behoeft.', '5.6'),
    ('Medewerkers zelf zijn trots op hun werk en geven aan gemotiveerd te zijn om bij te '
     'dragen aan een gezonde, veilige en duurzame leefomgeving.', '6'),
    ('Ze krijgen veel verantwoordelijkheid en kansen om zich verder te ontwikkelen.', '6'),
    ('Een groot aantal omgevingsdiensten zegt te weinig capaciteit en middelen te hebben '
     'om de noodzakelijke taken uit te voeren en tegelijkertijd de organisatie te '
     'versterken om aan de robuustheidscriteria te kunnen voldoen.', '6'),
    ('Regelmatig staan uitvoering en ontwikkeling van de organisatie onder druk en veel '
     'omgevingsdiensten zijn kwetsbaar.', '6'),
    ('Niet alleen qua capaciteit (krapte op de arbeidsmarkt), maar ook in vakdeskundigheid'
     ' (senioriteit), door uitstroom van expertise en afhankelijkheid van een beperkt '
     'aantal sleutelpersonen.', '6'),
    ('Aangezien de huidige personele capaciteit noodzakelijk is om de afgesproken taken '
     'uit te voeren, geven veel omgevingsdiensten aan dat ook de capaciteit en tijd om '
     'actief deel te nemen aan de landelijke ontwikkelingen, voorbereiding op wet- en '
     'regelgeving en landelijke kennisuitwisseling (bijvoorbeeld over beste praktijken) '
     'onder druk staan.', '6'),
    ('Daarbij constateren we dat de meeste omgevingsdiensten, hoewel ze dat graag zouden '
     'willen, in de praktijk weinig tot geen tijd hebben voor kalibreersessies (werken aan'
     ' gelijksoortige behandeling in vergelijkbare zaken) of reflectie op complexe '
     'casuïstiek.', '6'),
    ('Tijdens de besprekingen van enkele complexe zaakdossiers hebben we ervaren dat '
     'medewerkers een sterke drive hebben om die zaken op te lossen, echter soms ook '
     'gefrustreerd raken door het ontbreken van echte doorzettingskracht.', '6'),
    ('Wel bieden deze complexe zaken leerkansen om verder te professionaliseren.', '6'),
    ('De omgevingsdiensten beschikken in veel gevallen wel over een opleidingsbudget om te'
     ' professionaliseren en aandacht te besteden aan kennisontwikkeling, maar gebrek aan '
     'capaciteit, hoge werkdruk belemmert ruimte voor (verdere) deskundigheidsbevordering,'
     ' opleiding en training.', '6'),
    ('Diverse omgevingsdiensten proberen nu wel zodanige keuzes te maken in hun '
     'beschikbare capaciteitsverdeling dat startende medewerkers aan hun vereiste '
     'competentieniveau kunnen werken.', '6'),
    ('We constateren dat om aan de capaciteitsbehoefte te voldoen omgevingsdiensten actief'
     ' medewerkers proberen te werven (o.a. met talentprogramma’s en een landelijke '
     'arbeidsmarktcampagne).', '6'),
    ('De eerste resultaten zijn hoopgevend.', '6'),
    ('Ook ontwikkelt men met het oog op de verwachte uitstroom van personeel '
     '(leeftijdsgebonden) aan strategisch personeelsbeleid voor de komende jaren en zoekt '
     'men landelijk en regionaal naar intensievere samenwerking en personele uitwisseling.', '6'),
    ('De meeste omgevingsdiensten voldoen nagenoeg – grotendeels aan de kwaliteitscriteria'
     ' 2.3 (de gevraagde vaktechnische deskundigheidsgebieden).', '6.1'),
    ('Wel is er sprake van een wezenlijk verschil tussen de omgevingsdiensten in de mate '
     "waarin zij de KC 'serieus' nemen en hebben ingeregeld in de PDCA-cyclus.", '6.1'),
    ('Sommige diensten sturen hier structureel op en monitoren periodiek de '
     'kwaliteitscriteria actief in welke mate ze voldoen.', '6.1'),
    ('Andere diensten hebben nog geen actueel overzicht en/of moeten nog een been bij te '
     'trekken.', '6.1'),
    ('Bovendien merkt de visitatiecommissie op er landelijk interpretatieverschillen '
     'bestaan als het gaat om de toepassing van de KC.', '6.1'),
    ('Dit is een ongewenste ontwikkeling.', '6.1'),
    ('Het merendeel van de diensten bereidt zich momenteel voor op de kwaliteitscriteria '
     '3.0.', '6.1'),
    ('Het is belangrijk om landelijk op de kwaliteitscriteria te blijven sturen door deze '
     'te monitoren en te bewaken dat de gestelde eisen eenduidig worden geïnterpreteerd.', '6.1'),
    ('Daarnaast zou het zorgvuldig monitoren van de kwaliteitscriteria ook moeten gelden '
     'voor de VTH- taken die (nu nog) uitgevoerd worden door veel gemeenten.', '6.1'),
    ('Hoewel de kwaliteitscriteria waaraan de taakuitvoering moet voldoen gelijk zijn voor'
     ' gemeenten en omgevingsdiensten is onduidelijk in welke mate ook gelijkelijk wordt '
     'gestuurd en gehandhaafd op deze kwaliteitscriteria.', '6.1'),
    ('Dit kan leiden tot een ongelijk niveau van de uitvoeringskwaliteit.', '6.1'),
    ('Naast de kwaliteitscriteria 3.0, is het ook belangrijk met het oog op de toekomstige'
     ' rol en positie van omgevingsdiensten om meer aandacht te ontwikkelen voor niet- '
     'vaktechnische competenties zoals netwerkvaardigheden, reflectie-, proces, '
     'leiderschap, veranderkundige en teamvaardigheden.', '6.1'),
    ('De academie van ODNL geeft inmiddels invulling aan een landelijk opleidingsbeleid.', '6.1'),
    ('We constateren ook dat omgevingsdiensten (nog) sterk afhankelijk zijn van bepaalde '
     'sleutelfiguren in de vorm van ‘eenpitters’ en externe inhuur op cruciale posities en'
     ' dat de komende periode veel senioriteit uitstroomt.', '6.2'),
    ('Dit doet zich niet alleen voor in de uitvoering, maar ook op directie en '
     'managementniveau.', '6.2'),
    ('Dit bij elkaar maakt de personele organisatie van omgevingsdiensten kwetsbaar.', '6.2'),
    ('Het is belangrijk om te investeren in het werven van personele capaciteit (bij '
     'voorkeur in vaste dienst), in de professionele ontwikkeling van medewerkers, '
     'integrale samenwerking binnen de organisatie, het bewaken van een zekere mate van '
     'continuïteit in directie en managementfuncties en bij enkele omgevingsdiensten ook '
     'in beter professionele samenwerking binnen managementteams, tussen teams en '
     'afdelingen.', '6.2'),
    ('De cultuur binnen de omgevingsdiensten wordt vaak geduid als een familiecultuur met '
     'een flexibele opstelling en een gezonde dosis pragmatisme, waarbij men beseft dat '
     'het soms zakelijker mag op het vlak van interne verantwoording, het sturen op '
     'afspraak is afspraak.', '6.3'),
    ('De cultuur ontwikkelt zich langzaam in de richting van een vorm van ‘bezielde '
     'zakelijkheid’.', '6.3'),
    ('Het verbeteren van de interne afstemming, samenwerking en besluitvorming tussen '
     'directie en management en tussen de leden van het management, tussen afdelingen/ '
     'teams.', '6.3'),
    ('Het verduidelijken van rollen en verantwoordelijkheden binnen de werkorganisatie, '
     'b.v. accountmanagement, ontwikkeling en innovatie, rol van coördinatoren.', '6.3'),
    ('Evenals het stapelen van het aantal rollen bij een persoon.', '6.3'),
    ('Het actief betrekken van medewerkers bij de beleidsvoorbereiding en -uitvoering '
     '(b.v. visieontwikkeling) om het draagvlak te vergroten en te versterken.', '6.3'),
    ('Het bewust en actief sturen op en aanspreken op (beleids)afspraken en gedragsregels.', '6.3'),
    ('Het professionaliseren van het opdrachtnemerschap.', '6.3'),
    ('Het aanscherpen van een procesinterne verantwoording over werkzaamheden', '6.3'),
    ('Het versterken van het lerend en reflecterend vermogen (slimmer verzilveren en '
     'borgen van leerervaringen) binnen en tussen de omgevingsdiensten.', '6.3'),
    ('De bij het VTH-stelsel betrokken partijen hebben in het kader van het IBP-, VTH '
     'criteria geformuleerd waaraan omgevingsdiensten zouden moeten voldoen.', '7.1'),
    ('Het concreet benoemen van de criteria heeft een impuls gegeven aan de robuustheid '
     'van de diensten.', '7.1'),
    ('Het beeld van 28 omgevingsdiensten is echter divers en de verschillen zijn '
     'behoorlijk in de mate waarin er voortgang wordt geboekt.', '7.1'),
    ('In het rapport van TwynstraGudde (Omgevingsdiensten in beeld, 2024, waarbij ODRU en '
     'RUD Utrecht als één omgevingsdienst worden gezien), zijn twee omgevingsdiensten '
     'robuust bevonden, 10 zijn hard op weg om per 1 april 2026 robuust te worden, bij 9 '
     'omgevingsdiensten wordt getwijfeld of ze die datum halen en bij 8 wordt het niet '
     'aannemelijk gevonden dat ze op die datum zullen voldoen.', '7.1'),
    ('In de visitaties is naar voren gekomen dat in de meeste omgevingsdiensten de '
     'financieringsvorm zich als volgt heeft ontwikkeld.', '7.2'),
    ('Als reactie op het lump sum financieren zijn in de meeste diensten afspraken '
     'gemaakt, waarbij output wordt gefinancierd.', '7.2'),
    ('Vaak wordt deze vorm kortweg omschreven als PxQ.', '7.2'),
    ('Voordeel van deze financieringsvorm is dat elke deelnemer kan nagaan of de output '
     'die hij heeft gecontracteerd, ook heeft gekregen.', '7.2'),
    ('Bovendien kan doordat de te leveren output is omschreven, bewuster worden '
     'geprioriteerd, als daaraan behoeft is.', '7.2'),
    ('Nadeel is echter dat deze financieringsvorm niet voorziet in financiering van '
     'regionale, collectieve taken.', '7.2'),
    ('Als oplossing binnen de PxQ-systematiek hebben omgevingsdiensten de mogelijkheid '
     'gekregen om een opslag op het tarief (P) te mogen leggen, of zijn collectieve taken '
     'expliciet benoemd en separaat gefinancierd.', '7.2'),
    ('Meer recent zien we dat de omgevingsdiensten hun budgetten voor ontwikkeling en '
     'innovatie (vaak met een regionaal (of zelfs bovenregionaal) karakter expliciet mogen'
     ' oormerken als ontwikkel en innovatiebudget.', '7.2'),
    ('Het hebben van een dergelijk budget van 3% van de omzet is een van de '
     'robuustheidseisen die in het kader van het IBP-VTH zijn geformuleerd.', '7.2'),
    ('Uitvoeringsprogramma’s’ zijn als het goed is afgeleid van een regionale '
     'risicoanalyse en het op basis daarvan geformuleerde regionaal VTH-beleidskader.', '7.2'),
    ('Bij sommige omgevingsdiensten is als onderdeel van dat beleidskader een minimum '
     'uitvoeringsniveau vastgesteld.', '7.2'),
    ('Bij andere is dat niet het geval.', '7.2'),
    ('Het risico van het ontbreken van minimum uitvoeringsniveaus is dat het geformuleerde'
     ' beleid weliswaar ambitieus is, maar dat de uiteindelijk beschikbare budgetten '
     'ontoereikend zijn voor de feitelijke uitvoering en realisatie.', '7.2'),
    ('Zo zijn bijvoorbeeld bij nagenoeg alle diensten zijn de verstrekte budgetten '
     'onvoldoende om taken als actualisering vergunningen etc. adequaat te kunnen '
     'uitvoeren.', '7.2'),
    ('Vaak wordt bij output financiering op basis van feitelijk geleverde diensten en '
     'producten afgerekend.', '7.2'),
    ('De fluctuaties in budgetten die daarvan het gevolg kunnen zijn, worden vaak '
     'gemitigeerd door te werken met geaccepteerde (over- en onderschrijdings-) marges per'
     ' deelnemer of fluctuaties in budgetten met vertraging door te laten werken, of te '
     'middelen over meerdere jaren.', '7.2'),
    ('Vaak worden over plustaken, specifieke programma’s en producten aanvullende '
     'afspraken gemaakt waaraan (ontwikkel- of innovatie) budgetten worden gekoppeld.', '7.2'),
    ('Deze oplossingen creëren meer rust voor bestuur en organisatie, omdat men vooraf '
     'jaarlijks weet wat uitgevoerd gaat worden tegen welke inzet en prijs.', '7.2'),
    ('Er is enkel sprake van een (lichte) vorm van overschrijding of onderschrijding.', '7.2'),
    ('De vraag is of deze vorm van financiering een omgevingsdienst voldoende '
     'handelingsruimte biedt om als een professionele organisatie vanuit strategie en '
     'beleidskeuze afwegingen te maken in relatie tot de regionale maatschappelijke '
     'opgave.', '7.2'),
    ('Voor de toekomst achten we het van belang dat er een financieringsvorm gevonden '
     'wordt die meer recht doet aan dat wat moet, dat wat men beoogt en waarbij de '
     'standaardondergrens een resultante is van een regionaal of landelijk debat, '
     'risicoperceptie en innovatiebehoefte tussen de deelnemers (wat vinden we acceptabel '
     'als minimum).', '7.2'),
    ('De mate waarin de financiering ook aandacht voor ontwikkel- en innovatieruimte laat '
     'zien, verschilt nog sterk per omgevingsdienst.', '7.3'),
    ('Bij een kleine meerderheid van de gevisiteerde omgevingsdiensten is een structureel '
     'innovatiebudget beschikbaar.', '7.3'),
    ('In een aantal gevallen vormen enkel geoormerkte subsidies of SPUK-gelden de basis om'
     ' innovatie aan te jagen en moet de capaciteit voor ontwikkeling worden bevochten op '
     'de dagelijkse operatie.', '7.3'),
    ('Niet-structurele financiering van innovatie wordt als belemmerend ervaren voor een '
     'goede invulling ervan.', '7.3'),
    ('De redenering, binnen een enkel bestuur, lijkt dat innovatie eigenlijk geen kerntaak'
     ' is van de omgevingsdienst als uitvoeringsorganisatie.', '7.3'),
    ('Ook worden er specifieke budgetten geoormerkt voor ontwikkeling en innovatie zoals '
     'bijvoorbeeld voor indirecte lozingen, energietransitie, ondermijning.', '7.3'),
    ('De aard van de programma’s en projecten die onder deze noemer geschaard worden '
     'verschilt per omgevingsdienst.', '7.3'),
    ('Soms zijn het projecten die gestart zijn om de eigen bedrijfsvoering te verbeteren '
     '(b.v. informatiemanagement), soms zijn het programma’s en projecten die samen met '
     'ketenpartners worden ingericht en die in de lijn liggen van de maatschappelijke '
     'opgave (zoals energietransitie, tegengaan van ondermijning).', '7.3'),
    ('Er is vaak nog geen sprake van een scherpe prioritering vanuit maatschappelijk '
     'effect.', '7.3'),
    ('Bij meer dan de helft van de omgevingsdiensten worden dergelijke programma’s of '
     'projecten O&I gestuurd en gemonitord en bewaakt door een programma- portfolio board,'
     ' soms is dit alles nog onduidelijk en bevindt O&I zich nog in de startfase.', '7.3'),
    ('Over het algemeen spreken de diensten die een innovatie- en ontwikkelbudget ter '
     'beschikking hebben met hun besturen expliciet over welke innovatie nodig is en wat '
     'daarvan de opbrengsten moeten zijn.', '7.3'),
    ('In een enkel geval is dit een vervolgstap die bij het beschrijven van een nieuwe '
     'toekomstagenda of koers wordt gezet.', '7.3'),
    ('Dit expliciet bespreken of vastleggen in een toekomstige agenda of koers is van '
     'belang om innovatie beter te borgen als onderdeel van de taak van de '
     'omgevingsdiensten.', '7.3'),
    ('Het formuleren van doelen en het monitoren daarvan hoort bij een volwassen aanpak '
     'van innovatie.', '7.3'),
    ('Omgevingsdienst NL kan bijdragen aan het rendement van de budgetten die per '
     'omgevingsdienst aan Ontwikkeling en Innovatie worden besteed, door beste praktijken '
     'actief te inventariseren, te delen en omgevingsdiensten samen te brengen op het '
     'innovatie-pad.', '7.3'),
    ('Hier is nog veel winst te behalen.', '7.3'),
    ('Alle omgevingsdiensten en besturen zien de waarde van informatie gestuurd werken in '
     'en dat sturing op data onmisbaar is in de toekomst.', '7.4'),
    ('Er zijn gelden ter beschikking gesteld om informatie gestuurd werken door te '
     'ontwikkelen.', '7.4'),
    ('Uit de visitaties blijkt dat er lang niet altijd sprake is van een uitgewerkte visie'
     ' op datagericht werken.', '7.4'),
    ('Dat heeft als risico dat er geïnvesteerd wordt in losstaande initiatieven, zonder '
     'een samenhangend beleid.', '7.4'),
    ('Gezien de investeringen en de hoge verwachtingen over informatie gestuurd werken is '
     'er een groot belang om ervoor te zorgen dat de kwaliteit van data wordt verbeterd.', '7.4'),
    ('Bij enkele diensten ontbreekt zelfs het beeld wat de huidige datakwaliteit is.', '7.4'),
    ('Betrouwbare data zijn noodzakelijk voor het opstellen van risicoanalyses en '
     'uitvoeringsprogramma’s en zijn het fundament voor verdere doorontwikkeling.', '7.4'),
    ('De meeste diensten zijn op dit moment doende om het functioneren van hun zaaksysteem'
     ' te verbeteren of het zaaksysteem te vervangen.', '7.4'),
    ('Deze systemen worden minder vrijblijvend ingericht.', '7.4'),
    ('Enkele diensten werken aan het verder ontwikkelen van dashboards voor sturing.', '7.4'),
    ('Hierbij is naast een kwantitatieve benadering een ontwikkeling wenselijk naar '
     'sturing op kwalitatieve informatie in relatie tot strategische ontwikkeldoelen, '
     'waarbij sommige diensten daarnaast ook experimenteren met vormen van narratieve '
     'verantwoording om maatschappelijke effect te duiden.', '7.4'),
    ('Niet alle werkafspraken zijn goed vastgelegd of centraal opgeslagen en vindbaar.', '7.4'),
    ('Een betere vastlegging van afspraken en processen (werkinstructies) en een meer '
     'inhoudelijke en meer uitgebreide monitoring kan een kwaliteitsimpuls geven.', '7.4'),
    ('Onderkend wordt dat heldere definities, uniforme werkwijzen en beoordelingscriteria '
     'helpen om verbetering van datakwaliteit te bereiken.', '7.4'),
    ('Ook moet de verantwoordelijkheid voor het opbouwen van betrouwbare data in de gehele'
     ' organisatie worden gevoeld.', '7.4'),
    ('Het verkrijgen van betrouwbare data begint bij een consistente en consequente invoer'
     ' van gegevens.', '7.4'),
    ('Daarvan is nu lang niet bij iedere omgevingsdienst altijd sprake.', '7.4'),
    ('In een aantal gevallen wordt bovenregionaal samengewerkt aan digitalisering en het '
     'verbeteren van datakwaliteit.', '7.4'),
    ('Wellicht zou dit nog op grotere schaal kunnen gebeuren.', '7.4'),
    ('Landelijke informatiesystemen (zoals Inspectieview Milieu) worden wisselend '
     'gebruikt, omdat gebruikers aangeven nog te weinig voordeel te zien in het gebruik '
     'van de uitkomsten van informatiesystemen.', '7.4'),
    ('We concluderen dat informatie gestuurd werken binnen een groot aantal '
     'omgevingsdiensten nog in de kinderschoenen staat.', '7.4'),
    ('Het gaat daarbij zowel om het intern (door)ontwikkelen van de informatiesystemen en '
     'datakwaliteit als om het gebruik van landelijke informatiesystemen zoals '
     'Inspectieview Milieu, het Kennisnet van de Omgevingsdienst NL en de informatiedeling'
     ' met ketenpartners.', '7.4'),
    ('Geconstateerd wordt dat landelijke standaarden, landelijke expertise en brede '
     'kennisdeling op dit moment ontbreken.', '7.4'),
    ('Een meerjarig toekomstvisie, verwoordt in ambities en doelstellingen dient zich te '
     'vertalen in de zichtbare maatschappelijke effecten voor deelnemers, ketenpartners, '
     'bedrijven en burgers.', '7.5'),
    ('De wens om meer op outcome te sturen is actueel, omdat men daarbij hoopt dat '
     'duidelijker wordt wat de bijdrage van een omgevingsdienst is aan de maatschappelijke'
     ' vraagstukken in de fysieke leefomgeving.', '7.5'),
    ('Het gesprek over outcome heeft naast het meetbaar maken van de effecten van de '
     'bijdrage van de omgevingsdienst ook een andere functie: outcome is vaak het product '
     'van een samenwerking tussen meerdere organisaties, of tussen organisaties en hun '
     'opdrachtgevers.', '7.5'),
    ('Een dialoog over outcome verschaft de ruimte om het over íeders bijdrage te hebben '
     'en om de waargenomen effecten van de taakuitvoering kwalitatief te beschrijven.', '7.5'),
    ('Naleefgedrag is door enkele diensten genoemd als voorbeeld van sturing op outcome of'
     ' reductie/besparing van CO2.', '7.5'),
    ('We constateren dat outcome sturing nog in de kinderschoenen staat.', '7.5'),
    ('Het klinkt eenvoudig maar is dat in de praktijk allerminst.', '7.5'),
    ('Op veel terreinen is het aantonen van outcome moeilijk, of zijn de effecten te '
     'algemeen om ze toe te schrijven aan de activiteiten van een omgevingsdienst.', '7.5'),
    ('Er moet nog flink wat kennis en ervaring worden opgedaan om tot outcome sturing te '
     'komen.', '7.5'),
    ('Ook is het gewenst om op dit onderwerp meer in ‘elkaars keuken te gaan kijken’ en de'
     ' goede voorbeelden te delen.', '7.5'),
    ('Om outcome-sturing op te pakken is eveneens aandacht en middelen nodig vanuit de '
     'besturen van omgevingsdiensten.', '7.5'),
    ('Daarbij vraagt het van de omgevingsdiensten om dit met elkaar te ontwikkelen en er '
     'maar gewoon mee aan de slag te gaan.', '7.5'),
    ('Het hoeft niet in één keer perfect.', '7.5'),
    ('Deelnemers lijken bovendien de omgevingsdiensten nog niet echt uit te dagen om een '
     'meer outcome gerichte sturing en verantwoording te ontwikkelen, laat staan dat de '
     'positie van de burger hierin wordt meegenomen.', '7.5'),
    ('Te vaak nemen deelnemers nog genoegen met een financieel gedreven -outputgerichte '
     'monitoring en verantwoording op overeengekomen taken, bestede uren en middelen.', '7.5'),
    ('Het spreekt voor zich dat de verdere ontwikkeling eveneens afhankelijk is van het '
     'verbeteren van de data- en informatievoorziening tussen omgevingsdiensten, '
     'deelnemers en ketenpartners.', '7.5'),
    ('De huidige beschikbare kwantitatieve informatie bij een omgevingsdienst i.c.m. '
     'landelijk informatie en informatie uit andere ‘externe’ bronnen zoals GGD en RIVM '
     'i.c.m. de geleverde inspanningen en een narratief is op zich al een eerste vorm van '
     'outcome-sturing, waarop voortgebouwd kan worden.', '7.5'),
    ('Data uit eigen bronnen en externe bronnen kunnen worden gecombineerd om '
     'maatschappelijke effecten zichtbaar te maken.', '7.5'),
    ('Leg bijvoorbeeld betekenisvolle verbanden tussen beschikbare data die ketenpartners '
     'hebben (Veiligheidsregio’s en GGD).', '7.5'),
    ('We zien desalniettemin de eerste initiatieven om hieraan gestalte te geven op lokaal'
     ' of regionaal niveau.', '7.5'),
    ('Een goed voorbeeld is energietransitie.', '7.5'),
    ('Veel omgevingsdiensten onderzoeken momenteel de overgang naar een outcomesturing, '
     'waarbij de focus verlegd wordt naar maatschappelijke effecten zoals gezondheidswinst'
     ' en veiligheidswinst en de verbinding met de ambities van deelnemers, beleidsdoelen '
     'en uitvoering scherper en strakker gemaakt wordt.', '7.5'),
    ('Er lopen enkele landelijke en regionale initiatieven en projecten, inclusief vormen '
     'van storytelling.', '7.5'),
    ('beginperiode kozen om hun PIOFACH-taken of specifieke onderdelen (Personeel, '
     'Informatievoorziening, Organisatie, Financiën, Algemene zaken, Communicatie en '
     'Huisvesting), te laten uitvoeren door één grote gemeente binnen het taakgebied (o.a.', '7.6'),
    ('Apeldoorn, Nijmegen, Tilburg, Terneuzen, Utrecht).', '7.6'),
    ('Daarvoor werd een contract gesloten tussen de gemeente en een omgevingsdienst.', '7.6'),
    ('In een aantal gevallen werkt deze relatie naar tevredenheid in de meeste gevallen '
     'echter niet, omdat men ervaart dat gemeentelijke taken voorgaan boven taken van de '
     'omgevingsdienst of de serviceverlening vanuit de gemeente te wensen overlaat.', '7.6'),
    ('De vraag is in hoeverre een omgevingsdienst nog geholpen wordt met deze uitbesteding'
     ' in de doorontwikkeling van de PIOFACH-taken.', '7.6'),
    ('Een robuuste omgevingsdienst zou ook eigenstandig invloed en controle moeten kunnen '
     'uitoefenen op deze beleidsterreinen.', '7.6'),
]
