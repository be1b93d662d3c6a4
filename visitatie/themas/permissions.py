"""Who may manage the codebook, who may (re)code findings and who may read the codes."""
from visitatie.auth.permissions import can_oversee_all, is_beheerder
from visitatie.auth.roles import Rol
from visitatie.visitaties.permissions import is_committee_member


def can_manage_codeboek(user) -> bool:
    """Return whether the user may change the theme codebooks (the beheerder)."""
    return is_beheerder(user)


def is_auteur_of(user, ronde_id: int) -> bool:
    """Return whether the user is a Rode draden author of the ronde."""
    return user.is_authenticated and any(
        r.rol == Rol.AUTEUR and r.ronde_id == ronde_id for r in user.roles)


def can_recode(user, ronde_id: int) -> bool:
    """Return whether the user may change the codes of every finding of the ronde."""
    return is_beheerder(user) or is_auteur_of(user, ronde_id)


def can_read_coding(user, ronde_id: int) -> bool:
    """Return whether the user may read the findings of the whole ronde with their codes."""
    return can_recode(user, ronde_id) or can_oversee_all(user)


def can_read_code_history(user, visitatie) -> bool:
    """Return whether the user may read who coded a finding of this visitatie, and when."""
    return can_read_coding(user, visitatie.ronde_id) or is_committee_member(user, visitatie)
