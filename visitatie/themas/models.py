"""The theme codebook: a hierarchical tree per ronde, mapped to the kader themes A-F."""
from datetime import datetime

from sqlalchemy import (
    CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow


class KaderThema(Base):
    """A theme A-F of the visitatiekader; its titles are not in the sources, so editable."""

    __tablename__ = "kader_thema"
    __table_args__ = (CheckConstraint("code IN ('A','B','C','D','E','F')", name="code_a_to_f"),)

    code: Mapped[str] = mapped_column(String(1), primary_key=True)
    titel: Mapped[str] = mapped_column(String(200))
    omschrijving: Mapped[str | None] = mapped_column(Text)


class Codeboek(Base):
    __tablename__ = "codeboek"
    __table_args__ = (UniqueConstraint("ronde_id", "versie"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ronde_id: Mapped[int] = mapped_column(ForeignKey("ronde.id"), index=True)
    versie: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    ronde = relationship("Ronde")
    themas: Mapped[list["Thema"]] = relationship(
        back_populates="codeboek", order_by="Thema.volgorde", cascade="all, delete-orphan"
    )


class Thema(Base):
    __tablename__ = "thema"
    __table_args__ = (
        UniqueConstraint("codeboek_id", "code"),
        CheckConstraint("parent_id <> id", name="not_its_own_parent"),
        CheckConstraint("samengevoegd_in_id <> id", name="not_merged_into_itself"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    codeboek_id: Mapped[int] = mapped_column(
        ForeignKey("codeboek.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("thema.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    naam: Mapped[str] = mapped_column(String(200))
    omschrijving: Mapped[str | None] = mapped_column(Text)
    volgorde: Mapped[int] = mapped_column(Integer, default=0)
    kader_thema_code: Mapped[str | None] = mapped_column(ForeignKey("kader_thema.code"))
    samengevoegd_in_id: Mapped[int | None] = mapped_column(ForeignKey("thema.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    codeboek: Mapped[Codeboek] = relationship(back_populates="themas")
    parent: Mapped["Thema | None"] = relationship(
        remote_side=[id], foreign_keys=[parent_id], back_populates="children"
    )
    children: Mapped[list["Thema"]] = relationship(
        foreign_keys=[parent_id], back_populates="parent", order_by="Thema.volgorde"
    )
    kader_thema: Mapped[KaderThema | None] = relationship()

    __mapper_args__ = {"version_id_col": version_id}

    @property
    def label(self) -> str:
        return f"{self.code} {self.naam}"
