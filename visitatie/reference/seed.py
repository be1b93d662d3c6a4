"""Load the reference data idempotently: create what is missing, never change what exists.

Existing rows belong to their users once loaded (a beheerder may rename a theme), so a
second run adds nothing and overwrites nothing.
"""
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from visitatie.diensten.models import (
    Dienst, DienstProvincie, RobuustheidCategorie, RobuustheidsOordeel,
)
from visitatie.reference import data
from visitatie.rondes.models import KernstukType, Ronde
from visitatie.themas.models import Codeboek, KaderThema, Thema
from visitatie.visitaties.models import Visitatie
from workflows.visitatie import VisitatieState


def seed_reference_data(session) -> Counter:
    """Create the missing reference rows; return how many of each kind were created."""
    created: Counter = Counter()
    _seed_kader_themas(session, created)
    _seed_robuustheid_categorieen(session, created)
    diensten = _seed_diensten(session, created)
    _seed_mergers(session, diensten, created)
    rondes = _seed_rondes(session, created)
    _seed_kernstuk_types(session, rondes, created)
    _seed_historical_visitaties(session, rondes[1], diensten, created)
    _seed_codeboeken(session, rondes, created)
    _seed_robuustheids_oordelen(session, diensten, created)
    session.flush()
    return created


def _seed_kader_themas(session, created: Counter) -> None:
    for code, titel in data.KADER_THEMAS:
        if session.get(KaderThema, code) is None:
            session.add(KaderThema(code=code, titel=titel))
            created["kader_thema"] += 1


def _seed_robuustheid_categorieen(session, created: Counter) -> None:
    for code, naam, volgorde in data.ROBUUSTHEID_CATEGORIEEN:
        if session.get(RobuustheidCategorie, code) is None:
            session.add(RobuustheidCategorie(code=code, naam=naam, volgorde=volgorde))
            created["robuustheid_categorie"] += 1


def _existing_diensten(session) -> dict[str, Dienst]:
    return {d.slug: d for d in session.scalars(select(Dienst))}


def _new_dienst(slug, naam, korte_naam, provincies, **extra) -> Dienst:
    dienst = Dienst(slug=slug, naam=naam, korte_naam=korte_naam, **extra)
    dienst.provincies = [DienstProvincie(provincie=p) for p in provincies]
    return dienst


def _seed_diensten(session, created: Counter) -> dict[str, Dienst]:
    diensten = _existing_diensten(session)
    for slug, naam, korte_naam, provincies, _d1, _d2 in data.DIENSTEN_RONDE_1:
        if slug not in diensten:
            diensten[slug] = _new_dienst(slug, naam, korte_naam, provincies)
            session.add(diensten[slug])
            created["dienst"] += 1
    session.flush()
    return diensten


def _seed_mergers(session, diensten: dict[str, Dienst], created: Counter) -> None:
    for merger in data.MERGERS:
        if merger["slug"] in diensten:
            continue
        successor = _new_dienst(merger["slug"], merger["naam"], merger["korte_naam"],
                                merger["provincies"], geldig_van=merger["geldig_van"])
        session.add(successor)
        session.flush()
        for slug in merger["voorgangers"]:
            predecessor = diensten[slug]
            if predecessor.opgevolgd_door_id is None:
                predecessor.geldig_tot = merger["geldig_van"] - timedelta(days=1)
                predecessor.opgevolgd_door = successor
        diensten[merger["slug"]] = successor
        created["dienst"] += 1


def _seed_rondes(session, created: Counter) -> dict[int, Ronde]:
    rondes = {r.nummer: r for r in session.scalars(select(Ronde))}
    for spec in data.RONDES:
        if spec["nummer"] not in rondes:
            rondes[spec["nummer"]] = Ronde(**spec)
            session.add(rondes[spec["nummer"]])
            created["ronde"] += 1
    session.flush()
    return rondes


