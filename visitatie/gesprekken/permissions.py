"""Who may see and change the interview schedule, and who may read its notes.

The schedule is shared between the committee and the visited dienst; the notes are for
the committee only (docs/product.md, Confidentiality), never for the dienst, ODNL or bestuur.
"""
from visitatie.auth.permissions import is_beheerder
from visitatie.visitaties.permissions import (
    is_committee_member, is_of_visited_dienst, is_secretaris_of,
)
from workflows.visitatie import VisitatieState as S

SCHEDULE_EDITABLE_STATES = (S.GEPLAND, S.VOORBEREIDING, S.KERNSTUKKEN_INGEDIEND, S.BEZOEK)
# From the visit on, until the report is vastgesteld: then the file is closed.
NOTES_OPEN_STATES = (S.BEZOEK, S.CONCEPT_RAPPORT, S.WEDERHOOR)


def can_view_gesprekken(user, visitatie) -> bool:
    """Return whether the user may read the interview schedule."""
    return (is_committee_member(user, visitatie) or is_of_visited_dienst(user, visitatie)
            or is_beheerder(user))


def can_edit_gesprekken(user, visitatie) -> bool:
    """Return whether the user may plan, change and remove gesprekken now."""
    may = is_secretaris_of(user, visitatie) or is_of_visited_dienst(user, visitatie)
    return may and visitatie.state in SCHEDULE_EDITABLE_STATES


def can_mark_gehouden(user, visitatie) -> bool:
    """Return whether the user may record that a gesprek was (not) held."""
    return is_secretaris_of(user, visitatie) and visitatie.state == S.BEZOEK


def can_read_notities(user, visitatie) -> bool:
    """Return whether the user may read the notes of the gesprekken (committee only)."""
    return is_committee_member(user, visitatie)


def can_add_notitie(user, visitatie) -> bool:
    """Return whether the user may write a new note on a gesprek now."""
    return is_committee_member(user, visitatie) and visitatie.state in NOTES_OPEN_STATES


def can_edit_notitie(user, notitie, visitatie) -> bool:
    """Return whether the user may change this note: their own, while the file is open."""
    return can_add_notitie(user, visitatie) and notitie.auteur_id == user.id
