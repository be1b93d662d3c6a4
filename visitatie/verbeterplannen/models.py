"""Verbeterplannen: acties linked to aanbevelingen, their history, evidence and progress."""
from datetime import date, datetime

from sqlalchemy import (
    BigInteger, Boolean, CheckConstraint, Column, Date, ForeignKey, Integer, String,
    Table, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow
from workflows.verbeterplan import ActieStatus, PlanState


def _in(enum) -> str:
    return ", ".join(f"'{m.value}'" for m in enum)


class Verbeterplan(Base):
    __tablename__ = "verbeterplan"
    __table_args__ = (
        CheckConstraint(f"state IN ({_in(PlanState)})", name="state_is_known"),
        CheckConstraint(
            "(state IN ('vastgesteld', 'gepubliceerd', 'in_uitvoering', 'afgerond'))"
            " = (vastgesteld_op IS NOT NULL)", name="vastgesteld_op_iff_adopted"),
        CheckConstraint(
            "(state IN ('gepubliceerd', 'in_uitvoering', 'afgerond'))"
            " = (gepubliceerd_at IS NOT NULL)", name="gepubliceerd_at_iff_published"),
        CheckConstraint("(state = 'afgerond') = (afgerond_at IS NOT NULL)",
                        name="afgerond_at_iff_afgerond"),
        CheckConstraint("voortgang_interval_maanden BETWEEN 1 AND 24",
                        name="voortgang_interval_sensible"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visitatie_id: Mapped[int] = mapped_column(
        ForeignKey("visitatie.id", ondelete="CASCADE"), unique=True)
    state: Mapped[str] = mapped_column(String(20), default=PlanState.CONCEPT.value)
    state_changed_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    due_on: Mapped[date | None] = mapped_column(Date)
    voortgang_interval_maanden: Mapped[int] = mapped_column(Integer, default=6)
    toelichting: Mapped[str | None] = mapped_column(Text)
    ingediend_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    geaccepteerd_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    vastgesteld_op: Mapped[date | None] = mapped_column(Date)
    vastgesteld_door: Mapped[str | None] = mapped_column(String(20))  # 'DB' or 'AB'
    besluit_bestandsnaam: Mapped[str | None] = mapped_column(String(255))
    besluit_opslagnaam: Mapped[str | None] = mapped_column(String(64), unique=True)
    besluit_sha256: Mapped[str | None] = mapped_column(String(64))
    besluit_grootte: Mapped[int | None] = mapped_column(BigInteger)
    besluit_mime_type: Mapped[str | None] = mapped_column(String(120))
    gepubliceerd_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    afgerond_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    visitatie = relationship("Visitatie", lazy="joined")
    acties: Mapped[list["Actie"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Actie.id")
    reacties: Mapped[list["AanbevelingReactie"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version_id}


class AanbevelingReactie(Base):
    """An aanbeveling the dienst does not take over, with its motivation."""

    __tablename__ = "aanbeveling_reactie"
    __table_args__ = (
        UniqueConstraint("verbeterplan_id", "bevinding_id"),
        CheckConstraint("length(trim(motivering)) > 0", name="motivering_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    verbeterplan_id: Mapped[int] = mapped_column(
        ForeignKey("verbeterplan.id", ondelete="CASCADE"), index=True)
    bevinding_id: Mapped[int] = mapped_column(ForeignKey("bevinding.id"), index=True)
    niet_overgenomen: Mapped[bool] = mapped_column(Boolean, default=True)
    motivering: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    plan: Mapped[Verbeterplan] = relationship(back_populates="reacties")
    bevinding = relationship("Bevinding")


actie_aanbeveling = Table(
    "actie_aanbeveling", Base.metadata,
    Column("actie_id", ForeignKey("actie.id", ondelete="CASCADE"), primary_key=True),
    Column("bevinding_id", ForeignKey("bevinding.id"), primary_key=True, index=True),
)


class Actie(Base):
    __tablename__ = "actie"
    __table_args__ = (
        CheckConstraint(f"status IN ({_in(ActieStatus)})", name="status_is_known"),
        CheckConstraint(
            "status <> 'gestopt' OR length(trim(coalesce(stop_reden, ''))) > 0",
            name="gestopt_needs_reason"),
        CheckConstraint("length(trim(titel)) > 0", name="titel_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    verbeterplan_id: Mapped[int] = mapped_column(
        ForeignKey("verbeterplan.id", ondelete="CASCADE"), index=True)
    titel: Mapped[str] = mapped_column(String(300))
    omschrijving: Mapped[str | None] = mapped_column(Text)
    eigenaar_naam: Mapped[str] = mapped_column(String(200))
    eigenaar_functie: Mapped[str | None] = mapped_column(String(200))
    middelen: Mapped[str | None] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(Text)
    planned_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default=ActieStatus.GEPLAND.value)
    stop_reden: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[Verbeterplan] = relationship(back_populates="acties")
    aanbevelingen = relationship("Bevinding", secondary=actie_aanbeveling,
                                 order_by="Bevinding.nummer", lazy="selectin")
    historie: Mapped[list["ActieStatusWijziging"]] = relationship(
        back_populates="actie", cascade="all, delete-orphan",
        order_by="ActieStatusWijziging.id")
    bewijzen: Mapped[list["ActieBewijs"]] = relationship(
        back_populates="actie", cascade="all, delete-orphan", order_by="ActieBewijs.id")

    __mapper_args__ = {"version_id_col": version_id}


class ActieStatusWijziging(Base):
    __tablename__ = "actie_status_wijziging"

    id: Mapped[int] = mapped_column(primary_key=True)
    actie_id: Mapped[int] = mapped_column(ForeignKey("actie.id", ondelete="CASCADE"),
                                          index=True)
    van: Mapped[str | None] = mapped_column(String(20))
    naar: Mapped[str] = mapped_column(String(20))
    toelichting: Mapped[str | None] = mapped_column(Text)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    actie: Mapped[Actie] = relationship(back_populates="historie")
    by = relationship("User", lazy="joined")


class ActieBewijs(Base):
    """Evidence uploaded for an actie (same safe upload rules as kernstukken)."""

    __tablename__ = "actie_bewijs"
    __table_args__ = (CheckConstraint("grootte > 0", name="not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actie_id: Mapped[int] = mapped_column(ForeignKey("actie.id", ondelete="CASCADE"),
                                          index=True)
    bestandsnaam: Mapped[str] = mapped_column(String(255))
    opslagnaam: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    grootte: Mapped[int] = mapped_column(BigInteger)
    mime_type: Mapped[str] = mapped_column(String(120))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    uploaded_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    actie: Mapped[Actie] = relationship(back_populates="bewijzen")


class Voortgangsrapportage(Base):
    __tablename__ = "voortgangsrapportage"
    __table_args__ = (
        UniqueConstraint("verbeterplan_id", "periode"),
        CheckConstraint("status IN ('concept', 'ingediend')", name="status_is_known"),
        CheckConstraint("(status = 'ingediend') = (ingediend_at IS NOT NULL)",
                        name="ingediend_at_iff_ingediend"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    verbeterplan_id: Mapped[int] = mapped_column(
        ForeignKey("verbeterplan.id", ondelete="CASCADE"), index=True)
    periode: Mapped[int] = mapped_column(Integer)  # 1, 2, ...: every interval after publication
    due_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="concept")
    reflectie: Mapped[str | None] = mapped_column(Text)
    ingediend_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    ingediend_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    regels: Mapped[list["VoortgangRegel"]] = relationship(
        back_populates="rapportage", cascade="all, delete-orphan", order_by="VoortgangRegel.id")

    __mapper_args__ = {"version_id_col": version_id}


class VoortgangRegel(Base):
    """The status and explanation of one actie in a progress report."""

    __tablename__ = "voortgang_regel"
    __table_args__ = (
        UniqueConstraint("rapportage_id", "actie_id"),
        CheckConstraint(f"status IN ({_in(ActieStatus)})", name="status_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rapportage_id: Mapped[int] = mapped_column(
        ForeignKey("voortgangsrapportage.id", ondelete="CASCADE"), index=True)
    actie_id: Mapped[int] = mapped_column(ForeignKey("actie.id", ondelete="CASCADE"),
                                          index=True)
    status: Mapped[str] = mapped_column(String(20))
    toelichting: Mapped[str | None] = mapped_column(Text)

    rapportage: Mapped[Voortgangsrapportage] = relationship(back_populates="regels")
    actie = relationship("Actie")


class OpvolgingsOordeel(Base):
    """The next ronde's committee judges an earlier aanbeveling of the same dienst."""

    __tablename__ = "opvolgings_oordeel"
    __table_args__ = (
        UniqueConstraint("visitatie_id", "bevinding_id"),
        CheckConstraint(
            "oordeel IN ('opgevolgd', 'deels_opgevolgd', 'niet_opgevolgd')",
            name="oordeel_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visitatie_id: Mapped[int] = mapped_column(
        ForeignKey("visitatie.id", ondelete="CASCADE"), index=True)
    bevinding_id: Mapped[int] = mapped_column(ForeignKey("bevinding.id"), index=True)
    oordeel: Mapped[str] = mapped_column(String(20))
    toelichting: Mapped[str | None] = mapped_column(Text)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    bevinding = relationship("Bevinding", lazy="joined")

    __mapper_args__ = {"version_id_col": version_id}
