"""Hoor en wederhoor: the dienst's factual corrections per section and their handling."""
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow

BESLUITEN = ("open", "overgenomen", "niet_overgenomen")


class WederhoorCorrectie(Base):
    __tablename__ = "wederhoor_correctie"
    __table_args__ = (
        CheckConstraint("length(trim(tekst)) > 0", name="tekst_not_empty"),
        CheckConstraint(
            "besluit IN ('open', 'overgenomen', 'niet_overgenomen')", name="besluit_known"
        ),
        CheckConstraint(
            "besluit <> 'niet_overgenomen' OR length(trim(coalesce(besluit_reden, ''))) > 0",
            name="declined_needs_reason",
        ),
        CheckConstraint("(besluit = 'open') = (besluit_at IS NULL)", name="besluit_at_iff_decided"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visitatie_id: Mapped[int] = mapped_column(
        ForeignKey("visitatie.id", ondelete="CASCADE"), index=True
    )
    sectie_id: Mapped[int] = mapped_column(ForeignKey("rapport_sectie.id"), index=True)
    tekst: Mapped[str] = mapped_column(Text)
    auteur_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    besluit: Mapped[str] = mapped_column(String(20), default="open")
    besluit_reden: Mapped[str | None] = mapped_column(Text)
    besluit_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    besluit_at: Mapped[datetime | None] = mapped_column(AwareDateTime())

    sectie = relationship("RapportSectie")
    auteur = relationship("User", foreign_keys=[auteur_id], lazy="joined")
