"""Operations on the acties of a verbeterplan, their statuses and evidence, and the
aanbevelingen the dienst does not take over. Never commit; roles are checked by the views.
"""
from datetime import timezone

from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import flag_modified

from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.uploads import validation
from visitatie.verbeterplannen import permissions as perms
from visitatie.verbeterplannen import queries
from visitatie.verbeterplannen.labels import actie_status_label
from visitatie.verbeterplannen.models import (
    AanbevelingReactie, Actie, ActieBewijs, ActieStatusWijziging,
)
from visitatie.verbeterplannen.operations import store_upload
from workflows.verbeterplan import CLOSED_ACTIE_STATUSES, ActieStatus, may_change_actie

ACTIE_FIELDS = ("titel", "omschrijving", "eigenaar_naam", "eigenaar_functie", "middelen",
                "indicator", "planned_on")


# --- acties --------------------------------------------------------------------------------

def create_actie(session, actor, plan, *, aanbeveling_ids, **fields) -> Actie:
    """Add an actie to a plan that is still being written, linked to its aanbevelingen."""
    _require_content_open(plan)
    values = _clean_actie_fields(fields)
    aanbevelingen = _linkable(session, plan, aanbeveling_ids)
    actie = Actie(plan=plan, status=ActieStatus.GEPLAND.value, aanbevelingen=aanbevelingen,
                  **values)
    session.add(actie)
    actie.historie.append(ActieStatusWijziging(van=None, naar=actie.status, by_id=actor.id))
    session.flush()
    record_event(session, actor, "actie_aangemaakt", actie, to_state=actie.status,
                 details=_actie_details(plan, actie))
    session.flush()
    return actie


def update_actie(session, actor, plan, actie, *, version_id: int | None, aanbeveling_ids,
                 **fields) -> None:
    """Change an actie's content while the plan is still being written."""
    _require_content_open(plan)
    _refuse_stale_actie(actie, version_id)
    values = _clean_actie_fields(fields)
    aanbevelingen = _linkable(session, plan, aanbeveling_ids)
    changed = [name for name, value in values.items() if getattr(actie, name) != value]
    if {b.id for b in aanbevelingen} != {b.id for b in actie.aanbevelingen}:
        changed.append("aanbevelingen")
    for name, value in values.items():
        setattr(actie, name, value)
    actie.aanbevelingen = aanbevelingen
    flag_modified(actie, "titel")  # a save bumps the version, also when only links changed
    record_event(session, actor, "actie_gewijzigd", actie,
                 details={**_actie_details(plan, actie), "gewijzigd": changed})
    session.flush()


def delete_actie(session, actor, plan, actie, version_id: int | None) -> None:
    """Remove an actie while the plan is still being written."""
    _require_content_open(plan)
    _refuse_stale_actie(actie, version_id)
    record_event(session, actor, "actie_verwijderd", actie, details=_actie_details(plan, actie))
    session.delete(actie)
    session.flush()


def change_actie_status(session, actor, plan, actie, naar: str | None,
                        toelichting: str | None, version_id: int | None) -> None:
    """Give an actie a new status (gestopt with its reason) and append it to its history."""
    if not perms.execution_open(plan):
        raise DomainError(_("De status van acties verandert u nadat het verbeterplan is "
                            "gepubliceerd, zolang het in uitvoering is."))
    _refuse_stale_actie(actie, version_id)
    toelichting = (toelichting or "").strip() or None
    _check_status_change(actie, naar, toelichting)
    van = actie.status
    actie.status = naar
    if naar == ActieStatus.GESTOPT:
        actie.stop_reden = toelichting
    actie.historie.append(ActieStatusWijziging(van=van, naar=naar, toelichting=toelichting,
                                               by_id=actor.id))
    record_event(session, actor, "actie_status_gewijzigd", actie, from_state=van, to_state=naar,
                 comment=toelichting, details=_actie_details(plan, actie))
    session.flush()


def _check_status_change(actie, naar, toelichting) -> None:
    if naar not in {s.value for s in ActieStatus}:
        raise DomainError(_("Kies de nieuwe status."), field="status")
    if ActieStatus(actie.status) in CLOSED_ACTIE_STATUSES:
        raise DomainError(_("Deze actie is %(status)s: een afgesloten actie verandert niet meer "
                            "van status.", status=actie_status_label(actie.status).lower()))
    if not may_change_actie(actie.status, naar):
        raise DomainError(_("De actie heeft deze status al."), field="status")
    if naar == ActieStatus.GESTOPT and not toelichting:
        raise DomainError(_("Geef de reden waarom de actie is gestopt."), field="toelichting")


def add_actie_bewijs(session, actor, plan, actie, stream, filename: str | None) -> ActieBewijs:
    """Store an evidence file for an actie while the plan is being carried out."""
    if not perms.execution_open(plan):
        raise DomainError(_("Bewijsstukken voegt u toe zolang het verbeterplan gepubliceerd "
                            "of in uitvoering is."))
    naam = validation.check_filename(filename)
    stored = store_upload(session, stream, naam)
    bewijs = ActieBewijs(actie=actie, bestandsnaam=naam, opslagnaam=stored.opslagnaam,
                         sha256=stored.sha256, grootte=stored.grootte,
                         mime_type=stored.mime_type, uploaded_by_id=actor.id)
    session.add(bewijs)
    session.flush()
    record_event(session, actor, "actie_bewijs_toegevoegd", bewijs, details={
        **_actie_details(plan, actie), "actie_id": actie.id, "bestandsnaam": naam,
        "sha256": stored.sha256, "grootte": stored.grootte})
    session.flush()
    return bewijs


