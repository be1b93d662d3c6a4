"""Visitation rounds and their kernstukken checklist."""
from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import Base


class Ronde(Base):
    __tablename__ = "ronde"
    __table_args__ = (
        CheckConstraint(
            "eind_datum IS NULL OR eind_datum >= start_datum", name="eind_after_start"
        ),
        CheckConstraint(
            "voortgang_interval_maanden BETWEEN 1 AND 24", name="voortgang_interval_sensible"
        ),
        CheckConstraint("wederhoor_werkdagen BETWEEN 1 AND 60", name="wederhoor_sensible"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nummer: Mapped[int] = mapped_column(Integer, unique=True)
    naam: Mapped[str] = mapped_column(String(200))
    start_datum: Mapped[date] = mapped_column(Date)
    eind_datum: Mapped[date | None] = mapped_column(Date)
    voortgang_interval_maanden: Mapped[int] = mapped_column(Integer, default=6)
    wederhoor_werkdagen: Mapped[int] = mapped_column(Integer, default=15)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    kernstuk_types: Mapped[list["KernstukType"]] = relationship(
        back_populates="ronde", order_by="KernstukType.volgorde", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version_id}

    def __repr__(self) -> str:
        return f"<Ronde {self.nummer}>"


class KernstukType(Base):
    __tablename__ = "kernstuk_type"
    __table_args__ = (UniqueConstraint("ronde_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ronde_id: Mapped[int] = mapped_column(ForeignKey("ronde.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(60))
    naam: Mapped[str] = mapped_column(String(200))
    omschrijving: Mapped[str | None] = mapped_column(Text)
    is_verplicht: Mapped[bool] = mapped_column(Boolean, default=True)
    volgorde: Mapped[int] = mapped_column(Integer, default=0)

    ronde: Mapped[Ronde] = relationship(back_populates="kernstuk_types")
