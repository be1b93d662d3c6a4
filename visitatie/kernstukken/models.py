"""Uploaded kernstukken: every upload is a new version of its type, nothing is overwritten."""
from datetime import datetime

from sqlalchemy import (
    BigInteger, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow

BEOORDELINGEN = ("open", "akkoord", "terug")


class KernstukDocument(Base):
    __tablename__ = "kernstuk_document"
    __table_args__ = (
        UniqueConstraint("visitatie_id", "kernstuk_type_id", "versie"),
        CheckConstraint("grootte > 0", name="not_empty"),
        CheckConstraint("beoordeling IN ('open', 'akkoord', 'terug')", name="beoordeling_known"),
        CheckConstraint(
            "beoordeling <> 'terug' OR length(trim(coalesce(opmerking, ''))) > 0",
            name="terug_needs_opmerking",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visitatie_id: Mapped[int] = mapped_column(
        ForeignKey("visitatie.id", ondelete="CASCADE"), index=True
    )
    kernstuk_type_id: Mapped[int] = mapped_column(ForeignKey("kernstuk_type.id"), index=True)
    versie: Mapped[int] = mapped_column(Integer)
    bestandsnaam: Mapped[str] = mapped_column(String(255))
    opslagnaam: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    grootte: Mapped[int] = mapped_column(BigInteger)
    mime_type: Mapped[str] = mapped_column(String(120))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    uploaded_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    beoordeling: Mapped[str] = mapped_column(String(10), default="open")
    opmerking: Mapped[str | None] = mapped_column(Text)
    beoordeeld_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    beoordeeld_at: Mapped[datetime | None] = mapped_column(AwareDateTime())

    kernstuk_type = relationship("KernstukType", lazy="joined")
    uploaded_by = relationship("User", foreign_keys=[uploaded_by_id], lazy="joined")
