"""A demo verbeterplan: invented acties per aanbeveling, walked through the real operations."""
import io
from datetime import date, timedelta

from visitatie.kernstukken.demo import minimal_pdf
from visitatie.verbeterplannen import actie_operations as actie_ops
from visitatie.verbeterplannen import operations as ops
from visitatie.verbeterplannen import queries
from workflows.verbeterplan import PlanState as P
from visitatie.core.dates import local_today

# (titel, omschrijving, eigenaar, functie, middelen, indicator): invented, realistic.
DEMO_ACTIES = [
    ("Meerjarig opleidingsplan toezicht en handhaving",
     "Een opleidingsplan opstellen en uitvoeren zodat alle toezichthouders aan de "
     "kwaliteitscriteria voldoen.", "Marieke de Boer", "Teamleider Toezicht Milieu",
     "€ 25.000 opleidingsbudget per jaar; 40 uur coördinatie",
     "Eind volgend jaar voldoet 95% van de toezichthouders aan de kwaliteitscriteria."),
    ("Toezichtprogramma afleiden uit de regionale risicoanalyse",
     "De regionale risicoanalyse vertalen naar een jaarlijks toezichtprogramma met "
     "prioriteiten per branche.", "Ahmed El Amrani", "Senior beleidsmedewerker VTH",
     "0,5 fte beleidsmedewerker", "Het uitvoeringsprogramma verwijst per taak naar de "
     "risicoanalyse."),
    ("Kwartaaloverleg met de ambtelijk opdrachtgevers",
     "Elk kwartaal bespreken we met de ambtelijk opdrachtgevers de voortgang, knelpunten "
     "en bijsturing van het uitvoeringsprogramma.", "Jeroen Visser", "Manager Bedrijfsvoering",
     "Secretariële ondersteuning, 8 uur per kwartaal",
     "Vier overleggen per jaar met vastgelegde afspraken."),
    ("Ketenafspraken met politie en OM vastleggen",
     "Afspraken uit het driemaandelijkse ketenoverleg schriftelijk vastleggen en opvolgen.",
     "Sanne Jacobs", "Coördinator Handhaving", "Binnen de bestaande formatie",
     "Een afsprakenlijst per overleg; actiepunten binnen drie maanden opgevolgd."),
    ("Sturingsinformatie in één maanddashboard",
     "Een maandelijks dashboard met productie, doorlooptijden en handhavingsresultaten voor "
     "het MT en de opdrachtgevers.", "Pieter Bakker", "Informatiemanager",
     "€ 40.000 eenmalig; 0,2 fte data-analist",
     "Het dashboard wordt elke maand gebruikt in het MT- en het opdrachtgeversoverleg."),
    ("Specialisten delen met de buurdiensten",
     "Afspraken met de omliggende diensten over het uitwisselen van specialisten bodem en "
     "externe veiligheid.", "Linda Hoekstra", "Afdelingshoofd Vergunningverlening",
     "Samenwerkingsovereenkomst; geen extra budget",
     "Voor elke kritieke taak zijn ten minste drie gekwalificeerde medewerkers beschikbaar."),
    ("Tevredenheid van bedrijven en gemeenten meten",
     "Na elke vergunning en elk handhavingstraject een korte enquête; de uitkomsten komen "
     "twee keer per jaar in het MT.", "Fatima Ouali", "Adviseur Kwaliteit",
     "€ 8.000 per jaar voor het enquêtesysteem", "Een respons van ten minste 30%; "
     "verbeterpunten staan in het jaarverslag."),
    ("Strategische personeelsplanning",
     "In beeld brengen welke kennis de komende vijf jaar uitstroomt en hoe we die opvangen.",
     "Hans Mulder", "HR-adviseur", "0,3 fte HR-adviseur gedurende een jaar",
     "Een vastgestelde personeelsplanning met maatregelen per kwetsbare functie."),
    ("Evaluatie van de handhavingsstrategie",
     "De handhavingsstrategie evalueren met de deelnemers en zo nodig bijstellen.",
     "Ellen Vermeulen", "Beleidsadviseur Handhaving", "Extern procesbegeleider, € 12.000",
     "Een geëvalueerde en door het AB vastgestelde handhavingsstrategie."),
]
NIET_OVERGENOMEN = (
    "De dienst neemt deze aanbeveling niet over. Het algemeen bestuur heeft vorig jaar bewust "
    "gekozen voor de huidige werkwijze; een nieuwe afweging volgt bij de herziening van de "
    "gemeenschappelijke regeling. Tot dan houden we de werking bij in de jaarrapportage.")
TERUG = "Graag bij aanbeveling 1 concreter maken wanneer de acties klaar zijn en wie eigenaar is."
STOP_REDEN = ("Gestopt: de taak gaat per 1 januari over naar de provincie; de dienst voert "
              "deze actie daarom niet meer uit. De provincie is geïnformeerd.")
WALK = (P.INGEDIEND, P.GEACCEPTEERD, P.VASTGESTELD, P.GEPUBLICEERD, P.IN_UITVOERING,
        P.AFGEROND)


