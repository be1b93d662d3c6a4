"""Who may see, upload and review the kernstukken of a visitatie, and when."""
from visitatie.auth.permissions import is_beheerder
from visitatie.visitaties.permissions import (
    is_committee_member, is_of_visited_dienst, is_secretaris_of,
)
from workflows.visitatie import VisitatieState

UPLOAD_STATES = frozenset({VisitatieState.GEPLAND, VisitatieState.VOORBEREIDING})
REVIEW_STATE = VisitatieState.KERNSTUKKEN_INGEDIEND


def can_view_kernstukken(user, visitatie) -> bool:
    """Return whether the user may see the checklist and download the files."""
    return (is_committee_member(user, visitatie) or is_of_visited_dienst(user, visitatie)
            or is_beheerder(user))


def is_kernstuk_uploader(user, visitatie) -> bool:
    """Return whether the user delivers kernstukken for this visitatie (the visited dienst)."""
    return is_of_visited_dienst(user, visitatie)


def uploads_open(visitatie) -> bool:
    """Return whether the visitatie is in a phase in which kernstukken can be uploaded."""
    return visitatie.state in UPLOAD_STATES


def can_upload_kernstukken(user, visitatie) -> bool:
    """Return whether the user may upload a kernstuk now."""
    return is_kernstuk_uploader(user, visitatie) and uploads_open(visitatie)


def is_kernstuk_reviewer(user, visitatie) -> bool:
    """Return whether the user judges the delivered kernstukken (the secretaris)."""
    return is_secretaris_of(user, visitatie)


def reviews_open(visitatie) -> bool:
    """Return whether the delivered kernstukken are waiting for review."""
    return visitatie.state == REVIEW_STATE


def can_review_kernstukken(user, visitatie) -> bool:
    """Return whether the user may mark kernstukken akkoord or terug now."""
    return is_kernstuk_reviewer(user, visitatie) and reviews_open(visitatie)
