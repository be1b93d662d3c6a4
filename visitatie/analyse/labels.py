"""Dutch words of the analysis: counts per type, shares as sentences, quantifiers, heat."""
from flask_babel import lazy_gettext as _l
from flask_babel import gettext as _, ngettext

from visitatie.analyse.matrix import TYPES
from visitatie.bevindingen.labels import TYPE_GROUP_LABELS
from visitatie.bevindingen.models import BevindingType

# One finding of a type, with its article: "bij 18 van 28 diensten een aanbeveling".
TYPE_WITH_ARTICLE = {
    BevindingType.STERK_PUNT: _l("een sterk punt"),
    BevindingType.BEVINDING: _l("een bevinding"),
    BevindingType.AANBEVELING: _l("een aanbeveling"),
}

# The Rode draden report uses words, not numbers: "bij de meeste diensten".
QUANTIFIERS = {
    "alle": _l("bij alle diensten"),
    "nagenoeg_alle": _l("bij nagenoeg alle diensten"),
    "de_meeste": _l("bij de meeste diensten"),
    "meer_dan_de_helft": _l("bij meer dan de helft van de diensten"),
    "de_helft": _l("bij de helft van de diensten"),
    "een_aantal": _l("bij een aantal diensten"),
    "enkele": _l("bij enkele diensten"),
    "geen": _l("bij geen enkele dienst"),
}

HEAT_BUCKETS = 5  # heat-0 (nothing) .. heat-4 (the most)


def type_count(type_: str, count: int) -> str:
    """Return "2 bevindingen", "1 sterk punt", ... for a count of one type."""
    if type_ == BevindingType.STERK_PUNT:
        return ngettext("%(num)d sterk punt", "%(num)d sterke punten", count)
    if type_ == BevindingType.BEVINDING:
        return ngettext("%(num)d bevinding", "%(num)d bevindingen", count)
    return ngettext("%(num)d aanbeveling", "%(num)d aanbevelingen", count)


def breakdown(counts: dict[str, int], types=TYPES) -> str:
    """Return the counts per type in words, e.g. "2 bevindingen, 1 aanbeveling"."""
    parts = [type_count(t, counts.get(t, 0)) for t in types if counts.get(t, 0)]
    return ", ".join(parts) if parts else _("geen bevindingen")


def quantifier_key(diensten: int, van: int) -> str:
    """Return which quantifier fits "`diensten` of the `van` diensten" (integer thresholds)."""
    if diensten <= 0 or van <= 0:
        return "geen"
    if diensten >= van:
        return "alle"
    if 10 * diensten >= 9 * van:
        return "nagenoeg_alle"
    if 10 * diensten >= 7 * van:
        return "de_meeste"
    if 2 * diensten > van:
        return "meer_dan_de_helft"
    if 2 * diensten == van:
        return "de_helft"
    if 5 * diensten >= van:
        return "een_aantal"
    return "enkele"


def quantifier(diensten: int, van: int) -> str:
    """Return the Dutch quantifier phrase for a share, e.g. "bij de meeste diensten"."""
    return str(QUANTIFIERS[quantifier_key(diensten, van)])


def what_of(types) -> str:
    """Return "een aanbeveling" or "een sterk punt of een aanbeveling" for the counted types."""
    words = [str(TYPE_WITH_ARTICLE[BevindingType(t)]) for t in types]
    if len(words) == 1:
        return words[0]
    return _("%(eerste)s of %(laatste)s", eerste=", ".join(words[:-1]), laatste=words[-1])


def share_sentence(diensten: int, van: int, types) -> str:
    """Return "bij 18 van 28 diensten een aanbeveling"."""
    return ngettext("bij %(x)d van %(num)d dienst %(wat)s",
                    "bij %(x)d van %(num)d diensten %(wat)s", van,
                    x=diensten, wat=what_of(types))


def share_short(diensten: int, van: int) -> str:
    """Return "18 van 28"."""
    return _("%(x)d van %(y)d", x=diensten, y=van)


def heat_bucket(value: int, maximum: int) -> int:
    """Return the shade 0..4 of a cell: 0 for nothing, 4 for the largest cell."""
    if value <= 0 or maximum <= 0:
        return 0
    steps = HEAT_BUCKETS - 1
    return max(1, min(steps, -(-value * steps // maximum)))


def heat_legend(maximum: int) -> list[tuple[int, int, int]]:
    """Return (shade, lowest, highest) for each shade a cell of 0..`maximum` can get."""
    legend = [(0, 0, 0)]
    for bucket in range(1, HEAT_BUCKETS):
        values = [v for v in range(1, maximum + 1) if heat_bucket(v, maximum) == bucket]
        if values:
            legend.append((bucket, values[0], values[-1]))
    return legend


def types_label(types) -> str:
    """Return the counted types in words: "sterke punten, bevindingen en aanbevelingen"."""
    words = [str(TYPE_GROUP_LABELS[BevindingType(t)]).lower() for t in types]
    if len(words) == 1:
        return words[0]
    return _("%(eerste)s en %(laatste)s", eerste=", ".join(words[:-1]), laatste=words[-1])
