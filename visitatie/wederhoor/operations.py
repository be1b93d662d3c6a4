"""Hoor en wederhoor: corrections, submission, decisions, DB/AB dates, reminders.

Operations never commit; each change appends an audit event and flushes.
"""
from datetime import date, timezone

from flask_babel import format_date, gettext as _
from sqlalchemy import func, select

from visitatie.audit.operations import record_event
from visitatie.auth.models import RoleAssignment, User
from visitatie.auth.roles import DIENST_ROLES, Rol
from visitatie.core.dates import add_working_days, local_today, subtract_working_days
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.notificaties.operations import cancel_pending, record_notification
from visitatie.wederhoor.models import WederhoorCorrectie
from visitatie.wederhoor.queries import deadline_of, is_released
from workflows.visitatie import VisitatieState as S

DECISIONS = ("overgenomen", "niet_overgenomen")
HERINNERING_WERKDAGEN = 3
# Reminders that lose their point once the dienst has submitted its reaction.
CANCELLED_ON_SUBMIT = ("wederhoor_herinnering", "wederhoor_deadline", "wederhoor_verlopen")


def add_correctie(session, actor: User, visitatie, sectie, tekst: str,
                  today: date | None = None) -> WederhoorCorrectie:
    """Add the dienst's factual correction to a section of the wederhoor version."""
    _refuse_unless_open(visitatie, today)
    correctie = WederhoorCorrectie(visitatie_id=visitatie.id, sectie_id=sectie.id,
                                   tekst=_required_text(tekst), auteur_id=actor.id)
    session.add(correctie)
    session.flush()
    record_event(session, actor, "wederhoor_correctie_toegevoegd", correctie,
                 details={"visitatie_id": visitatie.id, "sectie": sectie.titel})
    return correctie


def update_correctie(session, actor: User, visitatie, correctie, tekst: str,
                     today: date | None = None) -> None:
    """Change the text of a correction that has not been submitted yet."""
    _refuse_unless_open(visitatie, today)
    correctie.tekst = _required_text(tekst)
    record_event(session, actor, "wederhoor_correctie_gewijzigd", correctie,
                 details={"visitatie_id": visitatie.id})
    session.flush()


def delete_correctie(session, actor: User, visitatie, correctie,
                     today: date | None = None) -> None:
    """Remove a correction that has not been submitted yet."""
    _refuse_unless_open(visitatie, today)
    record_event(session, actor, "wederhoor_correctie_verwijderd", correctie,
                 details={"visitatie_id": visitatie.id, "tekst": correctie.tekst})
    session.delete(correctie)
    session.flush()


def submit_wederhoor(session, actor: User, visitatie, today: date | None = None) -> None:
    """Submit the dienst's reaction (once); pending reminders about the deadline lapse."""
    _refuse_unless_open(visitatie, today)
    visitatie.wederhoor_ingediend_at = utcnow()
    count = session.scalar(select(func.count(WederhoorCorrectie.id)).where(
        WederhoorCorrectie.visitatie_id == visitatie.id))
    record_event(session, actor, "wederhoor_ingediend", visitatie,
                 details={"correcties": count})
    for soort in CANCELLED_ON_SUBMIT:
        cancel_pending(session, soort, visitatie)
    for secretaris in visitatie.members_as(Rol.SECRETARIS):
        record_notification(session, secretaris, "wederhoor_ingediend", visitatie,
                            today or local_today())
    session.flush()


def decide_correctie(session, actor: User, visitatie, correctie, besluit: str,
                     reden: str | None, seen: str, today: date | None = None) -> None:
    """Mark a correction overgenomen or niet overgenomen (the latter with a reason)."""
    _refuse_decision(visitatie, correctie, besluit, seen, today)
    reden = (reden or "").strip() or None
    if besluit == "niet_overgenomen" and not reden:
        raise DomainError(_("Geef aan waarom de correctie niet is overgenomen."), field="reden")
    previous = correctie.besluit
    correctie.besluit, correctie.besluit_reden = besluit, reden
    correctie.besluit_by_id, correctie.besluit_at = actor.id, utcnow()
    record_event(session, actor, "wederhoor_correctie_besloten", correctie,
                 from_state=previous, to_state=besluit, comment=reden,
                 details={"visitatie_id": visitatie.id})
    session.flush()


