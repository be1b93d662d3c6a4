"""The Rode draden rapportage (Synthese): an edition per ronde, or an interim one over chosen
visitaties; sections per theme, integral conclusions, klankbord comments per section."""
from datetime import date, datetime

from sqlalchemy import (
    Boolean, CheckConstraint, Column, Date, ForeignKey, Integer, String, Table, Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow
from workflows.synthese import SyntheseState

STATE_VALUES = ", ".join(f"'{s.value}'" for s in SyntheseState)

synthese_visitatie = Table(
    "synthese_visitatie",
    Base.metadata,
    Column("synthese_id", ForeignKey("synthese.id", ondelete="CASCADE"), primary_key=True),
    Column("visitatie_id", ForeignKey("visitatie.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Synthese(Base):
    __tablename__ = "synthese"
    __table_args__ = (
        CheckConstraint(f"state IN ({STATE_VALUES})", name="state_is_known"),
        CheckConstraint("soort IN ('editie','tussentijds')", name="soort_is_known"),
        CheckConstraint(
            "state IN ('concept','klankbord') OR vastgesteld_at IS NOT NULL",
            name="vastgesteld_at_when_adopted"),
        UniqueConstraint("slug"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ronde_id: Mapped[int] = mapped_column(ForeignKey("ronde.id"), index=True)
    soort: Mapped[str] = mapped_column(String(20), default="editie")
    titel: Mapped[str] = mapped_column(String(300))
    slug: Mapped[str] = mapped_column(String(120))       # stable public URL part
    state: Mapped[str] = mapped_column(String(20), default=SyntheseState.CONCEPT.value)
    state_changed_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    inleiding: Mapped[str | None] = mapped_column(Text)
    integrale_conclusies: Mapped[str | None] = mapped_column(Text)
    klankbord_ronde: Mapped[int] = mapped_column(Integer, default=0)   # rounds started
    vastgesteld_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    vastgesteld_door_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    vastgesteld_op: Mapped[date | None] = mapped_column(Date)   # the bestuur meeting date
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    ronde = relationship("Ronde")
    visitaties = relationship("Visitatie", secondary=synthese_visitatie,
                              order_by="Visitatie.eerste_bezoekdag")
    secties: Mapped[list["SyntheseSectie"]] = relationship(
        back_populates="synthese", order_by="SyntheseSectie.volgorde",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version_id}


class SyntheseSectie(Base):
    """A chapter of the edition: one theme of the codebook (or a free section without one)."""

    __tablename__ = "synthese_sectie"
    __table_args__ = (UniqueConstraint("synthese_id", "thema_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    synthese_id: Mapped[int] = mapped_column(ForeignKey("synthese.id", ondelete="CASCADE"),
                                             index=True)
    thema_id: Mapped[int | None] = mapped_column(ForeignKey("thema.id"), index=True)
    titel: Mapped[str] = mapped_column(String(300))
    tekst: Mapped[str | None] = mapped_column(Text)       # sanitized HTML (nh3)
    volgorde: Mapped[int] = mapped_column(Integer, default=0)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    synthese: Mapped[Synthese] = relationship(back_populates="secties")
    thema = relationship("Thema")
    opmerkingen: Mapped[list["KlankbordOpmerking"]] = relationship(
        back_populates="sectie", order_by="KlankbordOpmerking.created_at",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version_id}


class KlankbordOpmerking(Base):
    """A klankbordgroep member's comment on a section, and how the authors processed it."""

    __tablename__ = "klankbord_opmerking"
    __table_args__ = (
        CheckConstraint("verwerking IN ('open','overgenomen','niet_overgenomen')",
                        name="verwerking_is_known"),
        CheckConstraint("verwerking = 'open' OR reactie IS NOT NULL OR verwerking = 'overgenomen'",
                        name="reason_when_declined"),
        CheckConstraint("length(trim(tekst)) > 0", name="tekst_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sectie_id: Mapped[int] = mapped_column(ForeignKey("synthese_sectie.id", ondelete="CASCADE"),
                                           index=True)
    klankbord_ronde: Mapped[int] = mapped_column(Integer)
    auteur_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    tekst: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    verwerking: Mapped[str] = mapped_column(String(20), default="open")
    reactie: Mapped[str | None] = mapped_column(Text)
    verwerkt_door_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    verwerkt_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    is_verwijderd: Mapped[bool] = mapped_column(Boolean, default=False)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    sectie: Mapped[SyntheseSectie] = relationship(back_populates="opmerkingen")
    auteur = relationship("User", foreign_keys=[auteur_id])
    verwerkt_door = relationship("User", foreign_keys=[verwerkt_door_id])

    __mapper_args__ = {"version_id_col": version_id}
