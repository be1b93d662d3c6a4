"""A small coded ronde for the analysis tests, and a direct count to check the matrix by.

Three diensten with findings (two in Utrecht, one in Gelderland), one without; findings
coded on chapters and sub-themes, one on both chapter 4 and its sub-theme 4.1; one uncoded.
A previous ronde with the same codebook codes and a few findings, for the comparison.
"""
from dataclasses import dataclass, field

from sqlalchemy import select

from tests.bevindingen.factories import make_bevinding, make_codeboek
from tests.factories import make_dienst, make_ronde, make_visitatie
from visitatie.bevindingen.models import Bevinding
from visitatie.themas.models import Thema


@dataclass
class Coded:
    ronde: object
    themas: dict
    visitaties: dict           # "utrecht1", "utrecht2", "gelderland", "leeg"
    vorige_ronde: object = None
    vorige_themas: dict = field(default_factory=dict)
    vorige_visitaties: dict = field(default_factory=dict)


def make_coded_ronde(session, world, with_previous: bool = True) -> Coded:
    """Code findings of world.ronde (and of a previous ronde); commit."""
    themas = make_codeboek(session, world.ronde)
    themas["9"] = Thema(codeboek_id=themas["2"].codeboek_id, code="9", naam="Nieuw thema",
                        volgorde=9)  # only in this ronde's codebook: nothing to compare with
    session.add(themas["9"])
    gelderland = make_dienst(session, "Omgevingsdienst Gelre", provincie="Gelderland")
    visitaties = {"utrecht1": world.visitatie, "utrecht2": world.other_visitatie,
                  "gelderland": make_visitatie(session, world.ronde, gelderland),
                  "leeg": make_visitatie(session, world.ronde, make_dienst(session))}
    _code_findings(session, themas, visitaties)
    coded = Coded(world.ronde, themas, visitaties)
    if with_previous:
        _add_previous(session, world, coded)
    session.commit()
    return coded


def _code_findings(session, t, v) -> None:
    u1, u2, gld = v["utrecht1"], v["utrecht2"], v["gelderland"]
    make_bevinding(session, u1, "bevinding", "Ketenoverleg ontbreekt.", [t["4"], t["4.1"]])
    make_bevinding(session, u1, "aanbeveling", "Maak afspraken met het OM.",
                   [t["4.1"], t["7.5"]], nummer=1)
    make_bevinding(session, u1, "sterk_punt", "Goede verhouding met het bestuur.", [t["2"]])
    make_bevinding(session, u1, "bevinding", "Weinig contact met de VR.", [t["4.6"]])
    make_bevinding(session, u1, "bevinding", "Nog niet gecodeerd.", [],
                   rapport_sectie="Inleiding")
    make_bevinding(session, u2, "aanbeveling", "Oefen samen met de VR.", [t["4.6"]], nummer=1)
    make_bevinding(session, u2, "bevinding", "Sturing op output.", [t["7"]])
    make_bevinding(session, gld, "sterk_punt", "Strafrecht goed geregeld.", [t["4.1"]])
    make_bevinding(session, gld, "aanbeveling", "Betrek het bestuur bij de keten.",
                   [t["2"], t["4"]], nummer=1)


def _add_previous(session, world, coded: Coded) -> None:
    vorige = make_ronde(session, nummer=world.ronde.nummer - 1)
    themas = make_codeboek(session, vorige, prefix="Oud: ")
    visitaties = {"utrecht1": make_visitatie(session, vorige, world.dienst),
                  "utrecht2": make_visitatie(session, vorige, world.other_dienst)}
    make_bevinding(session, visitaties["utrecht1"], "aanbeveling", "Oude aanbeveling.",
                   [themas["4.1"]], nummer=1)
    make_bevinding(session, visitaties["utrecht2"], "bevinding", "Oude bevinding.",
                   [themas["2"]])
    coded.vorige_ronde, coded.vorige_themas, coded.vorige_visitaties = vorige, themas, visitaties


def descendants(themas: dict, code: str) -> set[int]:
    """The ids of the theme with this code and of every theme below it (by code prefix)."""
    return {t.id for c, t in themas.items() if c == code or c.startswith(code + ".")}


def direct_count(session, themas: dict, code: str, visitatie, types) -> int:
    """Count in Python: findings of the visitatie of `types` with a code on or below `code`."""
    ids = descendants(themas, code)
    findings = session.scalars(select(Bevinding).where(Bevinding.visitatie_id == visitatie.id))
    return sum(1 for b in findings
               if b.type in types and any(c.thema_id in ids for c in b.themas))
