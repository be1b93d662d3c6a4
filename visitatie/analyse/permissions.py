"""Who may see the dienst-level analysis of a ronde (the matrix, drill-downs and exports).

ODNL staff, the bestuur and the Rode draden authors of that ronde. The klankbordgroep reads
the synthesis, never the matrix that names diensten next to findings.
"""
from visitatie.auth.permissions import can_oversee_all
from visitatie.auth.roles import Rol


def author_ronde_ids(user) -> set[int]:
    """Return the ids of the rondes whose Rode draden the user writes."""
    if not user.is_authenticated:
        return set()
    return {r.ronde_id for r in user.roles if r.rol == Rol.AUTEUR and r.ronde_id}


def can_view_analyse(user, ronde) -> bool:
    """Return whether the user may see the analysis pages and exports of the ronde."""
    return can_oversee_all(user) or ronde.id in author_ronde_ids(user)


def can_view_any_analyse(user) -> bool:
    """Return whether the user may see the analysis of at least one ronde."""
    return can_oversee_all(user) or bool(author_ronde_ids(user))
