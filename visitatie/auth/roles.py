"""The roles of docs/product.md and the kind of object each one is assigned on."""
from enum import StrEnum

from flask_babel import lazy_gettext as _l


class Rol(StrEnum):
    BEHEERDER = "beheerder"
    BESTUUR = "bestuur"
    DIRECTEUR = "directeur"
    CONTACTPERSOON = "contactpersoon"
    VOORZITTER = "voorzitter"
    COMMISSIELID = "commissielid"
    SECRETARIS = "secretaris"
    KLANKBORD = "klankbord"
    AUTEUR = "auteur"               # author of the Rode draden of a ronde


GLOBAL_ROLES = (Rol.BEHEERDER, Rol.BESTUUR)
DIENST_ROLES = (Rol.DIRECTEUR, Rol.CONTACTPERSOON)
COMMITTEE_ROLES = (Rol.VOORZITTER, Rol.COMMISSIELID, Rol.SECRETARIS)
RONDE_ROLES = (Rol.KLANKBORD, Rol.AUTEUR)

ROLE_LABELS = {
    Rol.BEHEERDER: _l("Beheerder (ODNL)"),
    Rol.BESTUUR: _l("Bestuur ODNL"),
    Rol.DIRECTEUR: _l("Directeur"),
    Rol.CONTACTPERSOON: _l("Contactpersoon"),
    Rol.VOORZITTER: _l("Voorzitter"),
    Rol.COMMISSIELID: _l("Commissielid"),
    Rol.SECRETARIS: _l("Secretaris"),
    Rol.KLANKBORD: _l("Klankbordgroep"),
    Rol.AUTEUR: _l("Auteur Rode draden"),
}


def _quoted(roles) -> str:
    return ", ".join(f"'{r.value}'" for r in roles)


SCOPE_MATCHES_ROLE_SQL = (
    f"(rol IN ({_quoted(GLOBAL_ROLES)}) AND dienst_id IS NULL AND visitatie_id IS NULL"
    " AND ronde_id IS NULL)"
    f" OR (rol IN ({_quoted(DIENST_ROLES)}) AND dienst_id IS NOT NULL"
    " AND visitatie_id IS NULL AND ronde_id IS NULL)"
    f" OR (rol IN ({_quoted(COMMITTEE_ROLES)}) AND visitatie_id IS NOT NULL"
    " AND dienst_id IS NULL AND ronde_id IS NULL)"
    f" OR (rol IN ({_quoted(RONDE_ROLES)}) AND ronde_id IS NOT NULL"
    " AND dienst_id IS NULL AND visitatie_id IS NULL)"
)


def has_ties_to_dienst(user, dienst_id: int | None) -> bool:
    """Return whether the user works at the dienst or holds any role on it."""
    return dienst_id is not None and (
        user.dienst_id == dienst_id or any(r.dienst_id == dienst_id for r in user.roles))
