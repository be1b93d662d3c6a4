"""The job behind "wachtwoord vergeten": it looks the address up outside the request."""
from visitatie.auth.operations import mail_password_reset
from visitatie.core.transaction import commit
from visitatie.extensions import db
from visitatie.mail.context import mail_context


def send_password_reset(email: str) -> str:
    """Mail a reset link if an active account has `email`; commit."""
    with mail_context():
        sent = mail_password_reset(db.session, email)
    commit()
    return "verstuurd" if sent else "geen account"
