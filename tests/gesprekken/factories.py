"""Build gesprekken, notes and visitatie states for the gesprekken tests."""
from datetime import date, datetime, time, timezone

from visitatie.gesprekken.models import Gesprek, GesprekDeelnemer, GesprekNotitie

STATE_COLUMNS = {
    "wederhoor": {"wederhoor_deadline": date(2026, 4, 1)},
    "vastgesteld": {"wederhoor_deadline": date(2026, 4, 1),
                    "vastgesteld_at": datetime(2026, 4, 20, tzinfo=timezone.utc)},
    "gepubliceerd": {"wederhoor_deadline": date(2026, 4, 1),
                     "vastgesteld_at": datetime(2026, 4, 20, tzinfo=timezone.utc),
                     "db_behandeld_op": date(2026, 5, 1), "ab_behandeld_op": date(2026, 5, 8),
                     "gepubliceerd_at": datetime(2026, 5, 10, tzinfo=timezone.utc)},
}


def set_state(session, visitatie, state: str) -> None:
    """Put the visitatie in `state` with the columns its CHECK constraints demand."""
    visitatie.state = state
    for column, value in STATE_COLUMNS.get(state, {}).items():
        setattr(visitatie, column, value)
    session.commit()


def make_gesprek(session, visitatie, *, dag=1, start=time(9, 0), eind=time(10, 0),
                 categorie="intake", niveau="directie", onderwerp=None, locatie="Zaal 1",
                 deelnemers=(("Mevrouw A. Test", "directeur", "Testdienst"),),
                 gehouden=False) -> Gesprek:
    gesprek = Gesprek(visitatie_id=visitatie.id, dag=dag, start_tijd=start, eind_tijd=eind,
                      categorie=categorie, niveau=niveau, onderwerp=onderwerp, locatie=locatie,
                      is_gehouden=gehouden)
    gesprek.deelnemers = [GesprekDeelnemer(naam=n, functie=f, organisatie=o)
                          for n, f, o in deelnemers]
    session.add(gesprek)
    session.commit()
    return gesprek


def make_notitie(session, gesprek, auteur, tekst="Vertrouwelijke aantekening") -> GesprekNotitie:
    notitie = GesprekNotitie(gesprek_id=gesprek.id, auteur_id=auteur.id, tekst=tekst)
    session.add(notitie)
    session.commit()
    return notitie


def gesprek_form(**overrides) -> dict:
    """Return valid form data for a gesprek, with `overrides` applied."""
    data = {"dag": "1", "start_tijd": "09:30", "eind_tijd": "10:45", "categorie": "bestuur",
            "niveau": "bestuurlijk", "onderwerp": "Opdrachtgeverschap", "locatie": "Raadzaal",
            "deelnemers": "Mevrouw J. de Vries; voorzitter AB; gemeente Ergens\n"
                          "De heer P. Bakker; lid DB"}
    data.update(overrides)
    return data
