"""Generated documents (PDFs), rendered by a job; the page shows their status."""
from datetime import datetime

from sqlalchemy import (
    BigInteger, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from visitatie.db import AwareDateTime, Base, utcnow

KINDS = ("visitatierapport_concept", "visitatierapport", "verbeterplan", "rode_draden")
STATUSES = ("wachtrij", "bezig", "klaar", "mislukt")


class GegenereerdDocument(Base):
    __tablename__ = "gegenereerd_document"
    __table_args__ = (
        UniqueConstraint("soort", "object_type", "object_id", "content_hash"),
        CheckConstraint(
            "soort IN ('visitatierapport_concept', 'visitatierapport', 'verbeterplan',"
            " 'rode_draden')", name="soort_is_known"),
        CheckConstraint("status IN ('wachtrij', 'bezig', 'klaar', 'mislukt')",
                        name="status_is_known"),
        CheckConstraint(
            "(status = 'klaar') = (opslagnaam IS NOT NULL AND sha256 IS NOT NULL)",
            name="file_iff_klaar"),
        CheckConstraint("status <> 'mislukt' OR error IS NOT NULL", name="mislukt_has_error"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    soort: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="wachtrij")
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    opslagnaam: Mapped[str | None] = mapped_column(String(64), unique=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    grootte: Mapped[int | None] = mapped_column(BigInteger)
    pagina_count: Mapped[int | None] = mapped_column(Integer)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
