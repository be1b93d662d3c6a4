"""Bevindingen of a report: sterke punten, bevindingen and numbered aanbevelingen."""
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow


class BevindingType(StrEnum):
    STERK_PUNT = "sterk_punt"
    BEVINDING = "bevinding"
    AANBEVELING = "aanbeveling"


TYPE_VALUES = ", ".join(f"'{t.value}'" for t in BevindingType)


class Bevinding(Base):
    __tablename__ = "bevinding"
    __table_args__ = (
        CheckConstraint(f"type IN ({TYPE_VALUES})", name="type_is_known"),
        CheckConstraint(
            "(type = 'aanbeveling') = (nummer IS NOT NULL)", name="only_aanbevelingen_numbered"
        ),
        CheckConstraint("length(trim(tekst)) > 0", name="tekst_not_empty"),
        UniqueConstraint("visitatie_id", "nummer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visitatie_id: Mapped[int] = mapped_column(
        ForeignKey("visitatie.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(20))
    nummer: Mapped[int | None] = mapped_column(Integer)
    tekst: Mapped[str] = mapped_column(Text)
    rapport_sectie: Mapped[str | None] = mapped_column(String(200))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    visitatie = relationship("Visitatie")
    themas: Mapped[list["BevindingThema"]] = relationship(
        back_populates="bevinding", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version_id}


class BevindingThema(Base):
    """One code: a theme given to a bevinding, with who coded it and when."""

    __tablename__ = "bevinding_thema"

    bevinding_id: Mapped[int] = mapped_column(
        ForeignKey("bevinding.id", ondelete="CASCADE"), primary_key=True
    )
    thema_id: Mapped[int] = mapped_column(ForeignKey("thema.id"), primary_key=True, index=True)
    gecodeerd_door_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    gecodeerd_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    bevinding: Mapped[Bevinding] = relationship(back_populates="themas")
    thema = relationship("Thema", lazy="joined")
