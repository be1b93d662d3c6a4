"""Who may see theme suggestions and confirm or reject them."""
from visitatie.auth.permissions import is_beheerder
from visitatie.auth.roles import Rol
from visitatie.bevindingen.permissions import can_edit_bevindingen, can_manage_bevindingen


def is_auteur_of(user, ronde_id: int) -> bool:
    """Return whether the user is a Rode draden author of the ronde."""
    return user.is_authenticated and any(
        r.rol == Rol.AUTEUR and r.ronde_id == ronde_id for r in user.roles)


def can_use_ronde_suggestions(user, ronde_id: int) -> bool:
    """Return whether the user may work through the suggestions of a whole ronde."""
    return is_beheerder(user) or is_auteur_of(user, ronde_id)


def is_own_report_writer(user, visitatie) -> bool:
    """Return whether the user writes this visitatie's findings (its secretaris)."""
    return can_manage_bevindingen(user, visitatie)


def can_use_visitatie_suggestions(user, visitatie) -> bool:
    """Return whether the user may use the suggestions for this visitatie's findings now."""
    return can_edit_bevindingen(user, visitatie)


def can_decide_suggestion(user, bevinding) -> bool:
    """Return whether the user may confirm or reject a suggested theme for the finding."""
    visitatie = bevinding.visitatie
    return (can_use_ronde_suggestions(user, visitatie.ronde_id)
            or can_use_visitatie_suggestions(user, visitatie))
