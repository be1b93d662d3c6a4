"""The interview schedule of the two visit days, and the committee's notes."""
from datetime import datetime, time

from sqlalchemy import (
    Boolean, CheckConstraint, ForeignKey, Integer, String, Text, Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow

CATEGORIEEN = (
    "intake", "bestuur", "directie", "mt", "medewerkers", "or", "ambtelijk_opdrachtgevers",
    "ketenpartners", "complexe_casus", "afsluitende_sessie",
)
NIVEAUS = ("bestuurlijk", "directie", "management", "uitvoerend")


def _in(values) -> str:
    return ", ".join(f"'{v}'" for v in values)


class Gesprek(Base):
    __tablename__ = "gesprek"
    __table_args__ = (
        CheckConstraint("dag IN (1, 2)", name="dag_one_or_two"),
        CheckConstraint("eind_tijd > start_tijd", name="eind_after_start"),
        CheckConstraint(f"categorie IN ({_in(CATEGORIEEN)})", name="categorie_known"),
        CheckConstraint(f"niveau IN ({_in(NIVEAUS)})", name="niveau_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visitatie_id: Mapped[int] = mapped_column(
        ForeignKey("visitatie.id", ondelete="CASCADE"), index=True
    )
    dag: Mapped[int] = mapped_column(Integer)
    start_tijd: Mapped[time] = mapped_column(Time)
    eind_tijd: Mapped[time] = mapped_column(Time)
    categorie: Mapped[str] = mapped_column(String(30))
    niveau: Mapped[str] = mapped_column(String(20))
    onderwerp: Mapped[str | None] = mapped_column(String(200))
    locatie: Mapped[str | None] = mapped_column(String(200))
    is_gehouden: Mapped[bool] = mapped_column(Boolean, default=False)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    deelnemers: Mapped[list["GesprekDeelnemer"]] = relationship(
        back_populates="gesprek", cascade="all, delete-orphan", order_by="GesprekDeelnemer.id",
        lazy="selectin",
    )
    notities: Mapped[list["GesprekNotitie"]] = relationship(
        back_populates="gesprek", cascade="all, delete-orphan", order_by="GesprekNotitie.id"
    )

    __mapper_args__ = {"version_id_col": version_id}


class GesprekDeelnemer(Base):
    """A participant by name and function; no account needed."""

    __tablename__ = "gesprek_deelnemer"

    id: Mapped[int] = mapped_column(primary_key=True)
    gesprek_id: Mapped[int] = mapped_column(
        ForeignKey("gesprek.id", ondelete="CASCADE"), index=True
    )
    naam: Mapped[str] = mapped_column(String(200))
    functie: Mapped[str | None] = mapped_column(String(200))
    organisatie: Mapped[str | None] = mapped_column(String(200))

    gesprek: Mapped[Gesprek] = relationship(back_populates="deelnemers")


class GesprekNotitie(Base):
    """A committee member's notes on a gesprek: for the committee only, never the dienst."""

    __tablename__ = "gesprek_notitie"
    __table_args__ = (CheckConstraint("length(trim(tekst)) > 0", name="tekst_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    gesprek_id: Mapped[int] = mapped_column(
        ForeignKey("gesprek.id", ondelete="CASCADE"), index=True
    )
    auteur_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    tekst: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    gesprek: Mapped[Gesprek] = relationship(back_populates="notities")
    auteur = relationship("User", lazy="joined")

    __mapper_args__ = {"version_id_col": version_id}
