"""Reference data from the sources (seeds-digest references in comments).

Names, visit dates, the theme tree and the robustness categories are verbatim from the
Rode draden rapportage (002_24f1ef4be4f565c4.txt). The sources give no provinces; those
below are public knowledge about each dienst's deelnemers (seeds-digest §4.1 asks for it).
"""
from datetime import date

# (slug, naam as in Bijlage 1, korte naam, provincies, first visit day, second visit day)
# 002 Bijlage 1, ~L2356-2410; seeds-digest §4.1.
DIENSTEN_RONDE_1 = [
    ("ofgv", "Omgevingsdienst Flevoland, Gooi & Vechtstreek", "OFGV",
     ["Flevoland", "Noord-Holland"], date(2022, 10, 17), date(2022, 10, 18)),
    ("odv", "Omgevingsdienst De Vallei", "ODV", ["Gelderland", "Utrecht"],
     date(2022, 11, 8), date(2022, 11, 9)),
    ("odbn", "Omgevingsdienst Brabant Noord", "ODBN", ["Noord-Brabant"],
     date(2022, 11, 21), date(2022, 11, 22)),
    ("odh", "Omgevingsdienst Haaglanden", "ODH", ["Zuid-Holland"],
     date(2023, 1, 31), date(2023, 2, 1)),
    ("rud-zl", "Regionale Uitvoeringsdienst Zuid-Limburg", "RUD ZL", ["Limburg"],
     date(2023, 4, 3), date(2023, 4, 4)),
    ("fumo", "FUMO", "FUMO", ["Fryslân"], date(2023, 4, 25), date(2023, 4, 26)),
    ("od-nhn", "Omgevingsdienst Noord-Holland Noord", "OD NHN", ["Noord-Holland"],
     date(2023, 5, 16), date(2023, 5, 17)),
    ("odmh", "Omgevingsdienst Midden-Holland", "ODMH", ["Zuid-Holland"],
     date(2023, 6, 6), date(2023, 6, 7)),
    ("od-ijmond", "Omgevingsdienst IJmond", "OD IJmond", ["Noord-Holland"],
     date(2023, 6, 27), date(2023, 6, 28)),
    ("rud-drenthe", "Regionale Uitvoeringsdienst Drenthe", "RUD Drenthe", ["Drenthe"],
     date(2023, 8, 29), date(2023, 8, 30)),
    ("rud-utrecht", "Regionale Uitvoeringsdienst Utrecht", "RUD Utrecht", ["Utrecht"],
     date(2023, 9, 19), date(2023, 9, 20)),
    ("omwb", "Omgevingsdienst Midden- en West-Brabant", "OMWB", ["Noord-Brabant"],
     date(2023, 10, 10), date(2023, 10, 11)),
    ("ozhz", "Omgevingsdienst Zuid-Holland Zuid", "OZHZ", ["Zuid-Holland"],
     date(2023, 10, 31), date(2023, 11, 1)),
    ("odwh", "Omgevingsdienst West-Holland", "ODWH", ["Zuid-Holland"],
     date(2023, 11, 22), date(2023, 11, 23)),
    ("rud-ln", "Regionale Uitvoeringsdienst Limburg Noord", "RUD LN", ["Limburg"],
     date(2023, 12, 12), date(2023, 12, 13)),
    ("rud-zeeland", "Regionale Uitvoeringsdienst Zeeland", "RUD Zeeland", ["Zeeland"],
     date(2024, 1, 23), date(2024, 1, 24)),
    ("odt", "Omgevingsdienst Twente", "ODT", ["Overijssel"],
     date(2024, 3, 5), date(2024, 3, 6)),
    ("odru", "Omgevingsdienst Regio Utrecht", "ODRU", ["Utrecht"],
     date(2024, 3, 26), date(2024, 3, 27)),
    ("odrn", "Omgevingsdienst Regio Nijmegen", "ODRN", ["Gelderland"],
     date(2024, 4, 24), date(2024, 4, 25)),
    ("odra", "Omgevingsdienst Regio Arnhem", "ODRA", ["Gelderland"],
     date(2024, 5, 14), date(2024, 5, 15)),
    # Listed after 14-15 May; "4 en 5 mei" may be a typo in the source (seeds-digest §4.1).
    ("dcmr", "DCMR Milieudienst Rijnmond", "DCMR", ["Zuid-Holland"],
     date(2024, 5, 4), date(2024, 5, 5)),
    ("odnzkg", "Omgevingsdienst Noordzeekanaalgebied", "ODNZKG", ["Noord-Holland"],
     date(2024, 9, 3), date(2024, 9, 4)),
    ("odzob", "Omgevingsdienst Zuidoost-Brabant", "ODZOB", ["Noord-Brabant"],
     date(2024, 9, 24), date(2024, 9, 25)),
    ("odr", "Omgevingsdienst Rivierenland", "ODR", ["Gelderland"],
     date(2024, 10, 16), date(2024, 10, 17)),
    ("oda", "Omgevingsdienst Achterhoek", "ODA", ["Gelderland"],
     date(2024, 10, 30), date(2024, 10, 31)),
    ("odijs", "Omgevingsdienst IJsselland", "ODIJ", ["Overijssel"],
     date(2024, 11, 12), date(2024, 11, 13)),
    ("ovij", "Omgevingsdienst Veluwe", "OVIJ", ["Gelderland"],
     date(2024, 12, 3), date(2024, 12, 4)),
    ("odg", "Omgevingsdienst Groningen", "ODG", ["Groningen"],
     date(2024, 12, 17), date(2024, 12, 18)),
]

