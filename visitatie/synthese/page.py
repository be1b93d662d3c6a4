"""Everything the edition page and the chapter page show, gathered per part."""
from dataclasses import dataclass

from visitatie.analyse.matrix import TYPES, MatrixFilter, theme_matrix
from visitatie.bevindingen.labels import TYPE_GROUP_LABELS, TYPE_LABELS
from visitatie.bevindingen.models import BevindingType
from visitatie.bevindingen.queries import ThemaKeuze, codebook_themes, with_descendants
from visitatie.documenten.content import paragraphs
from visitatie.synthese import permissions as perms
from visitatie.synthese import queries
from visitatie.synthese.labels import (
    share_text, soort_label, synthese_state_label, type_count_text, verwerking_label,
)
from visitatie.synthese.operations import transition_options


def label_helpers() -> dict:
    """Return the label functions the Rode draden templates use."""
    return {"synthese_state_label": synthese_state_label, "soort_label": soort_label,
            "verwerking_label": verwerking_label, "type_count_text": type_count_text,
            "share_text": share_text, "paragraphs": paragraphs,
            "type_label": lambda t: str(TYPE_LABELS[BevindingType(t)]),
            "type_group_label": lambda t: str(TYPE_GROUP_LABELS[BevindingType(t)]),
            "types": TYPES}


def edition_context(session, user, synthese) -> dict:
    """Return the template variables of the edition page for this user."""
    rows = queries.section_rows(session, synthese)
    return {
        "synthese": synthese,
        "rows": rows,
        "written": sum(1 for r in rows if r.has_text),
        "open_comments": sum(r.open_comments for r in rows),
        "transitions": transition_options(session, user, synthese),
        # nothing refused yet: the refusal page (views._show_refusal) sets these
        "refusal": None, "refused_event": None, "refused_form": None,
        "can_write": perms.can_write(user, synthese),
        "can_refresh": perms.can_refresh_basis(user, synthese),
        "visitaties": queries.visitaties_of(session, queries.visitatie_ids_of(session,
                                                                              synthese)),
        "publicaties": queries.publications_of(session, synthese.id),
        "events": queries.history_of(session, synthese),
        **label_helpers(),
    }


@dataclass(frozen=True)
class MatrixRegel:
    """One theme row beside the editor: per type the total and at how many diensten."""

    keuze: ThemaKeuze
    totals: dict
    diensten: dict


def theme_rows(session, synthese, sectie, visitatie_ids, keuzes) -> tuple[list, list]:
    """Return the matrix rows of the chapter's theme (and sub-themes), and its theme ids."""
    if sectie.thema_id is None or sectie.thema_id not in {k.thema.id for k in keuzes}:
        return [], []
    matrix = theme_matrix(session, synthese.ronde_id, MatrixFilter(
        thema_ids=(sectie.thema_id,), visitatie_ids=tuple(visitatie_ids)))
    rows = [MatrixRegel(k, {t: matrix.total(k.thema.id, t) for t in TYPES},
                        {t: matrix.diensten_with(k.thema.id, t) for t in TYPES})
            for k in matrix.rows]
    return rows, sorted(with_descendants(keuzes, sectie.thema_id))


def section_context(session, user, synthese, sectie) -> dict:
    """Return the template variables of a chapter page (editor, matrix, findings, comments)."""
    visitatie_ids = queries.visitatie_ids_of(session, synthese)
    keuzes = codebook_themes(session, synthese.ronde_id)
    matrix_rows, thema_ids = theme_rows(session, synthese, sectie, visitatie_ids, keuzes)
    see_findings = perms.can_see_findings(user, synthese)
    findings = queries.findings_of_theme(session, thema_ids, visitatie_ids) \
        if see_findings else []
    before, after = queries.neighbours(session, synthese, sectie)
    return {
        "synthese": synthese, "sectie": sectie,
        "before": before, "after": after,
        "matrix_rows": matrix_rows, "visitatie_count": len(visitatie_ids),
        "see_findings": see_findings,
        "findings": {t: [b for b in findings if b.type == t] for t in TYPES},
        "comments": queries.comments_of(session, sectie),
        "can_write": perms.can_write(user, synthese),
        "can_comment": perms.can_comment(user, synthese),
        "can_process": perms.can_process_comments(user, synthese),
        "can_change_comment": lambda o: perms.can_change_comment(user, synthese, o),
        **label_helpers(),
    }
