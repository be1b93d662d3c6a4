"""The visitatierapport: versions made of sections, comments per section, approval."""
from datetime import datetime

from sqlalchemy import (
    CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow

# werkversie: the secretaris edits; ter_review: frozen, the committee comments;
# goedgekeurd: the voorzitter approved it; definitief: locked at vaststellen.
VERSIE_STATUSES = ("werkversie", "ter_review", "goedgekeurd", "definitief")


class RapportVersie(Base):
    __tablename__ = "rapport_versie"
    __table_args__ = (
        UniqueConstraint("visitatie_id", "nummer"),
        CheckConstraint(
            "status IN ('werkversie', 'ter_review', 'goedgekeurd', 'definitief')",
            name="status_known",
        ),
        CheckConstraint(
            "(status IN ('goedgekeurd', 'definitief')) = (goedgekeurd_at IS NOT NULL)",
            name="goedgekeurd_at_iff_approved",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visitatie_id: Mapped[int] = mapped_column(
        ForeignKey("visitatie.id", ondelete="CASCADE"), index=True
    )
    nummer: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="werkversie")
    toelichting: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    goedgekeurd_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    goedgekeurd_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    secties: Mapped[list["RapportSectie"]] = relationship(
        back_populates="versie", cascade="all, delete-orphan", order_by="RapportSectie.volgorde"
    )
    created_by = relationship("User", foreign_keys=[created_by_id])

    __mapper_args__ = {"version_id_col": version_id}

    @property
    def is_editable(self) -> bool:
        return self.status == "werkversie"


class RapportSectie(Base):
    __tablename__ = "rapport_sectie"
    __table_args__ = (UniqueConstraint("versie_id", "sleutel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    versie_id: Mapped[int] = mapped_column(
        ForeignKey("rapport_versie.id", ondelete="CASCADE"), index=True
    )
    sleutel: Mapped[str] = mapped_column(String(40))
    titel: Mapped[str] = mapped_column(String(200))
    thema_id: Mapped[int | None] = mapped_column(ForeignKey("thema.id"))
    volgorde: Mapped[int] = mapped_column(Integer)
    tekst: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    versie: Mapped[RapportVersie] = relationship(back_populates="secties")
    commentaren: Mapped[list["SectieCommentaar"]] = relationship(
        back_populates="sectie", cascade="all, delete-orphan", order_by="SectieCommentaar.id"
    )

    __mapper_args__ = {"version_id_col": version_id}


class SectieCommentaar(Base):
    __tablename__ = "sectie_commentaar"
    __table_args__ = (CheckConstraint("length(trim(tekst)) > 0", name="tekst_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sectie_id: Mapped[int] = mapped_column(
        ForeignKey("rapport_sectie.id", ondelete="CASCADE"), index=True
    )
    auteur_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    tekst: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    sectie: Mapped[RapportSectie] = relationship(back_populates="commentaren")
    auteur = relationship("User", lazy="joined")
