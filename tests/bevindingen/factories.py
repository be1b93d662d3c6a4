"""Test data for bevindingen: a small codebook, bevindingen, and a visitatie's state."""
from datetime import date

from visitatie.bevindingen.models import Bevinding, BevindingThema
from visitatie.db import utcnow
from visitatie.themas.models import Codeboek, Thema
from workflows.visitatie import ORDER, VisitatieState as S

# (code, naam, children): two main themes with subthemes, one without.
TREE = [
    ("2", "Bestuurlijk-ambtelijk samenspel", []),
    ("4", "Ketensamenwerking", [("4.1", "Strafrechtketen"), ("4.6", "Veiligheidsregio's")]),
    ("7", "Sturing en informatie", [("7.5", "Outcome-indicatoren")]),
]


def make_codeboek(session, ronde, versie: int = 1, prefix: str = "") -> dict[str, Thema]:
    """Add a codebook for `ronde`; return its themes by code."""
    codeboek = Codeboek(ronde_id=ronde.id, versie=versie)
    session.add(codeboek)
    session.flush()
    themas = {}
    for volgorde, (code, naam, children) in enumerate(TREE, 1):
        parent = _thema(session, codeboek, None, code, prefix + naam, volgorde)
        themas[code] = parent
        for sub_volgorde, (sub_code, sub_naam) in enumerate(children, 1):
            themas[sub_code] = _thema(session, codeboek, parent, sub_code, prefix + sub_naam,
                                      sub_volgorde)
    session.flush()
    return themas


def _thema(session, codeboek, parent, code, naam, volgorde) -> Thema:
    thema = Thema(codeboek_id=codeboek.id, parent=parent, code=code, naam=naam,
                  volgorde=volgorde)
    session.add(thema)
    return thema


def make_bevinding(session, visitatie, type: str, tekst: str, themas: list[Thema],
                   author=None, nummer: int | None = None,
                   rapport_sectie: str | None = None) -> Bevinding:
    """Add a bevinding directly (no numbering logic: pass `nummer` for an aanbeveling)."""
    bevinding = Bevinding(visitatie_id=visitatie.id, type=type, tekst=tekst, nummer=nummer,
                          rapport_sectie=rapport_sectie or themas[0].naam,
                          created_by_id=author.id if author else None)
    bevinding.themas = [BevindingThema(thema_id=t.id) for t in themas]
    session.add(bevinding)
    session.flush()
    return bevinding


def set_state(session, visitatie, state: str, wederhoor_versie: int | None = None) -> None:
    """Put the visitatie in `state` with the columns its CHECK constraints demand; commit."""
    index = ORDER.index(S(state))
    visitatie.state = state
    visitatie.wederhoor_deadline = date(2026, 6, 1) if index >= ORDER.index(S.WEDERHOOR) else None
    visitatie.wederhoor_versie_nummer = wederhoor_versie
    visitatie.vastgesteld_at = utcnow() if index >= ORDER.index(S.VASTGESTELD) else None
    published = state == S.GEPUBLICEERD
    visitatie.gepubliceerd_at = utcnow() if published else None
    visitatie.db_behandeld_op = visitatie.ab_behandeld_op = date(2026, 7, 1) if published else None
    session.commit()
