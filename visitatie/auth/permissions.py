"""Who may manage accounts. Templates and views ask these, never role names."""
from visitatie.auth.roles import Rol


def is_beheerder(user) -> bool:
    """Return whether the user is an ODNL beheerder."""
    return user.is_authenticated and user.is_global(Rol.BEHEERDER)


def can_manage_users(user) -> bool:
    """Return whether the user may create accounts and assign roles."""
    return is_beheerder(user)


def can_read_outbox(user) -> bool:
    """Return whether the user may read the outgoing e-mail."""
    return is_beheerder(user)


def can_oversee_all(user) -> bool:
    """Return whether the user may see every ronde and visitatie (ODNL staff and bestuur)."""
    return user.is_authenticated and (
        user.is_global(Rol.BEHEERDER) or user.is_global(Rol.BESTUUR)
    )
