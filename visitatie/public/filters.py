"""Search and filter the public overview in memory (the data is one country's diensten)."""
from dataclasses import dataclass
from datetime import date

from visitatie.public.queries import Overview, PublicDienst


@dataclass
class ShownDienst:
    entry: PublicDienst
    visitaties: list     # the dienst's visitaties that match the filters


def filter_overview(overview: Overview, today: date, q: str = "", provincie: str | None = None,
                    stand: str | None = None, ronde: int | None = None) -> list[ShownDienst]:
    """Return the diensten matching name and province, with their matching visitaties."""
    shown = []
    for entry in overview.diensten:
        if not _matches_name(entry, q) or (provincie and provincie not in entry.provincies):
            continue
        visitaties = [v for v in entry.visitaties
                      if (ronde is None or v.ronde_nummer == ronde)
                      and (stand is None or v.stand(today) == stand)]
        if visitaties or (stand is None and ronde is None):
            shown.append(ShownDienst(entry, visitaties))
    return shown


def _matches_name(entry: PublicDienst, q: str) -> bool:
    needle = q.casefold().strip()
    if not needle:
        return True
    dienst = entry.dienst
    return needle in dienst.naam.casefold() or needle in dienst.korte_naam.casefold()