def record_behandeling(session, actor: User, visitatie, db_op: date | None,
                       ab_op: date | None, version_id: int, today: date | None = None) -> None:
    """Record when the Dagelijks Bestuur and the Algemeen Bestuur treated the report."""
    today = today or local_today()
    if visitatie.state != S.VASTGESTELD:
        raise DomainError(_("De bestuurlijke behandeling legt u vast nadat het rapport is "
                            "vastgesteld en voordat het is gepubliceerd."))
    if version_id != visitatie.version_id:
        raise StaleEdit(_("Deze visitatie is intussen door iemand anders gewijzigd. Bekijk de "
                          "nieuwe gegevens en voer uw wijziging opnieuw in."))
    _refuse_future(db_op, today, "db_behandeld_op",
                   _("De datum van behandeling in het Dagelijks Bestuur ligt in de toekomst. "
                     "Vul de datum in nadat de behandeling heeft plaatsgevonden."))
    _refuse_future(ab_op, today, "ab_behandeld_op",
                   _("De datum van behandeling in het Algemeen Bestuur ligt in de toekomst. "
                     "Vul de datum in nadat de behandeling heeft plaatsgevonden."))
    visitatie.db_behandeld_op, visitatie.ab_behandeld_op = db_op, ab_op
    record_event(session, actor, "bestuurlijke_behandeling_vastgelegd", visitatie, details={
        "db_behandeld_op": _iso(db_op), "ab_behandeld_op": _iso(ab_op)})
    session.flush()


def schedule_wederhoor_notifications(session, visitatie, today: date) -> list:
    """Record the announcement and reminders of the wederhoor for the dienst and secretaris."""
    deadline = visitatie.wederhoor_deadline
    dienst_due = {
        "wederhoor_geopend": today,
        "wederhoor_herinnering": subtract_working_days(deadline, HERINNERING_WERKDAGEN),
        "wederhoor_deadline": deadline,
    }
    # Called by the transition before the new state is set: flushing now would break
    # the visitatie's CHECK constraints, so the transition flushes everything at its end.
    with session.no_autoflush:
        people = _dienst_people(session, visitatie)
        wanted = [(user, soort, due_on) for user in people for soort, due_on in dienst_due.items()
                  if due_on >= today]  # a very short term has no room for the herinnering
        wanted += [(secretaris, "wederhoor_verlopen", add_working_days(deadline, 1))
                   for secretaris in visitatie.members_as(Rol.SECRETARIS)]
        return [record_notification(session, user, soort, visitatie, due_on, flush=False)
                for user, soort, due_on in wanted]


def decision_stamp(correctie) -> str:
    """Return a token of the correction's current decision, to detect a concurrent change."""
    moment = correctie.besluit_at
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat()


def _dienst_people(session, visitatie) -> list[User]:
    stmt = (select(User).join(RoleAssignment, RoleAssignment.user_id == User.id)
            .where(RoleAssignment.dienst_id == visitatie.dienst_id,
                   RoleAssignment.rol.in_([r.value for r in DIENST_ROLES]),
                   User.is_actief.is_(True))
            .order_by(User.id).distinct())
    return list(session.scalars(stmt))


def _refuse_unless_open(visitatie, today: date | None) -> None:
    if visitatie.state != S.WEDERHOOR:
        raise DomainError(_("De wederhoor is niet (meer) open voor reacties."))
    if visitatie.wederhoor_ingediend_at is not None:
        raise DomainError(_("De reactie is al ingediend; wijzigen kan niet meer."))
    deadline = deadline_of(visitatie, today)
    if deadline is not None and deadline.passed:
        raise DomainError(_("De termijn voor hoor en wederhoor is verstreken op %(datum)s. "
                            "Reageren kan niet meer; neem zo nodig contact op met de "
                            "secretaris van de commissie.", datum=_long(deadline.on)))


def _refuse_decision(visitatie, correctie, besluit: str, seen: str, today) -> None:
    if visitatie.state != S.WEDERHOOR:
        raise DomainError(_("Over correcties besluit u alleen tijdens hoor en wederhoor."))
    if not is_released(visitatie, today):
        raise DomainError(_("U kunt pas over de correcties besluiten als de dienst de reactie "
                            "heeft ingediend of de termijn is verstreken."))
    if besluit not in DECISIONS:
        raise DomainError(_("Kies of de correctie is overgenomen."), field="besluit")
    if seen != decision_stamp(correctie):
        raise StaleEdit(_("Het besluit over deze correctie is intussen door iemand anders "
                          "gewijzigd. Bekijk het nieuwe besluit en pas het zo nodig aan."))


def _required_text(tekst: str | None) -> str:
    tekst = (tekst or "").strip()
    if not tekst:
        raise DomainError(_("Vul de correctie in."), field="tekst")
    return tekst


def _refuse_future(value: date | None, today: date, field: str, message: str) -> None:
    if value is not None and value > today:
        raise DomainError(message, field=field)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _long(value: date) -> str:
    return format_date(value, "long")
