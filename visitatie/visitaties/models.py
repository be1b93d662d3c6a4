"""A Visitatie: one dienst visited in one ronde."""
from datetime import date, datetime

from sqlalchemy import (
    Boolean, CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.auth.roles import Rol
from visitatie.db import AwareDateTime, Base, utcnow
from workflows.visitatie import VisitatieState

STATE_VALUES = ", ".join(f"'{s.value}'" for s in VisitatieState)


class Visitatie(Base):
    __tablename__ = "visitatie"
    __table_args__ = (
        CheckConstraint(f"state IN ({STATE_VALUES})", name="state_is_known"),
        CheckConstraint(
            "(eerste_bezoekdag IS NULL) = (tweede_bezoekdag IS NULL)",
            name="bezoekdagen_both_or_neither",
        ),
        CheckConstraint(
            "tweede_bezoekdag IS NULL OR tweede_bezoekdag > eerste_bezoekdag",
            name="tweede_bezoekdag_after_eerste",
        ),
        UniqueConstraint("ronde_id", "dienst_id"),
        CheckConstraint(
            "is_historisch OR (state IN ('wederhoor', 'vastgesteld', 'gepubliceerd'))"
            " = (wederhoor_deadline IS NOT NULL)",
            name="wederhoor_deadline_iff_from_wederhoor",
        ),
        CheckConstraint(
            "is_historisch OR (state IN ('vastgesteld', 'gepubliceerd'))"
            " = (vastgesteld_at IS NOT NULL)",
            name="vastgesteld_at_iff_vastgesteld",
        ),
        CheckConstraint(
            "(state = 'gepubliceerd') = (gepubliceerd_at IS NOT NULL)",
            name="gepubliceerd_at_iff_gepubliceerd",
        ),
        CheckConstraint(
            "state <> 'gepubliceerd' OR is_historisch"
            " OR (db_behandeld_op IS NOT NULL AND ab_behandeld_op IS NOT NULL)",
            name="published_after_db_and_ab",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ronde_id: Mapped[int] = mapped_column(ForeignKey("ronde.id"), index=True)
    dienst_id: Mapped[int] = mapped_column(ForeignKey("dienst.id"), index=True)
    state: Mapped[str] = mapped_column(String(30), default=VisitatieState.GEPLAND.value)
    eerste_bezoekdag: Mapped[date | None] = mapped_column(Date)
    tweede_bezoekdag: Mapped[date | None] = mapped_column(Date)
    # Visits held before this application existed: the report lives outside it.
    is_historisch: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    state_changed_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    wederhoor_deadline: Mapped[date | None] = mapped_column(Date)
    wederhoor_versie_nummer: Mapped[int | None] = mapped_column(Integer)
    wederhoor_ingediend_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    vastgesteld_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    db_behandeld_op: Mapped[date | None] = mapped_column(Date)
    ab_behandeld_op: Mapped[date | None] = mapped_column(Date)
    gepubliceerd_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    ronde = relationship("Ronde", lazy="joined")
    dienst = relationship("Dienst", lazy="joined")
    commissie = relationship(
        "RoleAssignment", back_populates="visitatie", order_by="RoleAssignment.id",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version_id}

    def members_as(self, rol: Rol) -> list:
        """Return the users holding `rol` on this visitatie's committee."""
        return [a.user for a in self.commissie if a.rol == rol]

    def __repr__(self) -> str:
        return f"<Visitatie {self.dienst_id} ronde {self.ronde_id} {self.state}>"