def _require_content_open(plan) -> None:
    if not perms.acties_open(plan):
        raise DomainError(_("Acties en motiveringen wijzigen kan alleen zolang het "
                            "verbeterplan een concept is of is teruggestuurd."))


def _refuse_stale_actie(actie, version_id: int | None) -> None:
    if version_id is not None and version_id != actie.version_id:
        raise StaleEdit(_("Deze actie is intussen door iemand anders gewijzigd. Bekijk de "
                          "nieuwe gegevens en voer uw wijziging opnieuw in."))


def _clean_actie_fields(fields: dict) -> dict:
    values = {name: fields.get(name) for name in ACTIE_FIELDS}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip().replace("\r\n", "\n") or None
    if not values["titel"]:
        raise DomainError(_("Vul de titel van de actie in."), field="titel")
    if not values["eigenaar_naam"]:
        raise DomainError(_("Vul in wie eigenaar is van de actie."), field="eigenaar_naam")
    return values


def _linkable(session, plan, aanbeveling_ids) -> list:
    ids = {int(i) for i in aanbeveling_ids or ()}
    if not ids:
        raise DomainError(_("Kies ten minste één aanbeveling waar deze actie bij hoort."),
                          field="aanbeveling_ids")
    chosen = [b for b in queries.aanbevelingen_of(session, plan.visitatie_id) if b.id in ids]
    if len(chosen) != len(ids):
        raise DomainError(_("Kies alleen aanbevelingen uit het rapport van deze visitatie."),
                          field="aanbeveling_ids")
    declined = queries.reacties_of(session, plan)
    blocked = [b.nummer for b in chosen if b.id in declined]
    if blocked:
        raise DomainError(_("Aanbeveling %(n)s staat op ‘niet overgenomen’. Haal die keuze "
                            "eerst weg als de dienst er toch een actie voor neemt.",
                            n=", ".join(map(str, blocked))), field="aanbeveling_ids")
    return chosen


def _actie_details(plan, actie) -> dict:
    return {"verbeterplan_id": plan.id, "titel": actie.titel,
            "aanbevelingen": [b.nummer for b in actie.aanbevelingen]}


# --- aanbevelingen not taken over -----------------------------------------------------------

def record_niet_overgenomen(session, actor, plan, aanbeveling, motivering: str | None,
                            stand: str | None = None) -> AanbevelingReactie:
    """Mark an aanbeveling as not taken over, with the dienst's motivation."""
    _require_content_open(plan)
    motivering = (motivering or "").strip().replace("\r\n", "\n")
    if not motivering:
        raise DomainError(_("Schrijf waarom de dienst deze aanbeveling niet overneemt."),
                          field="motivering")
    if queries.actie_ids_linked_to(session, plan, aanbeveling.id):
        raise DomainError(_("Aanbeveling %(n)s heeft al een actie. Koppel die actie eerst los "
                            "als de dienst deze aanbeveling niet overneemt.", n=aanbeveling.nummer))
    reactie = queries.load_reactie(session, plan, aanbeveling.id)
    if stand is not None and stand != reactie_stand(reactie):
        raise StaleEdit(_("De motivering bij deze aanbeveling is intussen door iemand anders "
                          "gewijzigd. Bekijk de nieuwe tekst en sla de uwe zo nodig opnieuw op."))
    if reactie is None:
        reactie = AanbevelingReactie(plan=plan, bevinding_id=aanbeveling.id)
        session.add(reactie)
    reactie.niet_overgenomen, reactie.motivering, reactie.updated_at = True, motivering, utcnow()
    try:
        session.flush()
    except IntegrityError:  # recorded at the same moment by someone else; caller rolls back
        raise StaleEdit(_("De motivering bij deze aanbeveling is intussen door iemand anders "
                          "vastgelegd. Bekijk de tekst en sla de uwe zo nodig opnieuw op.")
                        ) from None
    record_event(session, actor, "aanbeveling_niet_overgenomen", plan, comment=motivering,
                 details={"aanbeveling": aanbeveling.nummer, "bevinding_id": aanbeveling.id})
    session.flush()
    return reactie


def remove_niet_overgenomen(session, actor, plan, reactie) -> None:
    """Take away the 'niet overgenomen' of an aanbeveling (it needs an actie again)."""
    _require_content_open(plan)
    record_event(session, actor, "aanbeveling_weer_open", plan, details={
        "aanbeveling": reactie.bevinding.nummer, "bevinding_id": reactie.bevinding_id})
    session.delete(reactie)
    session.flush()


def reactie_stand(reactie: AanbevelingReactie | None) -> str:
    """Return a token of the motivation as it is now, to detect a change made meanwhile."""
    if reactie is None:
        return "nieuw"
    moment = reactie.updated_at
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return f"{reactie.id}|{moment.isoformat(timespec='microseconds')}"