def add_demo_plan(session, visitatie, directeur, beheerder, target_state, rng):
    """Draw up a demo verbeterplan with acties and walk it to `target_state`."""
    target = P(target_state)
    plan = ops.ensure_plan(session, directeur, visitatie)
    if plan.state != P.CONCEPT or queries.acties_of(session, plan):
        return plan  # already made earlier
    aanbevelingen = queries.aanbevelingen_of(session, visitatie.id)
    start = _start_day(visitatie)
    _fill(session, directeur, plan, aanbevelingen, start, rng)
    if target == P.CONCEPT or not aanbevelingen:
        return plan  # without aanbevelingen there is nothing to carry out
    ops.fire_plan_transition(session, directeur, plan, "indienen")
    if target == P.TERUGGESTUURD or (target != P.INGEDIEND and rng.random() < 0.5):
        ops.fire_plan_transition(session, beheerder, plan, "terugsturen", TERUG)
        if target == P.TERUGGESTUURD:
            return plan
        ops.fire_plan_transition(session, directeur, plan, "indienen",
                                 "Planning en eigenaren aangevuld.")
    for state in WALK[1:WALK.index(target) + 1] if target in WALK else ():
        _step(session, plan, state, directeur, beheerder, start, rng)
    return plan


def _step(session, plan, state, directeur, beheerder, start, rng) -> None:
    if state == P.GEACCEPTEERD:
        ops.fire_plan_transition(session, beheerder, plan, "accepteren",
                                 "Alle aanbevelingen zijn gedekt; dank voor het heldere plan.")
    elif state == P.VASTGESTELD:
        _adopt(session, plan, directeur, start, rng)
    elif state == P.GEPUBLICEERD:
        ops.fire_plan_transition(session, beheerder, plan, "publiceren")
    elif state == P.IN_UITVOERING:
        ops.fire_plan_transition(session, directeur, plan, "uitvoering_starten")
        _progress(session, plan, directeur)
    elif state == P.AFGEROND:
        _close_all(session, plan, directeur)
        ops.fire_plan_transition(session, directeur, plan, "afronden",
                                 "Alle acties zijn gerealiseerd of met reden gestopt.")


def _start_day(visitatie) -> date:
    if visitatie.vastgesteld_at is not None:
        return ops.local_date(visitatie.vastgesteld_at)
    return local_today() - timedelta(days=120)


def _fill(session, directeur, plan, aanbevelingen, start: date, rng) -> None:
    declined = rng.choice(aanbevelingen) if len(aanbevelingen) >= 2 else None
    bank = list(DEMO_ACTIES)
    rng.shuffle(bank)
    for index, aanbeveling in enumerate(aanbevelingen):
        if aanbeveling is declined:
            actie_ops.record_niet_overgenomen(session, directeur, plan, aanbeveling,
                                              NIET_OVERGENOMEN)
            continue
        for _n in range(rng.randint(1, 2)):
            titel, omschrijving, naam, functie, middelen, indicator = bank[index % len(bank)]
            bank.append(bank.pop(index % len(bank)))  # the next actie takes another text
            actie_ops.create_actie(
                session, directeur, plan, aanbeveling_ids=[aanbeveling.id], titel=titel,
                omschrijving=omschrijving, eigenaar_naam=naam, eigenaar_functie=functie,
                middelen=middelen, indicator=indicator,
                planned_on=start + timedelta(days=30 * rng.randint(4, 20)))


def _adopt(session, plan, directeur, start: date, rng) -> None:
    door = rng.choice(("DB", "AB"))
    day = min(local_today(), start + timedelta(days=rng.randint(60, 110)))
    pdf = minimal_pdf([
        f"Besluit {door}: vaststelling verbeterplan",
        f"{plan.visitatie.dienst.naam} - {plan.visitatie.ronde.naam}",
        f"Vastgesteld op {day.isoformat()}.",
        "Demodocument: de inhoud is verzonnen voor de demo-omgeving.",
    ])
    ops.adopt_plan(session, directeur, plan, vastgesteld_op=day, door=door,
                   stream=io.BytesIO(pdf), filename=f"besluit-verbeterplan-{_slug(plan)}.pdf",
                   remark="Vastgesteld in de bestuursvergadering.")


def _progress(session, plan, directeur) -> None:
    acties = queries.acties_of(session, plan)
    if not acties:
        return
    moves = [("loopt", "Gestart volgens planning."),
             ("vertraagd", "Vertraagd door personeelsverloop; nieuwe planning volgt."),
             ("gerealiseerd", "Afgerond; het resultaat is besproken in het MT.")]
    later = [None, moves[0]] * len(acties)  # after the first three: some not started yet
    for actie, move in zip(acties[1:], moves + later):
        if move is not None:
            actie_ops.change_actie_status(session, directeur, plan, actie, *move, None)
    actie_ops.change_actie_status(session, directeur, plan, acties[0], "gestopt", STOP_REDEN,
                                  None)


def _close_all(session, plan, directeur) -> None:
    for actie in queries.acties_of(session, plan):
        if actie.status not in ("gerealiseerd", "gestopt"):
            actie_ops.change_actie_status(session, directeur, plan, actie, "gerealiseerd",
                                          "Gerealiseerd; zie het bewijsstuk in het dossier.",
                                          None)


def _slug(plan) -> str:
    return plan.visitatie.dienst.slug
