"""Write, save and submit the progress reports of a verbeterplan. Operations never commit."""
from dataclasses import dataclass
from datetime import date

from flask_babel import format_date, gettext as _
from sqlalchemy.orm.attributes import flag_modified

from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.verbeterplannen.models import (
    ActieStatusWijziging, Voortgangsrapportage, VoortgangRegel,
)
from visitatie.verbeterplannen.reminders import schedule_plan_reminders
from visitatie.verbeterplannen.voortgang_labels import actie_status_label
from visitatie.verbeterplannen.voortgang_permissions import is_reporting
from visitatie.verbeterplannen.voortgang_queries import current_stand, report_acties
from workflows.verbeterplan import ActieStatus, may_change_actie
from visitatie.core.dates import local_today

MAX_TEKST = 5000


@dataclass(frozen=True)
class RegelInput:
    """What the author filled in for one actie."""

    status: str
    toelichting: str | None = None


class ReportIncomplete(DomainError):
    """The report cannot be submitted yet; `problems` lists (field, message) pairs."""

    def __init__(self, problems: list[tuple[str | None, str]]):
        super().__init__(problems[0][1], problems[0][0])
        self.problems = problems


def save_voortgang(session, actor, plan, periode: int, regels: dict[int, RegelInput],
                   reflectie: str | None, version_id: int | None,
                   today: date | None = None) -> Voortgangsrapportage:
    """Save the progress report of the current period as a concept."""
    rapportage, acties = _prepare(session, plan, periode, version_id, today or local_today())
    _fill(rapportage, acties, regels, reflectie)
    record_event(session, actor, "voortgang_opgeslagen", rapportage,
                 details={"verbeterplan_id": plan.id, "periode": periode})
    session.flush()
    return rapportage


def submit_voortgang(session, actor, plan, periode: int, regels: dict[int, RegelInput],
                     reflectie: str | None, version_id: int | None,
                     today: date | None = None, *,
                     schedule_reminders: bool = True) -> Voortgangsrapportage:
    """Save and submit the current period's report; apply its statuses to the acties."""
    today = today or local_today()
    rapportage, acties = _prepare(session, plan, periode, version_id, today)
    _fill(rapportage, acties, regels, reflectie)
    by_id = {a.id: a for a in acties}
    _refuse_incomplete(rapportage, by_id)
    changed = [_apply_status(session, actor, rapportage, regel, by_id[regel.actie_id])
               for regel in rapportage.regels if regel.status != by_id[regel.actie_id].status]
    rapportage.status, rapportage.ingediend_at = "ingediend", utcnow()
    rapportage.ingediend_by_id = actor.id
    record_event(session, actor, "voortgang_ingediend", rapportage, from_state="concept",
                 to_state="ingediend", details={"verbeterplan_id": plan.id, "periode": periode,
                                                "statuswijzigingen": len(changed)})
    session.flush()
    if schedule_reminders:
        schedule_plan_reminders(session, plan, today)
    return rapportage


def _prepare(session, plan, periode: int, version_id: int | None, today: date):
    if not is_reporting(plan):
        raise DomainError(_("Over de voortgang rapporteert u zodra het verbeterplan is "
                            "gepubliceerd, en zolang het in uitvoering is."))
    stand = current_stand(session, plan, today)
    if periode != stand.next.periode:
        raise StaleEdit(_("De voortgangsrapportage over deze periode is intussen door iemand "
                          "anders ingediend. Uw tekst staat hieronder nog; bewaar die zo nodig "
                          "en bekijk de ingediende rapportage."))
    if not stand.next.is_open_for_writing(today):
        raise DomainError(_("De voortgangsrapportage over periode %(periode)d kunt u schrijven "
                            "vanaf %(datum)s.", periode=periode,
                            datum=format_date(stand.next.starts_on, "long")))
    rapportage = stand.concept
    if (rapportage.version_id if rapportage else None) != version_id:
        raise StaleEdit(_("Deze voortgangsrapportage is intussen door iemand anders gewijzigd. "
                          "Uw tekst staat hieronder nog; vergelijk die met de nieuwe versie "
                          "en sla opnieuw op."))
    if rapportage is None:
        rapportage = Voortgangsrapportage(verbeterplan_id=plan.id, periode=periode,
                                          due_on=stand.next.due_on, status="concept")
        session.add(rapportage)
    return rapportage, report_acties(session, plan, stand)


def _fill(rapportage, acties, regels: dict[int, RegelInput], reflectie: str | None) -> None:
    if set(regels) - {a.id for a in acties}:
        raise DomainError(_("De rapportage bevat een actie die er niet (meer) bij hoort. "
                            "Laad de pagina opnieuw."))
    existing = {r.actie_id: r for r in rapportage.regels}
    for actie in acties:
        given = regels.get(actie.id)
        regel = existing.get(actie.id)
        if regel is None:
            regel = VoortgangRegel(actie_id=actie.id, status=actie.status)
            rapportage.regels.append(regel)
        if given is not None:
            regel.status = _known_status(given.status, actie)
            regel.toelichting = _clean(given.toelichting)
    rapportage.reflectie = _clean(reflectie)
    flag_modified(rapportage, "reflectie")  # the lines are children: bump the version anyway


def _refuse_incomplete(rapportage, acties: dict) -> None:
    problems = [] if rapportage.reflectie else [("reflectie", _(
        "Vul de algemene reflectie in: hoe staat het verbeterplan er als geheel voor?"))]
    for regel in rapportage.regels:
        problems += _line_problems(regel, acties[regel.actie_id])
    if problems:
        raise ReportIncomplete(problems)


def _line_problems(regel, actie) -> list[tuple[str, str]]:
    if regel.status == actie.status:
        return []
    if not may_change_actie(actie.status, regel.status):
        return [(f"regel-{actie.id}-status", _(
            "De actie „%(titel)s” is al %(status)s; die status kan niet meer veranderen.",
            titel=actie.titel, status=actie_status_label(actie.status).lower()))]
    if regel.status == ActieStatus.GESTOPT and not regel.toelichting:
        return [(f"regel-{actie.id}-toelichting", _(
            "Geef bij de actie „%(titel)s” aan waarom die is gestopt.", titel=actie.titel))]
    return []


def _apply_status(session, actor, rapportage, regel, actie) -> int:
    source = actie.status
    if regel.status == ActieStatus.GESTOPT:
        actie.stop_reden = regel.toelichting
    actie.status = regel.status
    # Stored history, not interface text: the same Dutch words whatever the reader's language
    # (and no request needed, so the demo loader can submit reports too).
    context = f"Voortgangsrapportage {rapportage.periode}"
    text = f"{context}: {regel.toelichting}" if regel.toelichting else context
    session.add(ActieStatusWijziging(actie_id=actie.id, van=source, naar=regel.status,
                                     toelichting=text, by_id=actor.id))
    record_event(session, actor, "actie_status_via_voortgang", actie, from_state=source,
                 to_state=regel.status, comment=regel.toelichting,
                 details={"voortgangsrapportage_id": rapportage.id,
                          "periode": rapportage.periode})
    return actie.id


def _known_status(status: str, actie) -> str:
    if status not in {s.value for s in ActieStatus}:
        raise DomainError(_("Kies een status voor de actie „%(titel)s”.", titel=actie.titel),
                          field=f"regel-{actie.id}-status")
    return status


def _clean(text: str | None) -> str | None:
    return (text or "").strip()[:MAX_TEKST] or None
