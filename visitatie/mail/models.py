"""Outgoing e-mail: every message is stored first, then sent by a job."""
from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from visitatie.db import AwareDateTime, Base, utcnow

class OutgoingMail(Base):
    __tablename__ = "outgoing_mail"
    __table_args__ = (
        CheckConstraint(
            "status IN ('wachtrij', 'verzonden', 'mislukt', 'outbox')", name="status_is_known"
        ),
        CheckConstraint(
            "(status = 'verzonden') = (sent_at IS NOT NULL)", name="sent_at_iff_verzonden"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    to_address: Mapped[str] = mapped_column(String(254), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    # A link that lets only the recipient in (password, invitation): the bodies hold
    # SECRET_LINK_MARK instead, the job puts it in when sending and then forgets it.
    secret_link: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="wachtrij")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
