"""Fixed data for the PDFs: a report with sections and numbered aanbevelingen, and a plan."""
from datetime import date, datetime, timezone

from tests.bevindingen.factories import set_state
from visitatie.bevindingen.models import Bevinding
from visitatie.rapporten.models import RapportSectie, RapportVersie
from visitatie.verbeterplannen.models import (
    AanbevelingReactie, Actie, Verbeterplan, Voortgangsrapportage, VoortgangRegel,
)

APPROVED_AT = datetime(2026, 4, 2, 10, 0, tzinfo=timezone.utc)
SECTIONS = (
    ("inleiding", "Inleiding", "De visitatiecommissie bezocht de dienst op twee dagen.\n\n"
                               "Dit rapport beschrijft wat zij zag en hoorde."),
    ("thema-2", "Bestuurlijk-ambtelijk samenspel",
     "Sterke punten\n- Trotse medewerkers.\n- Korte lijnen met de gemeenten."),
    ("thema-4", "Ketensamenwerking", "De samenwerking met het OM verloopt moeizaam."),
    ("conclusie", "Conclusie", "Alles overziend is de dienst op koers."),
)
AANBEVELINGEN = (
    "Maak spelregels voor het samenspel tussen bestuur en directie.",
    "Maak afspraken met het OM over terugkoppeling.",
    "Meet de effecten van toezicht met outcome-indicatoren.",
)
EVIL = ('<img src="file:///etc/passwd"> <link rel="stylesheet" href="http://example.com/x.css">'
        ' <div style="background: url(file:///etc/passwd)">x</div>'
        ' <style>@import "http://example.com/y.css"; body { background: url(file:///etc/passwd) }'
        '</style>')


def add_aanbevelingen(session, visitatie, teksten=AANBEVELINGEN) -> list[Bevinding]:
    """Add aanbevelingen numbered 1..n (inserted in reverse, to prove the order is by number)."""
    rows = [Bevinding(visitatie_id=visitatie.id, type="aanbeveling", nummer=n, tekst=tekst,
                      rapport_sectie="Conclusie")
            for n, tekst in reversed(list(enumerate(teksten, 1)))]
    session.add_all(rows)
    session.flush()
    return sorted(rows, key=lambda b: b.nummer)


def make_report(session, visitatie, status: str = "ter_review", nummer: int = 1,
                sections=SECTIONS) -> RapportVersie:
    """Add a report version with `sections` in `status` (no workflow: fixed test data)."""
    approved = status in ("goedgekeurd", "definitief")
    versie = RapportVersie(visitatie_id=visitatie.id, nummer=nummer, status=status,
                           goedgekeurd_at=APPROVED_AT if approved else None)
    versie.secties = [RapportSectie(sleutel=key, titel=titel, volgorde=i, tekst=tekst)
                      for i, (key, titel, tekst) in enumerate(sections, 1)]
    session.add(versie)
    session.flush()
    return versie


def vastgesteld_report(session, visitatie) -> RapportVersie:
    """The visitatie vastgesteld, with aanbevelingen and a definitive version 2."""
    add_aanbevelingen(session, visitatie)
    make_report(session, visitatie, status="goedgekeurd", nummer=1)
    versie = make_report(session, visitatie, status="definitief", nummer=2)
    set_state(session, visitatie, "vastgesteld")
    return versie


def make_plan(session, visitatie, aanbevelingen) -> Verbeterplan:
    """A plan: acties for aanbeveling 1, 'niet overgenomen' for 2, none for 3; progress."""
    plan = Verbeterplan(visitatie_id=visitatie.id, state="in_uitvoering",
                        vastgesteld_op=date(2026, 6, 1), vastgesteld_door="AB",
                        gepubliceerd_at=datetime(2026, 6, 5, tzinfo=timezone.utc),
                        toelichting="Het plan is met het MT opgesteld.")
    first = Actie(titel="Spelregels opstellen", eigenaar_naam="Petra Bakker",
                  eigenaar_functie="directeur", planned_on=date(2026, 9, 1), status="loopt",
                  omschrijving="Samen met het DB.", aanbevelingen=[aanbevelingen[0]])
    second = Actie(titel="Evaluatie spelregels", eigenaar_naam="Kees Visser",
                   planned_on=date(2027, 1, 15), aanbevelingen=[aanbevelingen[0]])
    loose = Actie(titel="Intranet vernieuwen", eigenaar_naam="Team ICT")
    plan.acties = [first, second, loose]
    plan.reacties = [AanbevelingReactie(bevinding_id=aanbevelingen[1].id,
                                        motivering="Het OM is hierover al in gesprek.")]
    session.add(plan)
    session.flush()
    rapportage = Voortgangsrapportage(
        verbeterplan_id=plan.id, periode=1, due_on=date(2026, 12, 1), status="ingediend",
        ingediend_at=datetime(2026, 12, 2, tzinfo=timezone.utc), reflectie="Goed op weg.")
    rapportage.regels = [VoortgangRegel(actie_id=first.id, status="loopt",
                                        toelichting="Eerste concept besproken.")]
    session.add(rapportage)
    session.flush()
    return plan
