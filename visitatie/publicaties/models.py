"""Publications: what has been made public, as immutable, dated, numbered versions.

One row per published version of a visitatierapport, a verbeterplan or a Rode draden
edition. A row is never changed or deleted (the ORM refuses it, and on PostgreSQL and SQLite a
trigger does too); a correction is a new row with `versie` + 1 and a `correctie_toelichting`.
Public pages and open data read only from here, so nothing reaches them before its publish
transition. `identifier` is the stable id used in the open data and the Atom feed.
"""
from datetime import datetime

from sqlalchemy import (
    DDL, CheckConstraint, ForeignKey, Integer, JSON, String, Text, UniqueConstraint, event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.db import AwareDateTime, Base, utcnow

SOORTEN = ("rapport", "verbeterplan", "rode_draden")


class PublicatieIsImmutable(Exception):
    """Raised when code tries to change or remove a publication."""


class Publicatie(Base):
    __tablename__ = "publicatie"
    __table_args__ = (
        CheckConstraint("soort IN ('rapport','verbeterplan','rode_draden')",
                        name="soort_is_known"),
        CheckConstraint(
            "(soort = 'rode_draden') = (synthese_id IS NOT NULL)"
            " AND (soort = 'verbeterplan') = (verbeterplan_id IS NOT NULL)"
            " AND (soort <> 'rode_draden') = (visitatie_id IS NOT NULL)",
            name="object_matches_soort"),
        CheckConstraint("versie >= 1", name="versie_positive"),
        CheckConstraint("versie = 1 OR correctie_toelichting IS NOT NULL",
                        name="correction_explained"),
        UniqueConstraint("soort", "visitatie_id", "synthese_id", "versie"),
        UniqueConstraint("identifier"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    identifier: Mapped[str] = mapped_column(String(200))   # e.g. rapport/odt/ronde-2/v1
    soort: Mapped[str] = mapped_column(String(20))
    versie: Mapped[int] = mapped_column(Integer, default=1)
    visitatie_id: Mapped[int | None] = mapped_column(ForeignKey("visitatie.id"), index=True)
    verbeterplan_id: Mapped[int | None] = mapped_column(ForeignKey("verbeterplan.id"),
                                                        index=True)
    synthese_id: Mapped[int | None] = mapped_column(ForeignKey("synthese.id"), index=True)
    titel: Mapped[str] = mapped_column(String(300))
    gepubliceerd_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow,
                                                      index=True)
    gepubliceerd_door_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("gegenereerd_document.id"))
    inhoud: Mapped[dict | None] = mapped_column(JSON)   # frozen content (Rode draden edition)
    correctie_toelichting: Mapped[str | None] = mapped_column(Text)

    visitatie = relationship("Visitatie")
    verbeterplan = relationship("Verbeterplan")
    synthese = relationship("Synthese")
    document = relationship("GegenereerdDocument")


@event.listens_for(Publicatie, "before_update")
def _refuse_update(_mapper, _connection, target) -> None:
    raise PublicatieIsImmutable(f"publicatie {target.id} cannot be changed")


@event.listens_for(Publicatie, "before_delete")
def _refuse_delete(_mapper, _connection, target) -> None:
    raise PublicatieIsImmutable(f"publicatie {target.id} cannot be removed")


# The database refuses changes too; migration 0004 creates the same.
IMMUTABLE_DDL = {
    "postgresql": [
        "CREATE FUNCTION publicatie_immutable() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION 'publicatie is immutable'; END; $$ LANGUAGE plpgsql",
        "CREATE TRIGGER publicatie_immutable BEFORE UPDATE OR DELETE ON publicatie "
        "FOR EACH ROW EXECUTE FUNCTION publicatie_immutable()",
    ],
    "sqlite": [
        "CREATE TRIGGER publicatie_no_update BEFORE UPDATE ON publicatie "
        "BEGIN SELECT RAISE(ABORT, 'publicatie is immutable'); END",
        "CREATE TRIGGER publicatie_no_delete BEFORE DELETE ON publicatie "
        "BEGIN SELECT RAISE(ABORT, 'publicatie is immutable'); END",
    ],
}

for _dialect, _statements in IMMUTABLE_DDL.items():
    for _statement in _statements:
        event.listen(
            Publicatie.__table__, "after_create", DDL(_statement).execute_if(dialect=_dialect)
        )
