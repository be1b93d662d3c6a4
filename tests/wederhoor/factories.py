"""Build a visitatie in hoor en wederhoor with an approved report version."""
from datetime import date, timedelta

from visitatie.core.dates import add_working_days, local_today
from visitatie.db import utcnow
from visitatie.rapporten.models import RapportSectie, RapportVersie
from visitatie.wederhoor.models import WederhoorCorrectie

SECTIES = [
    ("inleiding", "Inleiding", "De commissie bezocht de dienst op twee dagen.\nZij sprak met "
     "bestuur, directie en medewerkers."),
    ("thema_a", "Thema A: Governance",
     "Het bestuur stuurt op hoofdlijnen.\n<script>alert(1)</script>"),
    ("slot", "Conclusie", "De dienst is een lerende organisatie."),
]


def make_versie(session, visitatie, nummer: int = 1, status: str = "goedgekeurd") -> RapportVersie:
    """An approved version of the visitatie's report with three sections."""
    versie = RapportVersie(visitatie_id=visitatie.id, nummer=nummer, status=status,
                           goedgekeurd_at=utcnow() if status in ("goedgekeurd", "definitief")
                           else None)
    versie.secties = [RapportSectie(sleutel=key, titel=titel, tekst=tekst, volgorde=n)
                      for n, (key, titel, tekst) in enumerate(SECTIES, start=1)]
    session.add(versie)
    session.flush()
    return versie


def open_wederhoor(session, visitatie, deadline: date | None = None,
                   nummer: int = 1) -> RapportVersie:
    """Put the visitatie in wederhoor on an approved version; deadline 10 working days away."""
    versie = make_versie(session, visitatie, nummer)
    visitatie.state = "wederhoor"
    visitatie.wederhoor_deadline = deadline or add_working_days(local_today(), 10)
    visitatie.wederhoor_versie_nummer = nummer
    session.commit()
    return versie


def pass_deadline(session, visitatie) -> None:
    """Let the wederhoor term have ended yesterday."""
    visitatie.wederhoor_deadline = local_today() - timedelta(days=1)
    session.commit()


def make_correctie(session, visitatie, sectie, auteur, tekst: str = "Het zijn 334 fte.",
                   **fields) -> WederhoorCorrectie:
    correctie = WederhoorCorrectie(visitatie_id=visitatie.id, sectie_id=sectie.id,
                                   auteur_id=auteur.id, tekst=tekst, **fields)
    session.add(correctie)
    session.commit()
    return correctie


def submit(session, visitatie) -> None:
    visitatie.wederhoor_ingediend_at = utcnow()
    session.commit()


def set_vastgesteld(session, visitatie) -> None:
    """Put the visitatie in vastgesteld, as if it went through wederhoor."""
    visitatie.state = "vastgesteld"
    visitatie.wederhoor_deadline = visitatie.wederhoor_deadline or local_today()
    visitatie.vastgesteld_at = utcnow()
    session.commit()
