"""Compare two versions of a report, section by section (a line diff, no database)."""
import difflib
from dataclasses import dataclass, field


@dataclass
class SectieVerschil:
    """The changes in one section: diff lines as (kind, text), kind one of + - @ or space."""

    titel: str
    regels: list[tuple[str, str]] = field(default_factory=list)

    @property
    def is_gewijzigd(self) -> bool:
        return bool(self.regels)


def compare_versions(old, new) -> list[SectieVerschil]:
    """Return per section of `new` (then the ones dropped from `old`) the changed lines."""
    old_by_key = {s.sleutel: s for s in old.secties}
    new_keys = {s.sleutel for s in new.secties}
    pairs = [(old_by_key.get(s.sleutel), s) for s in new.secties]
    pairs += [(s, None) for s in old.secties if s.sleutel not in new_keys]
    return [SectieVerschil((b or a).titel, _diff(a, b)) for a, b in pairs]


def _diff(old, new) -> list[tuple[str, str]]:
    before = old.tekst.splitlines() if old else []
    after = new.tekst.splitlines() if new else []
    lines = list(difflib.unified_diff(before, after, lineterm="", n=2))[2:]  # no file headers
    return [(line[:1], line[1:]) for line in lines]
