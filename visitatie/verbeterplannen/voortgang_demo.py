"""Demo progress reports: invented but realistic Dutch texts, written through the operations."""
from datetime import date, datetime, time, timezone

from sqlalchemy import update

from visitatie.db import utcnow
from visitatie.verbeterplannen.models import ActieStatusWijziging
from visitatie.verbeterplannen.reminders import schedule_plan_reminders
from visitatie.verbeterplannen.voortgang_operations import RegelInput, submit_voortgang
from visitatie.verbeterplannen.voortgang_permissions import is_reporting
from visitatie.verbeterplannen.voortgang_queries import current_stand, report_acties
from visitatie.core.dates import local_today

# Next status per current one, with weights.
NEXT_STATUS = {
    "gepland": (("loopt", 7), ("gepland", 2), ("vertraagd", 1)),
    "loopt": (("loopt", 4), ("gerealiseerd", 4), ("vertraagd", 1), ("gestopt", 1)),
    "vertraagd": (("loopt", 5), ("vertraagd", 3), ("gestopt", 2)),
}
TOELICHTINGEN = {
    "gepland": ("Nog niet gestart; de voorbereiding staat gepland voor het volgende kwartaal.",
                "De start wacht op de nieuwe formatie; de planning is ongewijzigd."),
    "loopt": ("De werkgroep is gestart; een eerste concept ligt bij het MT.",
              "De pilot loopt bij twee teams; de evaluatie volgt na de zomer.",
              "Afspraken met de deelnemende gemeenten zijn gemaakt; de uitwerking loopt."),
    "vertraagd": ("Vertraagd door te weinig capaciteit in het team; een nieuwe planning volgt.",
                  "De afstemming met de provincie kost meer tijd dan voorzien."),
    "gerealiseerd": ("Afgerond: het document is door het MT vastgesteld en met de "
                     "opdrachtgevers gedeeld.",
                     "Gerealiseerd; de werkwijze staat in het kwaliteitshandboek."),
    "gestopt": ("Gestopt: de actie is opgegaan in het programma Robuuste VTH-uitvoering.",
                "Gestopt na heroverweging door het DB; het doel wordt via een andere actie "
                "bereikt."),
}
REFLECTIES = (
    "(Demo) Het verbeterplan ligt grotendeels op schema. De acties rond de samenwerking met "
    "de deelnemers lopen goed; de acties die capaciteit vragen van de teams lopen achter.",
    "(Demo) In deze periode lag de nadruk op de informatievoorziening. Het MT bespreekt de "
    "voortgang elk kwartaal; het DB is in de laatste vergadering bijgepraat.",
    "(Demo) Een aantal acties is afgerond of bewust gestopt. De resterende acties vragen meer "
    "tijd dan gepland; de planning is met het DB afgestemd.",
)


def add_demo_voortgang(session, plan, author, reports: int, rng) -> list:
    """Write and submit `reports` progress reports, each dated on its period's due date.

    Only for plans that are gepubliceerd or in_uitvoering; publish the plan at least
    `reports` × its interval in the past, or the reports are dated today.
    """
    if not is_reporting(plan):
        return []
    written = [_write_one(session, plan, author, rng) for _ in range(reports)]
    schedule_plan_reminders(session, plan, local_today())
    return written


def _write_one(session, plan, author, rng):
    stand = current_stand(session, plan, local_today())
    regels = {actie.id: _line(actie.status, rng)
              for actie in report_acties(session, plan, stand)}
    started = utcnow()
    rapportage = submit_voortgang(session, author, plan, stand.next.periode, regels,
                                  rng.choice(REFLECTIES), None, today=stand.next.due_on,
                                  schedule_reminders=False)
    moment = min(datetime.combine(stand.next.due_on, time(10), tzinfo=timezone.utc), started)
    rapportage.ingediend_at = moment
    acties = [a.id for a in plan.acties] or [0]
    session.execute(update(ActieStatusWijziging)
                    .where(ActieStatusWijziging.actie_id.in_(acties),
                           ActieStatusWijziging.at >= started)
                    .values(at=moment).execution_options(synchronize_session=False))
    session.flush()
    return rapportage


def _line(status: str, rng) -> RegelInput:
    options = NEXT_STATUS.get(status)
    if options:
        status = rng.choices([s for s, _w in options], weights=[w for _s, w in options])[0]
    return RegelInput(status, rng.choice(TOELICHTINGEN[status]))
