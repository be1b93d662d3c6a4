"""The rows and columns of each export."""
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from visitatie.auth.models import RoleAssignment
from visitatie.auth.roles import Rol
from visitatie.bevindingen.labels import TYPE_LABELS
from visitatie.bevindingen.queries import bevindingen_of
from visitatie.diensten.models import Dienst
from visitatie.exports.xlsx import Column, as_local_date, workbook_bytes
from visitatie.visitaties.labels import state_label
from visitatie.visitaties.models import Visitatie


def bevindingen_xlsx(session, visitatie) -> bytes:
    """Return the bevindingen of the visitatie's report as an XLSX file."""
    columns = [Column(_("Type"), 16), Column(_("Nummer"), 9), Column(_("Tekst"), 80, wrap=True),
               Column(_("Thema's"), 40, wrap=True), Column(_("Rapportsectie"), 30)]
    rows = ([str(TYPE_LABELS[b.type]), b.nummer, b.tekst, _themes(b), b.rapport_sectie]
            for b in bevindingen_of(session, visitatie.id))
    return workbook_bytes(_("Bevindingen"), columns, rows)


def _themes(bevinding) -> str:
    labels = sorted(code.thema.label for code in bevinding.themas)
    return "; ".join(labels)


def ronde_visitaties_xlsx(session, ronde) -> bytes:
    """Return the visitaties overview of a ronde as an XLSX file."""
    columns = [Column(_("Omgevingsdienst"), 40), Column(_("Provincie"), 22),
               Column(_("Eerste bezoekdag"), 16, is_date=True),
               Column(_("Tweede bezoekdag"), 16, is_date=True), Column(_("Fase"), 22),
               Column(_("Voorzitter"), 28), Column(_("Secretaris"), 28),
               Column(_("Vastgesteld op"), 16, is_date=True),
               Column(_("Gepubliceerd op"), 16, is_date=True)]
    rows = (_visitatie_row(v) for v in _visitaties_of(session, ronde.id))
    return workbook_bytes(_("Visitaties"), columns, rows)


def _visitaties_of(session, ronde_id: int) -> list[Visitatie]:
    stmt = (select(Visitatie).join(Visitatie.dienst)
            .where(Visitatie.ronde_id == ronde_id)
            .options(selectinload(Visitatie.commissie).joinedload(RoleAssignment.user),
                     selectinload(Visitatie.dienst).selectinload(Dienst.provincies))
            .order_by(Visitatie.eerste_bezoekdag.is_(None), Visitatie.eerste_bezoekdag,
                      Dienst.naam))
    return list(session.scalars(stmt))


def _visitatie_row(visitatie: Visitatie) -> list:
    return [visitatie.dienst.naam, ", ".join(visitatie.dienst.provincie_namen),
            visitatie.eerste_bezoekdag, visitatie.tweede_bezoekdag, state_label(visitatie.state),
            _names(visitatie, Rol.VOORZITTER), _names(visitatie, Rol.SECRETARIS),
            as_local_date(visitatie.vastgesteld_at), as_local_date(visitatie.gepubliceerd_at)]


def _names(visitatie: Visitatie, rol: Rol) -> str:
    return ", ".join(user.naam for user in visitatie.members_as(rol))
