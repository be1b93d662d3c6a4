"""The public content of an edition, frozen into Publicatie.inhoud when it is published.

It holds only what the public may read: the texts the authors wrote and, per chapter, how
many findings of each type carry its theme and at how many of the diensten. A sub-theme's
chapter left empty is left out. It never holds
a dienst name, a finding's text or a klankbord comment: the public edition never names a
dienst next to a finding. The ids of the visitaties are kept for the PDF's appendix (the list
of visited diensten and their dates, as in the real report's Bijlage 1).
"""
from visitatie.analyse.matrix import TYPES, MatrixFilter, theme_matrix
from visitatie.synthese import queries

SNAPSHOT_FORMAT = 1


def public_snapshot(session, synthese) -> dict:
    """Return the public content of the edition as it is now (plain JSON types only)."""
    visitatie_ids = queries.visitatie_ids_of(session, synthese)
    matrix = theme_matrix(session, synthese.ronde_id,
                          MatrixFilter(visitatie_ids=tuple(visitatie_ids)))
    of = len(visitatie_ids)
    return {
        "formaat": SNAPSHOT_FORMAT,
        "titel": synthese.titel,
        "soort": synthese.soort,
        "ronde": synthese.ronde.naam,
        "ronde_nummer": synthese.ronde.nummer,
        "visitaties": of,
        "visitatie_ids": visitatie_ids,
        "inleiding": synthese.inleiding or "",
        "integrale_conclusies": synthese.integrale_conclusies or "",
        "secties": [_section(row, matrix, of) for row in queries.section_rows(session, synthese)
                    if row.depth == 0 or (row.sectie.tekst or "").strip()],
        "vastgesteld_op": synthese.vastgesteld_op.isoformat() if synthese.vastgesteld_op
        else None,
    }


def _section(row, matrix, of: int) -> dict:
    thema_id = row.sectie.thema_id
    return {
        "code": row.sectie.thema.code if row.sectie.thema is not None else "",
        "titel": row.sectie.titel,
        "depth": row.depth,
        "tekst": row.sectie.tekst or "",
        "counts": {t: matrix.total(thema_id, t) if thema_id else 0 for t in TYPES},
        "diensten_with": {t: matrix.diensten_with(thema_id, t) if thema_id else 0
                          for t in (*TYPES, "*")},
        "of": of,
    }
