"""Test data for the report: bevindingen to build from, versions in a given status."""
from tests.bevindingen.factories import make_bevinding
from visitatie.rapporten import operations as ops


def add_bevindingen(session, visitatie, themas, author) -> None:
    """Bevindingen under main themes 2 and 4 (one also coded 7.5), one placed in Conclusie."""
    make_bevinding(session, visitatie, "sterk_punt", "Trotse medewerkers.", [themas["2"]], author)
    make_bevinding(session, visitatie, "bevinding", "Rolverdeling onhelder.", [themas["2"]],
                   author)
    make_bevinding(session, visitatie, "aanbeveling", "Maak spelregels.", [themas["2"]], author,
                   nummer=1)
    make_bevinding(session, visitatie, "bevinding", "Het OM koppelt niet terug.",
                   [themas["4.1"]], author, rapport_sectie=themas["4.1"].naam)
    make_bevinding(session, visitatie, "aanbeveling", "Maak afspraken met het OM.",
                   [themas["4.1"], themas["7.5"]], author, nummer=2)
    make_bevinding(session, visitatie, "bevinding", "Alles overziend: op koers.",
                   [themas["7.5"]], author, rapport_sectie="Conclusie")
    session.flush()


def make_version(session, visitatie, secretaris, voorzitter=None, statuses=()):
    """Add version 1 and walk it through `statuses` (e.g. ter_review, goedgekeurd)."""
    versie = ops.compose_first_version(session, secretaris, visitatie)
    for status in statuses:
        ops.change_status(session, voorzitter or secretaris, versie, status)
    session.commit()
    return versie


def next_version(session, secretaris, visitatie, versie, statuses=(), voorzitter=None):
    """Copy `versie` into a new werkversie, walked through `statuses`."""
    nieuw = ops.create_next_version(session, secretaris, visitatie, versie,
                                    version_id=versie.version_id)
    for status in statuses:
        ops.change_status(session, voorzitter or secretaris, nieuw, status)
    session.commit()
    return nieuw
