"""Rate how an earlier aanbeveling was followed up. Operations never commit."""
from flask_babel import gettext as _

from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.verbeterplannen.models import OpvolgingsOordeel
from visitatie.verbeterplannen.opvolging_labels import OORDELEN, OPGEVOLGD
from visitatie.verbeterplannen.opvolging_permissions import opvolging_open
from visitatie.verbeterplannen.opvolging_queries import VorigeAanbeveling


def rate_aanbeveling(session, actor, visitatie, item: VorigeAanbeveling, *, oordeel: str,
                     toelichting: str | None, version_id: int | None) -> OpvolgingsOordeel:
    """Give or change the rating of an earlier aanbeveling; refuse a stale or closed edit.

    `version_id` is the version of the rating the form showed, None when it showed none.
    """
    if not opvolging_open(visitatie):
        raise DomainError(_("De opvolging kan alleen worden beoordeeld tijdens het bezoek, "
                            "het conceptrapport en hoor en wederhoor."))
    shown = item.oordeel.version_id if item.oordeel else None
    if shown != version_id:
        raise StaleEdit(_("Het oordeel over aanbeveling %(n)s is intussen door iemand anders "
                          "gewijzigd. Het opgeslagen oordeel staat hieronder; uw invoer staat "
                          "nog in het formulier. Sla opnieuw op om het te vervangen.",
                          n=item.bevinding.nummer))
    toelichting = _clean(toelichting)
    _check_rating(oordeel, toelichting)
    return place_oordeel(session, actor, visitatie, item, oordeel, toelichting)


def place_oordeel(session, actor, visitatie, item: VorigeAanbeveling, oordeel: str,
                  toelichting: str | None) -> OpvolgingsOordeel:
    """Store the rating and its audit event (no checks: also for demo data)."""
    row, before = item.oordeel, item.oordeel.oordeel if item.oordeel else None
    if row is None:
        row = OpvolgingsOordeel(visitatie_id=visitatie.id, bevinding_id=item.bevinding.id)
        session.add(row)
    row.oordeel, row.toelichting = oordeel, toelichting
    row.by_id, row.at = actor.id, utcnow()
    session.flush()
    item.oordeel = row
    action = "opvolgingsoordeel_gegeven" if before is None else "opvolgingsoordeel_gewijzigd"
    record_event(session, actor, action, row, comment=toelichting,
                 details=_details(visitatie, item) | {"oordeel": oordeel, "was": before})
    return row


def _check_rating(oordeel: str, toelichting: str | None) -> None:
    if oordeel not in OORDELEN:
        raise DomainError(_("Kies opgevolgd, deels opgevolgd of niet opgevolgd."),
                          field="oordeel")
    if oordeel != OPGEVOLGD and not toelichting:
        raise DomainError(_("Licht toe waarom de aanbeveling niet of maar deels is "
                            "opgevolgd."), field="toelichting")


def _clean(tekst: str | None) -> str | None:
    return (tekst or "").strip().replace("\r\n", "\n") or None


def _details(visitatie, item: VorigeAanbeveling) -> dict:
    return {"visitatie_id": visitatie.id, "vorige_visitatie_id": item.herkomst.id,
            "bevinding_id": item.bevinding.id, "nummer": item.bevinding.nummer}
