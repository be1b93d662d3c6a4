"""Who may see a visitatie, and which roles a user holds on one."""
from visitatie.auth.permissions import can_oversee_all
from visitatie.auth.roles import DIENST_ROLES, Rol, has_ties_to_dienst


def committee_seat(user, visitatie) -> Rol | None:
    """Return the user's committee role on the visitatie; none for someone tied to its dienst.

    Operations refuse such a seat (auth.ties); this keeps one that got in some other way (a
    row from before that check) from reading the committee's notes and concepts.
    """
    if not user.is_authenticated or has_ties_to_dienst(user, visitatie.dienst_id):
        return None
    return user.committee_role(visitatie.id)


def is_committee_member(user, visitatie) -> bool:
    """Return whether the user sits on the visitatie's committee."""
    return committee_seat(user, visitatie) is not None


def is_of_visited_dienst(user, visitatie) -> bool:
    """Return whether the user is directeur or contactpersoon of the visited dienst."""
    return user.is_authenticated and visitatie.dienst_id in user.dienst_ids_as(*DIENST_ROLES)


def roles_on(user, visitatie) -> set[str]:
    """Return the role names the user holds on this visitatie (global ones included)."""
    if not user.is_authenticated:
        return set()
    roles = {r.rol for r in user.roles if r.visitatie_id == visitatie.id}
    roles |= {r.rol for r in user.roles if r.dienst_id == visitatie.dienst_id and r.dienst_id}
    roles |= {r.value for r in (Rol.BEHEERDER, Rol.BESTUUR) if user.is_global(r)}
    return roles


def can_view_visitatie(user, visitatie) -> bool:
    """Return whether the user may open the visitatie's page."""
    return (
        can_oversee_all(user)
        or is_committee_member(user, visitatie)
        or is_of_visited_dienst(user, visitatie)
    )


def can_view_committee_material(user, visitatie) -> bool:
    """Return whether the user may read what is for the committee only (notes, concepts)."""
    return is_committee_member(user, visitatie)


def can_manage_visitatie(user, visitatie) -> bool:
    """Return whether the user may compose the committee and set the visit dates."""
    return user.is_authenticated and user.is_global(Rol.BEHEERDER)


def is_secretaris_of(user, visitatie) -> bool:
    """Return whether the user is a secretaris of this visitatie."""
    return committee_seat(user, visitatie) == Rol.SECRETARIS


def is_voorzitter_of(user, visitatie) -> bool:
    """Return whether the user is the voorzitter of this visitatie."""
    return committee_seat(user, visitatie) == Rol.VOORZITTER
