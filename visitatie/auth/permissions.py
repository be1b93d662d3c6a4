"""Who may manage accounts. Templates and views ask these, never role names."""
from flask import current_app

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


DEFAULT_TWO_FACTOR_ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris")


def must_use_two_factor(user) -> bool:
    """Return whether the user holds a role that sees confidential material or grants rights."""
    required = current_app.config.get("TWO_FACTOR_REQUIRED_ROLES", DEFAULT_TWO_FACTOR_ROLES)
    return user.is_authenticated and any(r.rol in required for r in user.roles)


def needs_two_factor_setup(user) -> bool:
    """Return whether the user must set up a second factor before doing anything else."""
    return must_use_two_factor(user) and not user.has_two_factor


def can_turn_off_two_factor(user) -> bool:
    """Return whether the user may switch their second factor off (only where optional)."""
    return user.is_authenticated and user.has_two_factor and not must_use_two_factor(user)


def can_reset_two_factor(user) -> bool:
    """Return whether the user may remove someone's second factor (lost phone)."""
    return is_beheerder(user)
