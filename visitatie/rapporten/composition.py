"""Compose the sections of a first concept report from the bevindingen (no database).

The texts are report content, not interface text: the report is a Dutch document
whatever language the secretaris's screen is in, so they are not translated.
"""
from dataclasses import dataclass

from babel.dates import format_date

from visitatie.bevindingen.models import BevindingType

INLEIDING_SLEUTEL, INLEIDING_TITEL = "inleiding", "Inleiding"
CONCLUSIE_SLEUTEL, CONCLUSIE_TITEL = "conclusie", "Conclusie"
GROUP_HEADINGS = (
    (BevindingType.STERK_PUNT.value, "Sterke punten"),
    (BevindingType.BEVINDING.value, "Bevindingen"),
    (BevindingType.AANBEVELING.value, "Aanbevelingen"),
)


@dataclass
class SectieOntwerp:
    """A section to be: its key, title, theme and first text."""

    sleutel: str
    titel: str
    thema_id: int | None = None
    tekst: str = ""


OPVOLGING_SLEUTEL, OPVOLGING_TITEL = "opvolging", "Opvolging van de vorige visitatie"


def compose_sections(visitatie, keuzes, bevindingen,
                     opvolging: str | None = None) -> list[SectieOntwerp]:
    """Return inleiding, one section per main theme, the follow-up if any, and conclusie."""
    placed = _place(keuzes, bevindingen)
    mains = [k.thema for k in keuzes if k.depth == 0 and _key(k.thema) in placed]
    secties = [SectieOntwerp(INLEIDING_SLEUTEL, INLEIDING_TITEL, tekst=_introduction(visitatie))]
    secties += [SectieOntwerp(_key(t), t.naam, t.id) for t in mains]
    for sectie in secties:
        sectie.tekst = "\n\n".join(p for p in (sectie.tekst, _grouped(placed.get(sectie.sleutel)))
                                   if p)
    if opvolging:
        secties.append(SectieOntwerp(OPVOLGING_SLEUTEL, OPVOLGING_TITEL, tekst=opvolging))
    secties.append(SectieOntwerp(CONCLUSIE_SLEUTEL, CONCLUSIE_TITEL,
                                 tekst=_grouped(placed.get(CONCLUSIE_SLEUTEL)) or ""))
    return secties


def _place(keuzes, bevindingen) -> dict[str, list]:
    """Return the bevindingen per section key: the section it names, else its first theme's."""
    main_of = _main_theme_keys(keuzes)
    by_title = {}
    for keuze in reversed(keuzes):  # a main theme's name wins over a subtheme's
        by_title[keuze.thema.naam] = main_of[keuze.thema.id]
    by_title |= {INLEIDING_TITEL: INLEIDING_SLEUTEL, CONCLUSIE_TITEL: CONCLUSIE_SLEUTEL}
    order = {k.thema.id: i for i, k in enumerate(keuzes)}
    placed: dict[str, list] = {}
    for bevinding in bevindingen:
        key = by_title.get(bevinding.rapport_sectie) or _first_theme_key(bevinding, order, main_of)
        placed.setdefault(key, []).append(bevinding)
    return placed


def _main_theme_keys(keuzes) -> dict[int, str]:
    keys, current = {}, None
    for keuze in keuzes:  # tree order: a main theme comes before its subthemes
        if keuze.depth == 0:
            current = _key(keuze.thema)
        keys[keuze.thema.id] = current
    return keys


def _first_theme_key(bevinding, order, main_of) -> str:
    ids = sorted((c.thema_id for c in bevinding.themas if c.thema_id in order), key=order.get)
    return main_of[ids[0]] if ids else CONCLUSIE_SLEUTEL


def _key(thema) -> str:
    return f"thema-{thema.code}"


def _grouped(bevindingen) -> str:
    """Return the bevindingen as plain text under the headings of their type."""
    if not bevindingen:
        return ""
    blocks = []
    for kind, heading in GROUP_HEADINGS:
        items = sorted((b for b in bevindingen if b.type == kind),
                       key=lambda b: (b.nummer or 0, b.id))
        if items:
            lines = [f"{b.nummer}. {b.tekst}" if b.nummer else f"- {b.tekst}" for b in items]
            blocks.append("\n".join([heading, *lines]))
    return "\n\n".join(blocks)


def _introduction(visitatie) -> str:
    naam = visitatie.dienst.naam
    if visitatie.eerste_bezoekdag is None:
        return f"De visitatiecommissie bezocht {naam}."
    days = [format_date(d, "d MMMM y", locale="nl")
            for d in (visitatie.eerste_bezoekdag, visitatie.tweede_bezoekdag)]
    return f"De visitatiecommissie bezocht {naam} op {days[0]} en {days[1]}."