def _seed_kernstuk_types(session, rondes: dict[int, Ronde], created: Counter) -> None:
    existing = {(k.ronde_id, k.code) for k in session.scalars(select(KernstukType))}
    for nummer, ronde in rondes.items():
        if nummer not in (1, 2):
            continue
        for volgorde, (code, naam, omschrijving, in_1, in_2) in enumerate(data.KERNSTUK_TYPES):
            if (ronde.id, code) in existing:
                continue
            if code == "verbeterplan_vorige_ronde" and nummer == 1:
                continue  # there was no earlier ronde
            session.add(KernstukType(ronde_id=ronde.id, code=code, naam=naam,
                                     omschrijving=omschrijving, volgorde=volgorde,
                                     is_verplicht=in_1 if nummer == 1 else in_2))
            created["kernstuk_type"] += 1


def _seed_historical_visitaties(session, ronde: Ronde, diensten, created: Counter) -> None:
    existing = set(session.scalars(
        select(Visitatie.dienst_id).where(Visitatie.ronde_id == ronde.id)))
    for slug, _naam, _kort, _prov, first_day, second_day in data.DIENSTEN_RONDE_1:
        dienst = diensten[slug]
        if dienst.id in existing:
            continue
        # The 28 reports exist and fed the Rode draden (002 Bijlage 1), so vastgesteld.
        session.add(Visitatie(ronde_id=ronde.id, dienst_id=dienst.id,
                              state=VisitatieState.VASTGESTELD.value, is_historisch=True,
                              eerste_bezoekdag=first_day, tweede_bezoekdag=second_day))
        created["visitatie"] += 1


def _seed_codeboeken(session, rondes: dict[int, Ronde], created: Counter) -> None:
    for ronde in rondes.values():
        seed_codeboek_for(session, ronde, created)


def seed_codeboek_for(session, ronde: Ronde, created: Counter | None = None) -> Codeboek:
    """Give `ronde` a codebook with the Rode draden theme tree, if it has none."""
    created = created if created is not None else Counter()
    codeboek = session.scalars(
        select(Codeboek).where(Codeboek.ronde_id == ronde.id).order_by(Codeboek.versie)
    ).first()
    if codeboek is None:
        codeboek = Codeboek(ronde_id=ronde.id, versie=1)
        session.add(codeboek)
        session.flush()
        created["codeboek"] += 1
    _seed_themas(session, codeboek, created)
    return codeboek


def _seed_themas(session, codeboek: Codeboek, created: Counter) -> None:
    existing = {t.code: t for t in session.scalars(
        select(Thema).where(Thema.codeboek_id == codeboek.id))}
    for position, (code, naam, children) in enumerate(data.THEMA_BOOM):
        parent = existing.get(code) or _add_thema(session, codeboek, None, code, naam,
                                                  position, created)
        for child_position, (child_code, child_naam) in enumerate(children):
            if child_code not in existing:
                _add_thema(session, codeboek, parent, child_code, child_naam,
                           child_position, created)


def _add_thema(session, codeboek, parent, code, naam, volgorde, created: Counter) -> Thema:
    thema = Thema(codeboek_id=codeboek.id, parent=parent, code=code, naam=naam,
                  volgorde=volgorde)
    session.add(thema)
    session.flush()
    created["thema"] += 1
    return thema


def _seed_robuustheids_oordelen(session, diensten, created: Counter) -> None:
    existing = {(o.dienst_id, o.peildatum, o.bron)
                for o in session.scalars(select(RobuustheidsOordeel))}
    for slug, categorie, peildatum, bron in data.ROBUUSTHEIDS_OORDELEN:
        dienst_id = diensten[slug].id
        if (dienst_id, peildatum, bron) not in existing:
            session.add(RobuustheidsOordeel(dienst_id=dienst_id, categorie_code=categorie,
                                            peildatum=peildatum, bron=bron))
            created["robuustheids_oordeel"] += 1
