"""Omgevingsdiensten, their provinces, mergers and robustness judgements."""
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow

PROVINCIES = (
    "Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg",
    "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
)
PROVINCIE_VALUES = ", ".join(f"'{p}'" for p in PROVINCIES)


class Dienst(Base):
    __tablename__ = "dienst"
    __table_args__ = (
        CheckConstraint(
            "geldig_tot IS NULL OR geldig_van IS NULL OR geldig_tot >= geldig_van",
            name="geldig_tot_after_geldig_van",
        ),
        CheckConstraint("opgevolgd_door_id <> id", name="not_its_own_successor"),
        CheckConstraint(
            "opgevolgd_door_id IS NULL OR geldig_tot IS NOT NULL",
            name="successor_needs_end_date",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    naam: Mapped[str] = mapped_column(String(200), unique=True)
    korte_naam: Mapped[str] = mapped_column(String(40))
    geldig_van: Mapped[date | None] = mapped_column(Date)
    geldig_tot: Mapped[date | None] = mapped_column(Date)
    opgevolgd_door_id: Mapped[int | None] = mapped_column(ForeignKey("dienst.id"))
    website: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    provincies: Mapped[list["DienstProvincie"]] = relationship(
        cascade="all, delete-orphan", order_by="DienstProvincie.provincie"
    )
    opgevolgd_door: Mapped["Dienst | None"] = relationship(
        remote_side=[id], back_populates="voorgangers"
    )
    voorgangers: Mapped[list["Dienst"]] = relationship(back_populates="opgevolgd_door")
    robuustheid: Mapped[list["RobuustheidsOordeel"]] = relationship(
        back_populates="dienst", order_by="RobuustheidsOordeel.peildatum"
    )

    __mapper_args__ = {"version_id_col": version_id}

    @property
    def provincie_namen(self) -> list[str]:
        return [p.provincie for p in self.provincies]

    def is_geldig_op(self, day: date) -> bool:
        """Return whether the dienst exists on `day`."""
        started = self.geldig_van is None or self.geldig_van <= day
        return started and (self.geldig_tot is None or day <= self.geldig_tot)

    def __repr__(self) -> str:
        return f"<Dienst {self.korte_naam}>"


class DienstProvincie(Base):
    __tablename__ = "dienst_provincie"
    __table_args__ = (
        CheckConstraint(f"provincie IN ({PROVINCIE_VALUES})", name="provincie_is_known"),
    )

    dienst_id: Mapped[int] = mapped_column(
        ForeignKey("dienst.id", ondelete="CASCADE"), primary_key=True
    )
    provincie: Mapped[str] = mapped_column(String(40), primary_key=True)


class RobuustheidCategorie(Base):
    __tablename__ = "robuustheid_categorie"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    volgorde: Mapped[int] = mapped_column(Integer)


class RobuustheidsOordeel(Base):
    __tablename__ = "robuustheids_oordeel"
    __table_args__ = (UniqueConstraint("dienst_id", "peildatum", "bron"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dienst_id: Mapped[int] = mapped_column(ForeignKey("dienst.id"), index=True)
    categorie_code: Mapped[str] = mapped_column(ForeignKey("robuustheid_categorie.code"))
    peildatum: Mapped[date] = mapped_column(Date)
    bron: Mapped[str] = mapped_column(Text)

    dienst: Mapped[Dienst] = relationship(back_populates="robuustheid")
    categorie: Mapped[RobuustheidCategorie] = relationship(lazy="joined")
