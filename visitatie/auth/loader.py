"""How Flask-Login finds the user of a session."""
from flask_babel import lazy_gettext as _l

from visitatie.auth import sessions
from visitatie.auth.models import User
from visitatie.extensions import db, login_manager

login_manager.login_view = "auth.login"
login_manager.login_message = _l("Log in om deze pagina te bekijken.")
login_manager.login_message_category = "info"
# No binding to the client's address: Flask-Login's "strong" mode hashes a client-set
# X-Forwarded-For header. The server-side session record is what makes a cookie count.
login_manager.session_protection = None


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """Return the active user of a live, recently used session of this cookie."""
    user_id, _sep, version = session_id.partition(":")
    if not (user_id.isdigit() and version.isdigit()) or sessions.cookie_is_idle():
        return None
    record = sessions.live_session(db.session, sessions.current_token())
    if record is None or record.user_id != int(user_id):
        return None
    user = record.user
    if not user.is_actief or user.session_version != int(version):
        return None
    sessions.touch_cookie()
    return user
