"""Who may download which export."""
from visitatie.auth.permissions import can_oversee_all
from visitatie.bevindingen.permissions import can_read_bevindingen


def can_export_bevindingen(user, visitatie) -> bool:
    """Return whether the user may download the bevindingen of the visitatie as XLSX."""
    return can_read_bevindingen(user, visitatie)


def can_export_ronde(user) -> bool:
    """Return whether the user may download the visitaties overview of a ronde (ODNL, bestuur)."""
    return can_oversee_all(user)
