"""Operations on verbeterplannen: draw up, move through the workflow, record the adoption.

Operations never commit. Roles are checked by the views (403); what depends on the
plan's phase or on the data is checked here and refused with a Dutch DomainError.
Acties, their statuses and evidence are in actie_operations.py.
"""
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from visitatie.auth.roles import Rol
from visitatie.notificaties.operations import notify, recipients_for
from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import locked_version, utcnow
from visitatie.uploads import storage, validation
from visitatie.verbeterplannen import permissions as perms
from visitatie.verbeterplannen import queries
from visitatie.verbeterplannen.labels import (
    PLAN_EVENT_HINTS, plan_event_label, plan_refusal_message,
)
from visitatie.verbeterplannen.models import Verbeterplan
from visitatie.verbeterplannen.permissions import plan_roles
from visitatie.core.domain import TransitionForbidden, TransitionRefused
from visitatie.core.dates import local_today
from workflows.verbeterplan import (
    PlanFacts, PlanRefusal, PlanState, check, events_from, first_refusal,
)

LOCAL_TIME = ZoneInfo("Europe/Amsterdam")
DUE_MONTHS = 4  # the plan is due four months after the report's vaststelling
ORGANEN = ("DB", "AB")
BESLUIT_KINDS = frozenset({"pdf", "docx", "odt"})
REFUSAL_FIELDS = {"opmerking_nodig": "opmerking", "vaststellingsdatum_ontbreekt": "vastgesteld_op",
                  "besluit_ontbreekt": "bestand"}


# --- the plan ------------------------------------------------------------------------------

def create_plan(session, actor, visitatie) -> Verbeterplan:
    """Draw up the (one) verbeterplan of a visitatie whose report is vastgesteld."""
    if not perms.plan_creation_open(visitatie):
        raise DomainError(_("Een verbeterplan stelt u op nadat het visitatierapport is "
                            "vastgesteld."))
    if queries.plan_of_visitatie(session, visitatie.id) is not None:
        raise DomainError(_("Deze visitatie heeft al een verbeterplan."))
    plan = Verbeterplan(visitatie=visitatie, state=PlanState.CONCEPT.value,
                        due_on=plan_due_on(visitatie),
                        voortgang_interval_maanden=visitatie.ronde.voortgang_interval_maanden)
    session.add(plan)
    try:
        session.flush()
    except IntegrityError:  # drawn up at the same moment by someone else; caller rolls back
        raise DomainError(_("Deze visitatie heeft al een verbeterplan.")) from None
    record_event(session, actor, "plan_aangemaakt", plan, to_state=plan.state, details={
        "visitatie_id": visitatie.id, "due_on": _iso(plan.due_on)})
    session.flush()
    return plan


def ensure_plan(session, actor, visitatie) -> Verbeterplan:
    """Return the visitatie's verbeterplan, drawing it up first when there is none."""
    return queries.plan_of_visitatie(session, visitatie.id) or create_plan(
        session, actor, visitatie)


def plan_due_on(visitatie) -> date | None:
    """Return when the plan is due: four months after the report's vaststelling."""
    if visitatie.vastgesteld_at is None:
        return None  # a historic visit without a date in the system
    return add_months(local_date(visitatie.vastgesteld_at), DUE_MONTHS)


