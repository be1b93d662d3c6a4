"""The job that sends one stored e-mail over SMTP, or keeps it in the outbox."""
import logging
import smtplib
from email.message import EmailMessage

from flask import current_app

from visitatie.core.text import one_line
from visitatie.db import utcnow
from visitatie.extensions import db
from visitatie.mail.models import OutgoingMail
from visitatie.mail.operations import SECRET_LINK_MARK

log = logging.getLogger(__name__)


def send_mail(mail_id: int) -> str:
    """Send the stored mail `mail_id`; without an SMTP server keep it in the outbox."""
    mail = db.session.get(OutgoingMail, mail_id)
    if mail is None or mail.status == "verzonden":
        return "skipped"
    mail.attempts += 1
    if not current_app.config.get("MAIL_SERVER"):
        mail.status = "outbox"
        log.info("Mail %s to %s kept in the outbox: %s", mail.id, mail.to_address, mail.subject)
        _show_secret_link_on_console(mail)
    else:
        _deliver(mail)
    if mail.status != "mislukt":
        mail.secret_link = None  # delivered or undeliverable: nobody needs the link again
    db.session.commit()
    return mail.status


def _show_secret_link_on_console(mail: OutgoingMail) -> None:
    # Without a mail server (the demo, a laptop) the recipient's link goes to the server
    # console, which only the person running it reads; never to the outbox, never in production.
    if mail.secret_link and (current_app.config.get("DEMO_MODE")
                             or current_app.config.get("ENVIRONMENT") == "development"):
        log.warning("No mail server: the link for %s (%s) is %s",
                    mail.to_address, mail.subject, mail.secret_link)


def _with_link(mail: OutgoingMail, body: str | None) -> str | None:
    if body is None or not mail.secret_link:
        return body
    return body.replace(SECRET_LINK_MARK, mail.secret_link)


def _deliver(mail: OutgoingMail) -> None:
    try:
        _smtp_send(_as_message(mail))
    except (OSError, smtplib.SMTPException) as exc:
        mail.status, mail.error = "mislukt", str(exc)
        return
    mail.status, mail.sent_at, mail.error = "verzonden", utcnow(), None


def _as_message(mail: OutgoingMail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_SENDER"]
    message["To"] = one_line(mail.to_address)
    message["Subject"] = one_line(mail.subject)  # also for rows stored before the check
    message.set_content(_with_link(mail, mail.body_text))
    if mail.body_html:
        message.add_alternative(_with_link(mail, mail.body_html), subtype="html")
    return message


def _smtp_send(message: EmailMessage) -> None:
    config = current_app.config
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=20) as smtp:
        if config["MAIL_USE_TLS"]:
            smtp.starttls()
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)
