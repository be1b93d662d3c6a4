"""Who may see the ODNL monitoring of all verbeterplannen."""
from visitatie.auth.permissions import can_oversee_all


def can_view_monitoring(user) -> bool:
    """Return whether the user may see the monitoring of all diensten (ODNL and bestuur)."""
    return can_oversee_all(user)
