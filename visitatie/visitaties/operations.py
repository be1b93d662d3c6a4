"""Move a visitatie through its lifecycle. Operations never commit."""
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _

from visitatie.audit.operations import record_event
from visitatie.auth.roles import COMMITTEE_ROLES as COMMITTEE
from visitatie.auth.roles import DIENST_ROLES as DIENST
from visitatie.auth.roles import Rol
from visitatie.core.dates import add_working_days, local_today
from visitatie.core.domain import DomainError, StaleEdit, TransitionForbidden, TransitionRefused
from visitatie.db import locked_version, utcnow
from visitatie.notificaties.operations import notify, recipients_for, send_after_commit
from visitatie.visitaties.facts import gather_facts
from visitatie.visitaties.labels import event_hint, event_label, refusal_message
from visitatie.visitaties.permissions import roles_on
from workflows.visitatie import Refusal, check, events_from, first_refusal


@dataclass(frozen=True)
class TransitionOption:
    event: str
    label: str
    refusal: str | None  # None: the user may press it now
    hint: str | None = None
    via_form: bool = False  # read by the shared "Volgende stap" panel; no visitatie step has one


def fire_transition(session, actor, visitatie, event_name: str, *, remark: str | None = None,
                    version_id: int | None = None, today: date | None = None) -> str:
    """Fire `event_name` on the visitatie, with its side effects and an audit event."""
    today = today or local_today()
    # Lock the row: of two people pressing at once, the second waits and is told.
    stale = version_id is not None and version_id != visitatie.version_id
    if stale or locked_version(session, visitatie) != visitatie.version_id:
        raise StaleEdit(_("Deze visitatie is intussen gewijzigd. Bekijk de nieuwe stand en "
                          "probeer het opnieuw."))
    facts = gather_facts(session, visitatie, remark, today)
    try:
        target = check(visitatie.state, event_name, roles_on(actor, visitatie), facts)
    except Refusal as refusal:
        raise _as_error(refusal) from refusal
    source = visitatie.state
    with session.no_autoflush:  # the state and its columns change together (CHECKs)
        SIDE_EFFECTS.get(event_name, _no_side_effect)(session, actor, visitatie, today)
        visitatie.state, visitatie.state_changed_at = target.value, utcnow()
    record_event(session, actor, "fase_gewijzigd", visitatie, from_state=source,
                 to_state=target.value, comment=(remark or "").strip() or None,
                 details={"handeling": event_name})
    session.flush()
    AFTER_EFFECTS.get(event_name, _no_side_effect)(session, actor, visitatie, today)
    return target.value


def transition_options(session, user, visitatie) -> list[TransitionOption]:
    """Return the events the user's roles allow now, each with its refusal (or None)."""
    events = events_from(visitatie.state, roles_on(user, visitatie))
    if not events:
        return []
    facts = gather_facts(session, visitatie)
    return [TransitionOption(e.name, event_label(e.name), _refusal_text(e, facts),
                             event_hint(e.name)) for e in events]


def _refusal_text(event, facts) -> str | None:
    if event.name == "kernstukken_terugsturen":
        return None  # its guard is about the remark typed with it
    code = first_refusal(event, facts)
    return refusal_message(code, facts.missing_kernstukken) if code else None


def _as_error(refusal: Refusal) -> DomainError:
    message = refusal_message(refusal.code, refusal.detail)
    if refusal.code == "rol_mag_niet":
        return TransitionForbidden(message)
    return TransitionRefused(message, field="opmerking" if refusal.code == "opmerking_nodig"
                             else None)


def _no_side_effect(session, actor, visitatie, today) -> None:
    return None


def _announce_start(session, actor, visitatie, today) -> None:
    _notify(session, "visitatie_gepland", visitatie, today, *COMMITTEE, *DIENST)


def _announce_kernstukken(session, actor, visitatie, today) -> None:
    _notify(session, "kernstukken_ingediend", visitatie, today, Rol.SECRETARIS)


def _return_kernstukken(session, actor, visitatie, today) -> None:
    _notify(session, "kernstukken_teruggestuurd", visitatie, today, *DIENST)


def _accept_documents(session, actor, visitatie, today) -> None:
    from visitatie.kernstukken.operations import accept_open_documents

    accept_open_documents(session, actor, visitatie)


def _open_wederhoor(session, actor, visitatie, today) -> None:
    from visitatie.rapporten.queries import latest_version
    from visitatie.wederhoor.operations import schedule_wederhoor_notifications

    nummer = latest_version(session, visitatie).nummer
    visitatie.wederhoor_deadline = add_working_days(today, visitatie.ronde.wederhoor_werkdagen)
    visitatie.wederhoor_versie_nummer = nummer
    schedule_wederhoor_notifications(session, visitatie, today)
    send_after_commit(session)


def _finalize(session, actor, visitatie, today) -> None:
    from visitatie.rapporten.operations import finalize_report

    finalize_report(session, actor, visitatie)
    visitatie.vastgesteld_at = utcnow()
    _notify(session, "rapport_vastgesteld", visitatie, today, *COMMITTEE, *DIENST)


def _publish(session, actor, visitatie, today) -> None:
    visitatie.gepubliceerd_at = utcnow()


def _record_report_publication(session, actor, visitatie, today) -> None:
    from visitatie.publicaties.operations import publish_report

    publish_report(session, actor, visitatie)


def _render_final_pdf(session, actor, visitatie, today) -> None:
    from visitatie.documenten.operations import render_final_report

    render_final_report(session, actor, visitatie)


def _notify(session, soort: str, visitatie, today, *roles) -> None:
    notify(session, soort, visitatie, recipients_for(visitatie, *roles), today, flush=False)


SIDE_EFFECTS = {
    "start_voorbereiding": _announce_start,
    "kernstukken_indienen": _announce_kernstukken,
    "kernstukken_terugsturen": _return_kernstukken,
    "kernstukken_accepteren": _accept_documents,
    "naar_wederhoor": _open_wederhoor,
    "vaststellen": _finalize,
    "publiceren": _publish,
}
# Run once the new state is flushed: work that reads the database as it now is.
AFTER_EFFECTS = {
    "vaststellen": _render_final_pdf,
    "publiceren": _record_report_publication,
}
