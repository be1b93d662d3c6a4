"""Queue e-mail: store the message, send it from a job after the commit."""
from flask import render_template

from visitatie.core.text import one_line
from visitatie.jobs import enqueue_after_commit
from visitatie.mail.models import OutgoingMail


def queue_mail(session, to_address: str, subject: str, template: str, **context) -> OutgoingMail:
    """Render `emails/<template>.txt` and `.html`, store the mail and queue its sending."""
    subject = one_line(subject)  # a header: a line break in a title would end it
    mail = OutgoingMail(
        to_address=to_address,
        subject=subject,
        body_text=render_template(f"emails/{template}.txt", subject=subject, **context),
        body_html=render_template(f"emails/{template}.html", subject=subject, **context),
        status="wachtrij",
    )
    session.add(mail)
    session.flush()
    enqueue_after_commit(session, "visitatie.mail.jobs.send_mail", mail.id)
    return mail
