"""Who may read and rate the follow-up of the earlier aanbevelingen of a visitatie."""
from visitatie.auth.permissions import is_beheerder
from visitatie.visitaties.permissions import (
    is_committee_member, is_of_visited_dienst, is_secretaris_of, is_voorzitter_of,
)
from workflows.visitatie import VisitatieState as S

# The committee rates from the visit until the report is vastgesteld.
OPEN_STATES = (S.BEZOEK, S.CONCEPT_RAPPORT, S.WEDERHOOR)
# The visited dienst reads the ratings once they are part of a vastgesteld report.
DIENST_STATES = (S.VASTGESTELD, S.GEPUBLICEERD)


def can_read_opvolging(user, visitatie) -> bool:
    """Return whether the user may read the follow-up page of the visitatie."""
    if is_committee_member(user, visitatie) or is_beheerder(user):
        return True
    return visitatie.state in DIENST_STATES and is_of_visited_dienst(user, visitatie)


def can_rate_opvolging(user, visitatie) -> bool:
    """Return whether the user is one who rates the follow-up (secretaris or voorzitter)."""
    return is_secretaris_of(user, visitatie) or is_voorzitter_of(user, visitatie)


def opvolging_open(visitatie) -> bool:
    """Return whether the visitatie is in a state in which ratings may change."""
    return visitatie.state in OPEN_STATES


def can_edit_opvolging(user, visitatie) -> bool:
    """Return whether the user may give or change a rating now."""
    return can_rate_opvolging(user, visitatie) and opvolging_open(visitatie)
