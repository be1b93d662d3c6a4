"""How Flask-Login finds the user of a session."""
from flask_babel import lazy_gettext as _l

from visitatie.auth.models import User
from visitatie.extensions import db, login_manager

login_manager.login_view = "auth.login"
login_manager.login_message = _l("Log in om deze pagina te bekijken.")
login_manager.login_message_category = "info"
login_manager.session_protection = "strong"


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """Return the active user of a session whose password has not changed since login."""
    user_id, _sep, version = session_id.partition(":")
    if not (user_id.isdigit() and version.isdigit()):
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.is_actief or user.session_version != int(version):
        return None
    return user
