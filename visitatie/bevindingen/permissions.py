"""Who may read and record the bevindingen of a visitatie."""
from visitatie.auth.permissions import is_beheerder
from visitatie.visitaties.permissions import (
    is_committee_member, is_of_visited_dienst, is_secretaris_of,
)
from workflows.visitatie import VisitatieState as S

# The secretaris records bevindingen from the visit until the concept goes to wederhoor.
OPEN_STATES = (S.BEZOEK, S.CONCEPT_RAPPORT)
# The visited dienst reads them only once the report is vastgesteld.
DIENST_STATES = (S.VASTGESTELD, S.GEPUBLICEERD)


def can_read_bevindingen(user, visitatie) -> bool:
    """Return whether the user may read the bevindingen of the visitatie."""
    if is_committee_member(user, visitatie) or is_beheerder(user):
        return True
    return visitatie.state in DIENST_STATES and is_of_visited_dienst(user, visitatie)


def can_manage_bevindingen(user, visitatie) -> bool:
    """Return whether the user is the one who records bevindingen here (the secretaris)."""
    return is_secretaris_of(user, visitatie)


def bevindingen_open(visitatie) -> bool:
    """Return whether the visitatie is in a state in which bevindingen may change."""
    return visitatie.state in OPEN_STATES


def can_edit_bevindingen(user, visitatie) -> bool:
    """Return whether the user may add, change or delete bevindingen now."""
    return can_manage_bevindingen(user, visitatie) and bevindingen_open(visitatie)
