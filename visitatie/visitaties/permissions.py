"""Who may see a visitatie."""
from visitatie.auth.permissions import can_oversee_all
from visitatie.auth.roles import DIENST_ROLES


def is_committee_member(user, visitatie) -> bool:
    """Return whether the user sits on the visitatie's committee."""
    return user.is_authenticated and user.committee_role(visitatie.id) is not None


def is_of_visited_dienst(user, visitatie) -> bool:
    """Return whether the user is directeur or contactpersoon of the visited dienst."""
    return user.is_authenticated and visitatie.dienst_id in user.dienst_ids_as(*DIENST_ROLES)


def can_view_visitatie(user, visitatie) -> bool:
    """Return whether the user may open the visitatie's page."""
    return (
        can_oversee_all(user)
        or is_committee_member(user, visitatie)
        or is_of_visited_dienst(user, visitatie)
    )

