"""What each role sees on its start page; a user with several roles sees each part."""
from dataclasses import dataclass, field

from sqlalchemy import select

from visitatie.auth.permissions import can_oversee_all
from visitatie.auth.roles import DIENST_ROLES, Rol
from visitatie.core.pagination import Page, paginate
from visitatie.diensten.models import Dienst
from visitatie.visitaties import queries


@dataclass
class StartPage:
    overview: dict | None = None          # beheerder, bestuur: all rondes
    committee: list = field(default_factory=list)   # (visitatie, rol), one page of them
    committee_page: Page | None = None
    diensten: list = field(default_factory=list)    # (dienst, rollen, visitaties)
    klankbord_rondes: list = field(default_factory=list)
    auteur_rondes: list = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.overview or self.committee or self.diensten or self.klankbord_rondes
                    or self.auteur_rondes)


COMMITTEE_PER_PAGE = 24


def build_start_page(session, user, ronde_id: int | None, pagina: int = 1) -> StartPage:
    """Collect the parts of the start page that the user's roles give."""
    page = StartPage()
    if can_oversee_all(user):
        page.overview = _overview(session, ronde_id)
    page.committee_page = _committee_part(session, user, pagina)
    page.committee = [(v, user.committee_role(v.id)) for v in page.committee_page.items]
    page.diensten = _dienst_part(session, user)
    page.klankbord_rondes = [r.ronde for r in user.roles if r.rol == Rol.KLANKBORD]
    page.auteur_rondes = [r.ronde for r in user.roles if r.rol == Rol.AUTEUR]
    return page


def _overview(session, ronde_id: int | None) -> dict:
    rondes = queries.rondes_with_state_counts(session)
    ids = [r.id for r, _counts in rondes]
    selected = ronde_id if ronde_id in ids else _current_ronde_id(rondes)
    return {
        "rondes": rondes,
        "selected": next((r for r, _c in rondes if r.id == selected), None),
        "visitaties": queries.visitaties_of_ronde(session, selected) if selected else [],
    }


def _current_ronde_id(rondes) -> int | None:
    # The newest ronde that has visitaties, else the newest ronde.
    with_visits = [r.id for r, counts in rondes if counts]
    return with_visits[0] if with_visits else (rondes[0][0].id if rondes else None)


def _committee_part(session, user, pagina: int) -> Page:
    """One page of the user's committee visitaties: running ones first, newest ronde first."""
    ids = user.committee_visitatie_ids()
    if not ids:
        return Page([], 1, COMMITTEE_PER_PAGE, 0)
    return paginate(session, queries.committee_visitaties_stmt(ids), pagina, COMMITTEE_PER_PAGE)


def _dienst_part(session, user) -> list:
    dienst_ids = user.dienst_ids_as(*DIENST_ROLES)
    if not dienst_ids:
        return []
    diensten = session.scalars(select(Dienst).where(Dienst.id.in_(dienst_ids))
                               .order_by(Dienst.naam))
    visits = queries.visitaties_of_diensten(session, dienst_ids)
    return [
        (d, [Rol(r.rol) for r in user.roles if r.dienst_id == d.id],
         [v for v in visits if v.dienst_id == d.id])
        for d in diensten
    ]
