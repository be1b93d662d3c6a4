"""Operations on accounts: log in, passwords, users and their roles. They never commit."""
from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import select

from visitatie.audit.operations import record_event
from visitatie.auth.models import RoleAssignment, User
from visitatie.auth.passwords import hash_password, needs_rehash, verify_password
from visitatie.auth.roles import COMMITTEE_ROLES, DIENST_ROLES, GLOBAL_ROLES, RONDE_ROLES, Rol
from visitatie.auth.sessions import end_all_sessions, end_session, start_session
from visitatie.auth.ties import refuse_committee_of_own_dienst, refuse_tie_while_on_committee
from visitatie.auth.tokens import make_password_token, read_password_token
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.jobs import enqueue_after_commit
from visitatie.mail.operations import queue_mail


def find_user_by_email(session, email: str) -> User | None:
    """Return the account with this address (case-insensitive), if any."""
    stmt = select(User).where(User.email == normalize_email(email))
    return session.scalars(stmt).first()


def normalize_email(email: str) -> str:
    """Return the address trimmed and lower-cased."""
    return (email or "").strip().lower()


def authenticate(session, email: str, password: str) -> User | None:
    """Return the active user whose password matches, else None; audits a refusal.

    Known and unknown addresses do the same work: one password verification (against a
    dummy hash made once when there is no account) and one lookup.
    """
    user = find_user_by_email(session, email)
    ok = verify_password(user.password_hash if user else None, password)
    if user is None:
        return None
    if not (ok and user.is_actief):
        record_event(session, None, "login_geweigerd", user)
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def log_in(session, user: User, second_factor: str | None = None) -> str:
    """Record a completed login and open a server-side session; return its token."""
    user.last_login_at = utcnow()
    record_event(session, user, "ingelogd", user,
                 details={"tweede_factor": second_factor} if second_factor else None)
    return start_session(session, user)


def log_out(session, token: str | None) -> None:
    """End the session of this cookie for good."""
    end_session(session, token, "uitgelogd")


def request_password_reset(session, email: str) -> None:
    """Queue the reset mail for `email`; the job finds out whether an account has it.

    The request does the same work for every address (no lookup, one queued job), so
    neither its answer nor its duration tells whether an account exists.
    """
    enqueue_after_commit(session, "visitatie.auth.jobs.send_password_reset",
                         normalize_email(email))


def mail_password_reset(session, email: str) -> bool:
    """Mail a reset link if an active account has this address; return whether it did."""
    user = find_user_by_email(session, email)
    if user is None or not user.is_actief:
        return False
    _mail_password_link(session, user, "wachtwoord_herstellen",
                        _("Wachtwoord opnieuw instellen"), purpose="herstel", actor=user)
    record_event(session, user, "wachtwoord_herstel_gevraagd", user,
                 details={"aangevraagd_door": user.id, "via": "wachtwoord vergeten"})
    return True


def password_token_holder(session, token: str) -> tuple[User, dict] | None:
    """Return the user a still-valid, unused token belongs to, with the token's data."""
    data = read_password_token(token)
    if data is None:
        return None
    user = session.get(User, data["u"])
    if user is None or not user.is_actief or user.session_version != data["v"]:
        return None
    return user, data


def set_password(session, user: User, password: str, actor: User | None = None,
                 keep_session: str | None = None, details: dict | None = None) -> None:
    """Give `user` a new password and end all their sessions but `keep_session`."""
    user.password_hash = hash_password(password)
    user.session_version += 1
    end_all_sessions(session, user, "wachtwoord", keep=keep_session)
    record_event(session, actor or user, "wachtwoord_gewijzigd", user, details=details)


def set_password_with_token(session, user: User, data: dict, password: str) -> None:
    """Set the password through a mailed link, recording who asked for the link."""
    set_password(session, user, password,
                 details={"via": data["p"], "link_aangevraagd_door": data["a"]})


def change_own_password(session, user: User, current: str, new: str,
                        keep_session: str | None = None) -> None:
    """Change the user's password after checking the current one; end the other sessions."""
    if not verify_password(user.password_hash, current):
        raise DomainError(_("Het huidige wachtwoord klopt niet."), field="huidig_wachtwoord")
    set_password(session, user, new, keep_session=keep_session)


