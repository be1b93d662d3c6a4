"""An invented two-day interview programme for demo visitaties."""
from datetime import time

from visitatie.gesprekken import operations as ops

# (dag, start, eind, categorie, niveau, onderwerp, locatie, deelnemer-functies)
PROGRAMMA = (
    (1, (8, 30), (9, 15), "intake", "directie", "Kennismaking en doornemen van het programma",
     "Directiekamer", (("directeur", None), ("contactpersoon visitatie", None))),
    (1, (9, 30), (10, 30), "directie", "directie", "Koers, sturing en robuustheid",
     "Directiekamer", (("directeur", None), ("adjunct-directeur", None))),
    (1, (10, 45), (11, 45), "mt", "management", None, "Vergaderzaal De Uiterwaard",
     (("manager Toezicht en Handhaving", None), ("manager Vergunningverlening", None),
      ("manager Bedrijfsvoering", None))),
    (1, (12, 30), (13, 15), "or", "uitvoerend", "Werkdruk en opleiding",
     "Vergaderzaal De Uiterwaard", (("voorzitter ondernemingsraad", None),
                                    ("lid ondernemingsraad", None))),
    (1, (13, 30), (14, 45), "medewerkers", "uitvoerend", "Toezicht, handhaving en vergunningen",
     "Vergaderzaal De Kwelder", (("toezichthouder milieu", None), ("vergunningverlener", None),
                                 ("jurist handhaving", None), ("BOA", None))),
    (1, (15, 0), (16, 0), "complexe_casus", "uitvoerend",
     "Zaakdossier: asbestsanering na brand bij een recyclingbedrijf (verzonnen)",
     "Vergaderzaal De Kwelder", (("casusregisseur", None), ("toezichthouder asbest", None))),
    (2, (9, 0), (10, 0), "bestuur", "bestuurlijk", "Opdrachtgeverschap en financiering",
     "Raadzaal gemeentehuis", (("voorzitter algemeen bestuur", "gemeente Demodorp"),
                               ("lid dagelijks bestuur", "provincie Demoland"))),
    (2, (10, 15), (11, 15), "ambtelijk_opdrachtgevers", "management", None,
     "Vergaderzaal De Uiterwaard", (("accounthouder VTH", "gemeente Demodorp"),
                                    ("beleidsadviseur omgevingsrecht", "gemeente Proefstad"))),
    (2, (11, 30), (12, 30), "ketenpartners", "management", "Samenwerking in de handhavingsketen",
     "Vergaderzaal De Uiterwaard", (("officier van justitie", "Openbaar Ministerie"),
                                    ("adviseur risicobeheersing", "Veiligheidsregio Demoland"))),
    (2, (15, 30), (16, 30), "afsluitende_sessie", "directie", "Terugkoppeling eerste indrukken",
     "Directiekamer", (("directeur", None), ("adjunct-directeur", None),
                       ("contactpersoon visitatie", None))),
)

NAMEN = (
    "mevrouw J. de Vries", "de heer P. Bakker", "mevrouw A. Jansen", "de heer K. Visser",
    "mevrouw S. Smit", "de heer M. Mulder", "mevrouw E. de Boer", "de heer R. Bos",
    "mevrouw L. Vos", "de heer T. Peters", "mevrouw H. Hendriks", "de heer D. van Dijk",
    "mevrouw I. Dekker", "de heer W. Brouwer", "mevrouw N. de Wit", "de heer G. Dijkstra",
)

NOTITIES = {
    "intake": "Directie noemt de krappe arbeidsmarkt als grootste risico; vraag in het "
              "MT-gesprek door op de opleidingsplannen. (demonotitie)",
    "medewerkers": "Medewerkers zijn trots op de samenwerking in het team, maar ervaren weinig "
                   "tijd voor kennisdeling. Voorbeeld genoemd: het asbestdossier. (demonotitie)",
    "afsluitende_sessie": "Eerste indrukken gedeeld; de directie herkent het beeld over de "
                          "informatievoorziening. (demonotitie)",
}


def add_demo_gesprekken(session, visitatie, author, rng, held: bool) -> list:
    """Plan an invented two-day programme; when `held`, mark it held and add notes."""
    names = iter(rng.sample(NAMEN, len(NAMEN)) * 3)
    gesprekken = [_plan(session, visitatie, author, row, names) for row in PROGRAMMA]
    if held:
        for gesprek in gesprekken:
            ops.mark_gesprek_gehouden(session, author, gesprek, True)
        for categorie in rng.sample(sorted(NOTITIES), rng.randint(1, 2)):
            gesprek = next(g for g in gesprekken if g.categorie == categorie)
            ops.add_notitie(session, author, gesprek, NOTITIES[categorie])
    return gesprekken


def _plan(session, visitatie, author, row, names):
    dag, start, eind, categorie, niveau, onderwerp, locatie, functies = row
    organisatie_eigen = visitatie.dienst.naam if visitatie.dienst else None
    deelnemers = [(f"{next(names)} (demo)", functie, organisatie or organisatie_eigen)
                  for functie, organisatie in functies]
    return ops.create_gesprek(session, author, visitatie, deelnemers=deelnemers, dag=dag,
                              start_tijd=time(*start), eind_tijd=time(*eind),
                              categorie=categorie, niveau=niveau, onderwerp=onderwerp,
                              locatie=locatie)