# ODRU and RUD Utrecht merge into ODU on 1 January 2026 (docs/product.md; public facts §1.7).
MERGERS = [
    {"slug": "odu", "naam": "Omgevingsdienst Utrecht", "korte_naam": "ODU",
     "provincies": ["Utrecht"], "geldig_van": date(2026, 1, 1),
     "voorgangers": ["odru", "rud-utrecht"]},
]

RONDES = [
    {"nummer": 1, "naam": "Ronde 1 (2022–2024)", "start_datum": date(2022, 10, 1),
     "eind_datum": date(2024, 12, 31)},
    {"nummer": 2, "naam": "Ronde 2 (vanaf 2025)", "start_datum": date(2025, 1, 1),
     "eind_datum": None},
]

# (code, naam, omschrijving, verplicht in ronde 1, verplicht in ronde 2)
# docs/product.md "Kernstuk"; 000 ~L3132-3134; robustness self-evaluations arrived during
# ronde 1 (seeds-digest §1.8), so they are required from ronde 2 on.
KERNSTUK_TYPES = [
    ("zelfevaluatie", "Zelfevaluatie langs het visitatiekader",
     "De beschrijving van de organisatie en de relatie met bestuur en partners, langs de "
     "thema's van het visitatiekader.", True, True),
    ("gemeenschappelijke_regeling", "Gemeenschappelijke regeling",
     "De geldende tekst van de gemeenschappelijke regeling.", True, True),
    ("jaarverslagen", "Jaarverslagen", "De jaarverslagen van de laatste twee jaar.", True, True),
    ("vth_beleidskader", "VTH-beleidskader",
     "Het regionale beleidskader voor vergunningverlening, toezicht en handhaving.", True, True),
    ("uitvoeringsprogramma", "Uitvoeringsprogramma", "Het lopende uitvoeringsprogramma.",
     True, True),
    ("regionale_risicoanalyse", "Regionale risicoanalyse",
     "De risicoanalyse waarop de prioritering van de taken rust.", True, True),
    ("robuustheid_zelfevaluatie", "Zelfevaluatie robuustheidscriteria",
     "De zelfevaluatie tegen de robuustheidscriteria en de beoordeling door IenW.",
     False, True),
    ("organogram", "Organogram", "De organisatiestructuur van de dienst.", True, True),
    ("begroting", "Begroting en meerjarenraming", "De lopende begroting.", False, False),
    ("verbeterplan_vorige_ronde", "Verbeterplan van de vorige visitatie",
     "Het verbeterplan en de laatste voortgangsrapportage daarover.", False, True),
]