def add_months(day: date, months: int) -> date:
    """Return the same day `months` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def local_date(moment: datetime) -> date:
    """Return the Dutch calendar date of a moment (naive moments are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(LOCAL_TIME).date()


# --- transitions ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanTransitionOption:
    event: str
    label: str
    refusal: str | None  # None: the user may press it now
    hint: str | None = None
    via_form: bool = False  # vaststellen asks for a date and a document first


def gather_plan_facts(session, plan, remark: str | None = None,
                      vastgesteld_op: date | None = None) -> PlanFacts:
    """Return what the plan's guards look at, from the database."""
    total, open_acties = queries.actie_counts(session, plan)
    return PlanFacts(
        uncovered_aanbevelingen=queries.uncovered_numbers(session, plan),
        remark_given=bool((remark or "").strip()),
        adoption_date_recorded=(vastgesteld_op or plan.vastgesteld_op) is not None,
        decision_document_stored=plan.besluit_opslagnaam is not None,
        open_acties=open_acties, has_acties=total > 0)


def fire_plan_transition(session, actor, plan, event: str, remark: str | None = None,
                         version_id: int | None = None, today: date | None = None, *,
                         vastgesteld_op: date | None = None) -> str:
    """Fire `event` on the verbeterplan: new state, its columns, side effects, audit event."""
    today = today or local_today()
    # Lock the row: of two people pressing at once, the second waits and is told.
    stale = version_id is not None and version_id != plan.version_id
    if stale or locked_version(session, plan) != plan.version_id:
        raise StaleEdit(_("Dit verbeterplan is intussen gewijzigd. Bekijk de nieuwe stand en "
                          "probeer het opnieuw."))
    facts = gather_plan_facts(session, plan, remark, vastgesteld_op)
    try:
        target = check(plan.state, event, plan_roles(actor, plan), facts)
    except PlanRefusal as refusal:
        raise _as_error(refusal, facts) from refusal
    source = plan.state
    with session.no_autoflush:  # the state and its columns change together (CHECKs)
        STATE_COLUMNS.get(event, _no_columns)(plan, vastgesteld_op or plan.vastgesteld_op)
        plan.state, plan.state_changed_at = target.value, utcnow()
    record_event(session, actor, "plan_fase_gewijzigd", plan, from_state=source,
                 to_state=target.value, comment=(remark or "").strip() or None,
                 details={"handeling": event, "visitatie_id": plan.visitatie_id})
    session.flush()
    for effect in PLAN_SIDE_EFFECTS.get(event, ()):
        effect(session, actor, plan, today)
    return target.value


def transition_options(session, user, plan) -> list[PlanTransitionOption]:
    """Return the events the user's roles allow now, each with its refusal (or None)."""
    events = events_from(plan.state, plan_roles(user, plan))
    if not events:
        return []
    facts = gather_plan_facts(session, plan)
    return [PlanTransitionOption(e.name, plan_event_label(e.name), _refusal_text(e, facts),
                                 _hint(e.name), via_form=e.name == "vaststellen")
            for e in events]


def _refusal_text(event, facts: PlanFacts) -> str | None:
    if event.name in ("terugsturen", "vaststellen"):
        return None  # their guards are about what is typed or uploaded with them
    code = first_refusal(event, facts)
    return plan_refusal_message(code, facts.uncovered_aanbevelingen,
                                facts.open_acties) if code else None


def _hint(event: str) -> str | None:
    hint = PLAN_EVENT_HINTS.get(event)
    return str(hint) if hint else None


def _as_error(refusal: PlanRefusal, facts: PlanFacts) -> DomainError:
    message = plan_refusal_message(refusal.code, refusal.detail, facts.open_acties)
    if refusal.code == "rol_mag_niet":
        return TransitionForbidden(message)
    return TransitionRefused(message, field=REFUSAL_FIELDS.get(refusal.code))


def _no_columns(plan, adopted_on) -> None:
    return None


def _submitted(plan, adopted_on) -> None:
    plan.ingediend_at = utcnow()


def _accepted(plan, adopted_on) -> None:
    plan.geaccepteerd_at = utcnow()


def _adopted(plan, adopted_on) -> None:
    plan.vastgesteld_op = adopted_on


def _published(plan, adopted_on) -> None:
    plan.gepubliceerd_at = utcnow()


def _finished(plan, adopted_on) -> None:
    plan.afgerond_at = utcnow()


STATE_COLUMNS = {"indienen": _submitted, "accepteren": _accepted, "vaststellen": _adopted,
                 "publiceren": _published, "afronden": _finished}
# Other features hook in here: event -> functions (session, actor, plan, today), called
# after the new state is flushed (e.g. scheduling progress reports on publication).
def _notify_reviewers(session, actor, plan, today) -> None:
    notify(session, "verbeterplan_ingediend", plan,
           recipients_for(plan.visitatie, Rol.VOORZITTER, Rol.BEHEERDER), today)


def _notify_dienst(soort: str):
    def effect(session, actor, plan, today) -> None:
        notify(session, soort, plan,
               recipients_for(plan.visitatie, Rol.DIRECTEUR, Rol.CONTACTPERSOON), today)
    return effect


def _reschedule_reminders(session, actor, plan, today) -> None:
    from visitatie.verbeterplannen.reminders import schedule_plan_reminders

    schedule_plan_reminders(session, plan, today)


def _record_plan_publication(session, actor, plan, today) -> None:
    from visitatie.publicaties.operations import publish_plan

    publish_plan(session, actor, plan)


# Run after the new state is flushed: mails to the other party, and the reminder ladders.
PLAN_SIDE_EFFECTS: dict[str, tuple] = {
    "indienen": (_notify_reviewers, _reschedule_reminders),
    "terugsturen": (_notify_dienst("verbeterplan_teruggestuurd"), _reschedule_reminders),
    "accepteren": (_notify_dienst("verbeterplan_geaccepteerd"),),
    "vaststellen": (_reschedule_reminders,),
    "publiceren": (_reschedule_reminders, _record_plan_publication),
    "afronden": (_reschedule_reminders,),
}


def adopt_plan(session, actor, plan, *, vastgesteld_op: date | None, door: str | None,
               stream, filename: str | None, remark: str | None = None,
               version_id: int | None = None, today: date | None = None) -> str:
    """Record the bestuur's adoption (date, body, decision document) and fire vaststellen."""
    today = today or local_today()
    if version_id is not None and version_id != plan.version_id:
        raise StaleEdit(_("Dit verbeterplan is intussen gewijzigd. Bekijk de nieuwe stand en "
                          "probeer het opnieuw."))
    _check_adoption(plan, vastgesteld_op, door, today)
    naam = validation.check_filename(filename)
    stored = store_upload(session, stream, naam, BESLUIT_KINDS)
    plan.vastgesteld_door = door
    plan.besluit_bestandsnaam, plan.besluit_opslagnaam = naam, stored.opslagnaam
    plan.besluit_sha256, plan.besluit_grootte = stored.sha256, stored.grootte
    plan.besluit_mime_type = stored.mime_type
    record_event(session, actor, "plan_besluit_vastgelegd", plan, details={
        "vastgesteld_op": _iso(vastgesteld_op), "door": door, "bestandsnaam": naam,
        "sha256": stored.sha256, "grootte": stored.grootte})
    return fire_plan_transition(session, actor, plan, "vaststellen", remark, None, today,
                                vastgesteld_op=vastgesteld_op)


def _check_adoption(plan, vastgesteld_op, door, today) -> None:
    if plan.state != PlanState.GEACCEPTEERD:
        raise TransitionRefused(plan_refusal_message("verkeerde_fase"))
    if vastgesteld_op is None:
        raise DomainError(plan_refusal_message("vaststellingsdatum_ontbreekt"),
                          field="vastgesteld_op")
    if vastgesteld_op > today:
        raise DomainError(_("De datum van vaststelling ligt in de toekomst. Vul de datum in "
                            "nadat het bestuur het verbeterplan heeft vastgesteld."),
                          field="vastgesteld_op")
    if door not in ORGANEN:
        raise DomainError(_("Kies of het Dagelijks Bestuur of het Algemeen Bestuur het "
                            "verbeterplan heeft vastgesteld."), field="vastgesteld_door")


def store_upload(session, stream, naam: str, kinds=None) -> storage.StoredFile:
    """Check and store an uploaded file (optionally only of `kinds`); refuse in Dutch."""
    limit = validation.max_upload_bytes()

    def inspect(path, size):
        mime_type = validation.check_content(path, size, naam, limit)
        if kinds is not None and mime_type not in {validation.MIME_TYPES[k] for k in kinds}:
            raise DomainError(_("Het besluit moet een PDF, DOCX of ODT zijn."),
                              field=validation.FIELD)
        return mime_type

    try:
        return storage.store_file(session, stream, limit, inspect)
    except storage.FileTooLarge:
        raise validation.too_large_error() from None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
