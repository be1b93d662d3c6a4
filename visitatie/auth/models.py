"""Accounts and the roles they hold on objects."""
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import (
    Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from visitatie.auth.roles import (
    COMMITTEE_ROLES, GLOBAL_ROLES, SCOPE_MATCHES_ROLE_SQL, Rol,
)
from visitatie.db import AwareDateTime, Base, utcnow

ROLE_VALUES = ", ".join(f"'{r.value}'" for r in Rol)


class User(UserMixin, Base):
    __tablename__ = "user_account"
    __table_args__ = (
        CheckConstraint("email = lower(email)", name="email_is_lowercase"),
        CheckConstraint("length(trim(naam)) > 0", name="naam_not_empty"),
        CheckConstraint("totp_confirmed_at IS NULL OR totp_secret IS NOT NULL",
                        name="totp_confirmed_has_secret"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    naam: Mapped[str] = mapped_column(String(200))
    functie: Mapped[str | None] = mapped_column(String(200))
    dienst_id: Mapped[int | None] = mapped_column(ForeignKey("dienst.id"), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_actief: Mapped[bool] = mapped_column(Boolean, default=True)
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    # TOTP second factor: the secret is kept from the set-up page on, it counts once confirmed
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_confirmed_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    totp_last_counter: Mapped[int | None] = mapped_column(Integer)  # refuses a replayed code
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    dienst = relationship("Dienst", lazy="joined")
    roles: Mapped[list["RoleAssignment"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin",
        order_by="RoleAssignment.id",
    )

    __mapper_args__ = {"version_id_col": version_id}

    @property
    def is_active(self) -> bool:
        return self.is_actief

    def get_id(self) -> str:
        # The session version invalidates every session after a password change.
        return f"{self.id}:{self.session_version}"

    @property
    def has_two_factor(self) -> bool:
        """Return whether the user logs in with a confirmed second factor."""
        return self.totp_confirmed_at is not None

    def has_role(self, rol: Rol) -> bool:
        """Return whether the user holds `rol` on any object."""
        return any(r.rol == rol for r in self.roles)

    def is_global(self, rol: Rol) -> bool:
        """Return whether the user holds the global role `rol`."""
        return rol in GLOBAL_ROLES and self.has_role(rol)

    def dienst_ids_as(self, *roles: Rol) -> set[int]:
        """Return the ids of the diensten on which the user holds one of `roles`."""
        return {r.dienst_id for r in self.roles if r.rol in roles and r.dienst_id}

    def committee_role(self, visitatie_id: int) -> Rol | None:
        """Return the user's committee role on a visitatie, if any."""
        return next(
            (Rol(r.rol) for r in self.roles
             if r.visitatie_id == visitatie_id and r.rol in COMMITTEE_ROLES),
            None,
        )

    def committee_visitatie_ids(self) -> set[int]:
        """Return the ids of the visitaties on whose committee the user sits."""
        return {r.visitatie_id for r in self.roles if r.rol in COMMITTEE_ROLES}

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class RoleAssignment(Base):
    __tablename__ = "role_assignment"
    __table_args__ = (
        CheckConstraint(f"rol IN ({ROLE_VALUES})", name="rol_is_known"),
        CheckConstraint(SCOPE_MATCHES_ROLE_SQL, name="scope_matches_role"),
        UniqueConstraint("user_id", "visitatie_id"),
        UniqueConstraint("user_id", "rol", "dienst_id"),
        UniqueConstraint("user_id", "rol", "ronde_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    rol: Mapped[str] = mapped_column(String(20))
    dienst_id: Mapped[int | None] = mapped_column(ForeignKey("dienst.id"), index=True)
    visitatie_id: Mapped[int | None] = mapped_column(
        ForeignKey("visitatie.id", ondelete="CASCADE"), index=True
    )
    ronde_id: Mapped[int | None] = mapped_column(ForeignKey("ronde.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)

    user: Mapped[User] = relationship(back_populates="roles")
    dienst = relationship("Dienst")
    visitatie = relationship("Visitatie", back_populates="commissie")
    ronde = relationship("Ronde")


SESSION_END_REASONS = ("uitgelogd", "wachtwoord", "gedeactiveerd", "tweestaps", "verlopen")


class UserSession(Base):
    """One login on one device; the cookie holds its token, logging out ends it for good."""
    __tablename__ = "user_session"
    __table_args__ = (
        CheckConstraint("(ended_at IS NULL) = (end_reason IS NULL)", name="ended_iff_reason"),
        CheckConstraint("end_reason IS NULL OR end_reason IN ("
                        + ", ".join(f"'{r}'" for r in SESSION_END_REASONS) + ")",
                        name="end_reason_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    end_reason: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(300))

    user: Mapped[User] = relationship()


class RecoveryCode(Base):
    """A one-time code that stands in for the authenticator app; only its hash is kept."""
    __tablename__ = "recovery_code"
    __table_args__ = (UniqueConstraint("user_id", "code_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
