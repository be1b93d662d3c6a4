"""Who may read the audit trail. Views and templates ask this, never role names."""
from visitatie.auth.permissions import is_beheerder


def can_read_audit(user) -> bool:
    """Return whether the user may read and filter the whole audit trail (the beheerder)."""
    return is_beheerder(user)
