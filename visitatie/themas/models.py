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
    versie: Mapped[int] = mapped_column(Integer, default=1)   # +1 on every codebook change
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    gewijzigd_at: Mapped[datetime | None] = mapped_column(AwareDateTime())

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


class ThemaWijziging(Base):
    """One change to the codebook: a theme added, renamed, moved, merged or (re)mapped.

    Append-only history: `oud` and `nieuw` hold the value before and after (a name, a parent
    code, a kader letter, the theme merged into); `codeboek_versie` is the version it made.
    """

    __tablename__ = "thema_wijziging"
    __table_args__ = (
        CheckConstraint(
            "soort IN ('aangemaakt','hernoemd','verplaatst','samengevoegd','kader_gekoppeld',"
            "'omschrijving_gewijzigd')", name="soort_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thema_id: Mapped[int] = mapped_column(ForeignKey("thema.id", ondelete="CASCADE"),
                                          index=True)
    soort: Mapped[str] = mapped_column(String(30))
    oud: Mapped[str | None] = mapped_column(Text)
    nieuw: Mapped[str | None] = mapped_column(Text)
    codeboek_versie: Mapped[int] = mapped_column(Integer)
    door_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    thema: Mapped[Thema] = relationship()
    door = relationship("User")


class CodeWijziging(Base):
    """One change to the codes of a bevinding: a theme given, taken away or moved by a merge.

    Append-only; together with BevindingThema (the current codes, each with who coded it and
    when) it answers "who coded what, when, and how did it get here".
    """

    __tablename__ = "code_wijziging"
    __table_args__ = (
        CheckConstraint("soort IN ('toegekend','verwijderd','samengevoegd')",
                        name="soort_is_known"),
        CheckConstraint("bron IN ('handmatig','suggestie','samenvoeging')",
                        name="bron_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bevinding_id: Mapped[int] = mapped_column(
        ForeignKey("bevinding.id", ondelete="CASCADE"), index=True
    )
    thema_id: Mapped[int] = mapped_column(ForeignKey("thema.id"), index=True)
    van_thema_id: Mapped[int | None] = mapped_column(ForeignKey("thema.id"))  # for a merge
    soort: Mapped[str] = mapped_column(String(20))
    bron: Mapped[str] = mapped_column(String(20), default="handmatig")
    door_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    thema: Mapped[Thema] = relationship(foreign_keys=[thema_id])
    van_thema: Mapped[Thema | None] = relationship(foreign_keys=[van_thema_id])
    door = relationship("User")


class ThemaSuggestie(Base):
    """A suggested theme for a bevinding, and what a person decided about it.

    Suggestions are advice: only `bevestigd` ever leads to a code, and only by the person
    who confirmed it. A rejected suggestion is not offered again for the same bevinding.
    """

    __tablename__ = "thema_suggestie"
    __table_args__ = (
        UniqueConstraint("bevinding_id", "thema_id"),
        CheckConstraint("besluit IN ('bevestigd','afgewezen')", name="besluit_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bevinding_id: Mapped[int] = mapped_column(
        ForeignKey("bevinding.id", ondelete="CASCADE"), index=True
    )
    thema_id: Mapped[int] = mapped_column(ForeignKey("thema.id"), index=True)
    score: Mapped[float] = mapped_column()
    rang: Mapped[int] = mapped_column(Integer)          # 1..3 as offered
    model_omschrijving: Mapped[str] = mapped_column(String(200))
    besluit: Mapped[str] = mapped_column(String(20))
    door_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    thema: Mapped[Thema] = relationship()