# 002 ~L1926-1936 (TwynstraGudde, Omgevingsdiensten in beeld 2024); seeds-digest §3.11.
ROBUUSTHEID_CATEGORIEEN = [
    ("robuust", "Robuust bevonden", 1),
    ("hard_op_weg", "Hard op weg om per 1 april 2026 robuust te worden", 2),
    ("twijfel", "Getwijfeld of de dienst die datum haalt", 3),
    ("niet_aannemelijk", "Niet aannemelijk dat de dienst op die datum voldoet", 4),
]

# (slug, categorie, peildatum, bron): only the judgements the sources name per dienst.
ROBUUSTHEIDS_OORDELEN = [
    ("odnzkg", "robuust", date(2024, 10, 1), "Kamerbrief najaar 2024 (003 ~L62-94)"),
    ("odbn", "robuust", date(2024, 10, 1), "Kamerbrief najaar 2024 (003 ~L62-94)"),
    ("odnzkg", "robuust", date(2025, 9, 1), "Staat van het VTH-stelsel 2025 (000 ~L2213-2223)"),
    ("odbn", "robuust", date(2025, 9, 1), "Staat van het VTH-stelsel 2025 (000 ~L2213-2223)"),
    ("odzob", "robuust", date(2025, 9, 1), "Staat van het VTH-stelsel 2025 (000 ~L2213-2223)"),
    ("odra", "robuust", date(2025, 9, 1), "Staat van het VTH-stelsel 2025 (000 ~L2213-2223)"),
]

# The kader's theme titles are in none of the sources (seeds-digest §3.1): placeholders.
KADER_THEMAS = [(code, f"Thema {code} van het visitatiekader") for code in "ABCDEF"]

# The Rode draden chapter tree (002 ~L329-2350; seeds-digest §3.2): (code, naam, children).
THEMA_BOOM = [
    ("1", "Inleiding: samenwerking en afstemming", [
        ("1.1", "Samenwerking met collega-omgevingsdiensten"),
        ("1.2", "Landelijke afstemming"),
    ]),
    ("2", "Bestuurlijk-ambtelijk samenspel", []),
    ("3", "De toekomst in het vizier", [
        ("3.1", "Regionale risicoanalyse"),
        ("3.2", "Big 8"),
        ("3.3", "Knelpunten wet- en regelgeving"),
    ]),
    ("4", "Ketensamenwerking", [
        ("4.1", "Samenwerking met partners in de strafrechtketen"),
        ("4.2", "Ketentoezicht"),
        ("4.3", "GGD"),
        ("4.4", "Arbeidsinspectie"),
        ("4.5", "Waterschappen"),
        ("4.6", "Veiligheidsregio's"),
        ("4.7", "Informatie-uitwisseling met ketenpartners"),
    ]),
    ("5", "Uitvoering (basis)taken en mandaat", [
        ("5.1", "Basistakenpakket"),
        ("5.2", "Mandaat"),
        ("5.3", "LHSO"),
        ("5.4", "Seveso"),
        ("5.5", "Breedte takenpakket"),
        ("5.6", "Complexe cases"),
    ]),
    ("6", "Professionaliteit", [
        ("6.1", "De kwaliteitscriteria als basis"),
        ("6.2", "Borgen van capaciteit en continuïteit"),
        ("6.3", "Werken aan professionele werkcultuur"),
    ]),
    ("7", "Organisatieontwikkeling – bedrijfsvoering", [
        ("7.1", "Robuustheid"),
        ("7.2", "Financiering"),
        ("7.3", "Innovatie"),
        ("7.4", "Informatie gestuurd werken"),
        ("7.5", "Outcome-sturing"),
        ("7.6", "Uitbesteding van PIOFACH-taken"),
    ]),
]
