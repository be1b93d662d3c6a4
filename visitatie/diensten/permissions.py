"""Who may see a dienst's own workspace."""
from visitatie.auth.permissions import can_oversee_all
from visitatie.auth.roles import DIENST_ROLES


def can_view_dienst_workspace(user, dienst) -> bool:
    """Return whether the user may see the dienst's non-public overview."""
    return can_oversee_all(user) or (
        user.is_authenticated and dienst.id in user.dienst_ids_as(*DIENST_ROLES)
    )
