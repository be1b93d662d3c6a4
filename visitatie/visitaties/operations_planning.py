"""Plan a visitatie: create it, set its visit dates, compose its committee. Never commits."""
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from visitatie.audit.operations import record_event
from visitatie.auth import operations as auth_ops
from visitatie.auth.models import RoleAssignment
from visitatie.auth.roles import COMMITTEE_ROLES, Rol
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.visitaties.models import Visitatie
from visitatie.visitaties.planning_permissions import (
    are_visit_dates_editable, is_committee_editable,
)
from workflows.visitatie import VisitatieState


def create_visitatie(session, actor, *, ronde, dienst, eerste_bezoekdag: date | None = None,
                     tweede_bezoekdag: date | None = None) -> Visitatie:
    """Create the visitatie of `dienst` in `ronde`, in state gepland."""
    _refuse_dienst_outside_ronde(dienst, ronde)
    _refuse_second_visitatie(session, ronde, dienst)
    if eerste_bezoekdag or tweede_bezoekdag:
        _check_visit_dates(dienst, eerste_bezoekdag, tweede_bezoekdag)
    visitatie = Visitatie(ronde_id=ronde.id, dienst_id=dienst.id,
                          state=VisitatieState.GEPLAND.value, state_changed_at=utcnow(),
                          eerste_bezoekdag=eerste_bezoekdag, tweede_bezoekdag=tweede_bezoekdag)
    _insert_once(session, visitatie, ronde, dienst)
    record_event(session, actor, "visitatie_aangemaakt", visitatie,
                 to_state=VisitatieState.GEPLAND.value,
                 details={"bezoekdagen": _iso(eerste_bezoekdag, tweede_bezoekdag)})
    return visitatie


def set_visit_dates(session, actor, visitatie: Visitatie, *, eerste_bezoekdag: date | None,
                    tweede_bezoekdag: date | None, version_id: int) -> None:
    """Set the two visit days; refuse when someone else changed the visitatie meanwhile."""
    if visitatie.version_id != version_id:
        raise StaleEdit(_("Deze visitatie is intussen door iemand anders gewijzigd. Bekijk de "
                          "nieuwe gegevens en voer uw wijziging opnieuw in."))
    if not are_visit_dates_editable(visitatie):
        raise DomainError(_("De bezoekdagen liggen vast zodra de kernstukken zijn ingediend; "
                            "ze kunnen nu niet meer worden gewijzigd."))
    _check_visit_dates(visitatie.dienst, eerste_bezoekdag, tweede_bezoekdag)
    old = _iso(visitatie.eerste_bezoekdag, visitatie.tweede_bezoekdag)
    new = _iso(eerste_bezoekdag, tweede_bezoekdag)
    if old == new:
        return
    visitatie.eerste_bezoekdag, visitatie.tweede_bezoekdag = eerste_bezoekdag, tweede_bezoekdag
    session.flush()
    record_event(session, actor, "bezoekdata_gewijzigd", visitatie,
                 details={"oud": old, "nieuw": new})


def add_committee_member(session, actor, visitatie: Visitatie, user, rol: Rol):
    """Put `user` on the visitatie's committee as `rol`; at most one voorzitter."""
    rol = Rol(rol)
    _refuse_locked_committee(visitatie)
    if rol not in COMMITTEE_ROLES:
        raise DomainError(_("Kies voorzitter, commissielid of secretaris."), field="rol")
    if not user.is_actief:
        raise DomainError(_("Het account van %(naam)s is geblokkeerd.", naam=user.naam),
                          field="user_id")
    if rol == Rol.VOORZITTER:
        _refuse_second_voorzitter(session, visitatie)
    return auth_ops.assign_role(session, actor, user, rol, visitatie=visitatie)


def remove_committee_member(session, actor, visitatie: Visitatie, assignment) -> None:
    """Take a member off the visitatie's committee."""
    if assignment.visitatie_id != visitatie.id or assignment.rol not in COMMITTEE_ROLES:
        raise DomainError(_("Deze persoon zit niet in de commissie van deze visitatie."))
    _refuse_locked_committee(visitatie)
    auth_ops.remove_role(session, actor, assignment)
    session.flush()


def is_geldig_in_ronde(dienst, ronde) -> bool:
    """Return whether the dienst exists on some day of the ronde's period."""
    first_day = max(ronde.start_datum, dienst.geldig_van or ronde.start_datum)
    return dienst.is_geldig_op(first_day) and (
        ronde.eind_datum is None or first_day <= ronde.eind_datum)


def _refuse_dienst_outside_ronde(dienst, ronde) -> None:
    if not is_geldig_in_ronde(dienst, ronde):
        raise DomainError(_("%(dienst)s bestaat niet in de periode van %(ronde)s.",
                            dienst=dienst.naam, ronde=ronde.naam), field="dienst_id")


def _refuse_second_visitatie(session, ronde, dienst) -> None:
    existing = session.scalar(select(Visitatie.id).where(
        Visitatie.ronde_id == ronde.id, Visitatie.dienst_id == dienst.id))
    if existing is not None:
        raise _duplicate_error(ronde, dienst)


def _duplicate_error(ronde, dienst) -> DomainError:
    return DomainError(_("Voor %(dienst)s bestaat in %(ronde)s al een visitatie; een dienst "
                         "wordt één keer per ronde gevisiteerd.",
                         dienst=dienst.naam, ronde=ronde.naam), field="dienst_id")


def _insert_once(session, visitatie, ronde, dienst) -> None:
    # Two beheerders saving at once: the unique constraint decides, the loser gets the message.
    try:
        with session.begin_nested():
            session.add(visitatie)
            session.flush()
    except IntegrityError:
        raise _duplicate_error(ronde, dienst) from None


def _check_visit_dates(dienst, eerste: date | None, tweede: date | None) -> None:
    if eerste is None:
        raise DomainError(_("Vul de eerste bezoekdag in."), field="eerste_bezoekdag")
    if tweede is None:
        raise DomainError(_("Vul de tweede bezoekdag in."), field="tweede_bezoekdag")
    if tweede <= eerste:
        raise DomainError(_("De tweede bezoekdag moet na de eerste bezoekdag liggen."),
                          field="tweede_bezoekdag")
    if not dienst.is_geldig_op(eerste):
        raise DomainError(_("%(dienst)s bestaat niet meer (of nog niet) op de eerste "
                            "bezoekdag.", dienst=dienst.naam), field="eerste_bezoekdag")


def _refuse_locked_committee(visitatie) -> None:
    if not is_committee_editable(visitatie):
        raise DomainError(_("Het rapport van deze visitatie is vastgesteld; de commissie kan "
                            "niet meer worden gewijzigd."))


def _refuse_second_voorzitter(session, visitatie) -> None:
    current = session.scalars(select(RoleAssignment).where(
        RoleAssignment.visitatie_id == visitatie.id,
        RoleAssignment.rol == Rol.VOORZITTER.value)).first()
    if current is not None:
        raise DomainError(_("Deze visitatie heeft al een voorzitter (%(naam)s). Verwijder "
                            "die eerst uit de commissie om een andere voorzitter te kiezen.",
                            naam=current.user.naam), field="rol")


def _iso(eerste: date | None, tweede: date | None) -> list:
    return [d.isoformat() if d else None for d in (eerste, tweede)]
