"""Invented wederhoor corrections for the demo data set (clearly demo, realistic Dutch)."""
from datetime import date

from sqlalchemy import func, select

from visitatie.wederhoor import operations as ops
from visitatie.wederhoor.models import WederhoorCorrectie
from visitatie.wederhoor.queries import wederhoor_versie
from workflows.visitatie import VisitatieState as S
from visitatie.core.dates import local_today

# (correction text, decision, reason when niet overgenomen)
DEMO_CORRECTIES = [
    ("In deze paragraaf staat dat de dienst 310 fte telt. Per 1 januari telde de "
     "dienst 334 fte; de 24 fte van de nieuwe taak bodem zijn toen overgekomen.",
     "overgenomen", None),
    ("Het uitvoeringsprogramma is niet in maart maar in januari door het algemeen "
     "bestuur vastgesteld (zie de besluitenlijst van de AB-vergadering van 25 januari).",
     "overgenomen", None),
    ("De zin 'ketenpartners worden niet structureel betrokken' doet geen recht aan "
     "het driemaandelijkse ketenoverleg met politie en OM.",
     "niet_overgenomen",
     "De commissie handhaaft de passage: het ketenoverleg bestaat, maar in de "
     "gesprekken gaven de ketenpartners aan dat afspraken daaruit niet worden vastgelegd."),
]


def add_demo_wederhoor(session, visitatie, directeur, secretaris, submitted: bool) -> None:
    """Add two or three demo corrections; when `submitted`, submit and decide them."""
    versie = wederhoor_versie(session, visitatie)
    if versie is None or not versie.secties or visitatie.state != S.WEDERHOOR:
        return  # nothing to react to yet
    if _has_corrections(session, visitatie):
        return
    today = min(local_today(), visitatie.wederhoor_deadline)  # the term counts from here
    secties = _spread(versie.secties)
    corrections = [ops.add_correctie(session, directeur, visitatie, sectie, tekst, today)
                   for sectie, (tekst, _besluit, _reden) in zip(secties, DEMO_CORRECTIES)]
    if not submitted:
        return
    ops.submit_wederhoor(session, directeur, visitatie, today)
    for correctie, (_tekst, besluit, reden) in zip(corrections, DEMO_CORRECTIES):
        ops.decide_correctie(session, secretaris, visitatie, correctie, besluit, reden,
                             ops.decision_stamp(correctie), today)


def _has_corrections(session, visitatie) -> bool:
    return session.scalar(select(func.count(WederhoorCorrectie.id)).where(
        WederhoorCorrectie.visitatie_id == visitatie.id)) > 0


def _spread(secties: list) -> list:
    """Return up to three sections spread over the report (not only the first ones)."""
    if len(secties) <= 3:
        return list(secties)
    middle = len(secties) // 2
    return [secties[1], secties[middle], secties[-1]]