def create_user(session, actor: User, *, email: str, naam: str, functie: str | None,
                dienst_id: int | None, invite: bool = True) -> User:
    """Create an account; by default mail an invitation to set a password."""
    email = normalize_email(email)
    if find_user_by_email(session, email):
        raise DomainError(_("Er bestaat al een account met dit e-mailadres."), field="email")
    user = User(email=email, naam=naam.strip(), functie=functie or None, dienst_id=dienst_id)
    session.add(user)
    session.flush()
    record_event(session, actor, "gebruiker_aangemaakt", user)
    if invite:
        _mail_password_link(session, user, "uitnodiging", _("Uw account voor Visitaties"),
                            purpose="uitnodiging", actor=actor)
        record_event(session, actor, "uitnodiging_verstuurd", user,
                     details={"aangevraagd_door": getattr(actor, "id", None)})
    return user


def update_user(session, actor: User, user: User, *, version_id: int, **fields) -> None:
    """Change a user's details; refuse when someone else saved in between."""
    if user.version_id != version_id:
        raise StaleEdit(_("Deze gebruiker is intussen door iemand anders gewijzigd. "
                          "Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in."))
    fields["email"] = normalize_email(fields["email"])
    other = find_user_by_email(session, fields["email"])
    if other is not None and other.id != user.id:
        raise DomainError(_("Er bestaat al een account met dit e-mailadres."), field="email")
    changed = {k: v for k, v in fields.items() if getattr(user, k) != v}
    if "dienst_id" in changed:
        refuse_tie_while_on_committee(user, changed["dienst_id"], field="dienst_id")
    for key, value in changed.items():
        setattr(user, key, value)
    if "is_actief" in changed and not user.is_actief:
        user.session_version += 1
        end_all_sessions(session, user, "gedeactiveerd")
    record_event(session, actor, "gebruiker_gewijzigd", user, details={"velden": sorted(changed)})


def assign_role(session, actor: User, user: User, rol: Rol, *, dienst_id=None,
                visitatie=None, ronde_id=None) -> RoleAssignment:
    """Give `user` the role `rol` on the object its kind of role requires."""
    rol = Rol(rol)
    scope = _role_scope(rol, dienst_id, visitatie, ronde_id)
    _refuse_duplicate_role(user, rol, scope)
    if rol in COMMITTEE_ROLES:
        refuse_committee_of_own_dienst(user, visitatie)
    if rol in DIENST_ROLES:
        refuse_tie_while_on_committee(user, dienst_id, field="dienst_id")
    assignment = RoleAssignment(user=user, rol=rol.value, **scope)
    session.add(assignment)
    session.flush()
    record_event(session, actor, "rol_toegekend", user, details={"rol": rol.value, **scope})
    return assignment


def remove_role(session, actor: User, assignment: RoleAssignment) -> None:
    """Take a role away from its user."""
    if assignment.rol == Rol.BEHEERDER and assignment.user_id == actor.id:
        raise DomainError(_("U kunt uw eigen beheerdersrol niet intrekken."))
    details = {"rol": assignment.rol, "dienst_id": assignment.dienst_id,
               "visitatie_id": assignment.visitatie_id, "ronde_id": assignment.ronde_id}
    record_event(session, actor, "rol_ingetrokken", assignment.user, details=details)
    session.delete(assignment)


def _role_scope(rol: Rol, dienst_id, visitatie, ronde_id) -> dict:
    if rol in GLOBAL_ROLES:
        return {}
    if rol in DIENST_ROLES:
        if not dienst_id:
            raise DomainError(_("Kies de dienst waarvoor deze rol geldt."), field="dienst_id")
        return {"dienst_id": dienst_id}
    if rol in COMMITTEE_ROLES:
        if visitatie is None:
            raise DomainError(_("Kies de visitatie waarvoor deze rol geldt."),
                              field="visitatie_id")
        return {"visitatie_id": visitatie.id}
    if rol in RONDE_ROLES and not ronde_id:
        raise DomainError(_("Kies de ronde waarvoor deze rol geldt."), field="ronde_id")
    return {"ronde_id": ronde_id}


def _refuse_duplicate_role(user: User, rol: Rol, scope: dict) -> None:
    for existing in user.roles:
        if "visitatie_id" in scope and existing.visitatie_id == scope["visitatie_id"]:
            raise DomainError(_("Deze persoon zit al in de commissie van deze visitatie."))
        same_scope = all(getattr(existing, k) == v for k, v in scope.items())
        if existing.rol == rol and same_scope:
            raise DomainError(_("Deze persoon heeft deze rol al."))


def _mail_password_link(session, user: User, template: str, subject: str,
                        purpose: str, actor: User | None) -> None:
    token = make_password_token(user, purpose, actor)
    link = url_for("auth.reset_password", token=token, _external=True)
    # Kept apart from the stored text: the outbox must never show a live link.
    queue_mail(session, user.email, subject, template, secret_link=link, user=user)
