"""Who may ask for, follow and download a generated document, and who sees failed renders.

A document is as confidential as what it shows: whoever may read the report version may
have its PDF; a plan's PDF follows the plan's own rule.
"""
from visitatie.auth.permissions import is_beheerder
from visitatie.publicaties.models import Publicatie
from visitatie.rapporten.models import RapportVersie
from visitatie.rapporten.permissions import can_read_version
from visitatie.verbeterplannen.permissions import can_view_plan


def can_request_document(user, visitatie, obj) -> bool:
    """Return whether the user may have the PDF of `obj` (a report version or a plan)."""
    if not user.is_authenticated:
        return False
    if isinstance(obj, RapportVersie):
        return can_read_version(user, visitatie, obj)
    if isinstance(obj, Publicatie):
        return True  # a published version (Rode draden): its PDF is public
    return can_view_plan(user, obj)


def can_see_error_details(user) -> bool:
    """Return whether the user may read why a render failed (the technical error text)."""
    return is_beheerder(user)


def can_list_failed_documents(user) -> bool:
    """Return whether the user may see every failed render and retry it."""
    return is_beheerder(user)
