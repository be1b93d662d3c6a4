"""Who may see, write, comment on, adopt and publish a Rode draden edition.

Beheerder and bestuur are global; authors (auteur) and the klankbordgroep hold their role
per ronde. The klankbordgroep reads an edition once it has been sent to them, and never sees
the findings with their diensten behind a section (that is the authors' material).
"""
from visitatie.auth.permissions import can_oversee_all, is_beheerder
from visitatie.auth.roles import Rol
from workflows.synthese import COMMENTABLE_STATES, EDITABLE_STATES, SyntheseState

PROCESSING_STATES = frozenset({SyntheseState.KLANKBORD, SyntheseState.CONCEPT})


def ronde_ids_as(user, rol: Rol) -> set[int]:
    """Return the ids of the rondes on which the user holds the per-ronde role `rol`."""
    if not user.is_authenticated:
        return set()
    return {r.ronde_id for r in user.roles if r.rol == rol and r.ronde_id}


def is_auteur_of(user, ronde_id: int) -> bool:
    """Return whether the user writes the Rode draden of this ronde."""
    return ronde_id in ronde_ids_as(user, Rol.AUTEUR)


def is_klankbord_of(user, ronde_id: int) -> bool:
    """Return whether the user is in the klankbordgroep of this ronde."""
    return ronde_id in ronde_ids_as(user, Rol.KLANKBORD)


def synthese_roles(user, synthese) -> set[str]:
    """Return the role names that count for the edition's workflow events."""
    if not user.is_authenticated:
        return set()
    roles = {r.value for r in (Rol.BEHEERDER, Rol.BESTUUR) if user.is_global(r)}
    if is_auteur_of(user, synthese.ronde_id):
        roles.add(Rol.AUTEUR.value)
    if is_klankbord_of(user, synthese.ronde_id):
        roles.add(Rol.KLANKBORD.value)
    return roles


def can_list_syntheses(user) -> bool:
    """Return whether the user may open the list of Rode draden editions."""
    return (can_oversee_all(user) or bool(ronde_ids_as(user, Rol.AUTEUR))
            or bool(ronde_ids_as(user, Rol.KLANKBORD)))


def can_create_synthese(user) -> bool:
    """Return whether the user may start a new edition (for some ronde)."""
    return is_beheerder(user) or bool(ronde_ids_as(user, Rol.AUTEUR))


def is_author_of(user, synthese) -> bool:
    """Return whether the user writes this edition (beheerder, or auteur of its ronde)."""
    return is_beheerder(user) or is_auteur_of(user, synthese.ronde_id)


def can_view_synthese(user, synthese) -> bool:
    """Return whether the user may read the edition behind login."""
    if can_oversee_all(user) or is_auteur_of(user, synthese.ronde_id):
        return True
    return is_klankbord_of(user, synthese.ronde_id) and synthese.klankbord_ronde > 0


def can_see_findings(user, synthese) -> bool:
    """Return whether the user may see the findings with their diensten behind a section."""
    return can_oversee_all(user) or is_auteur_of(user, synthese.ronde_id)


def can_write(user, synthese) -> bool:
    """Return whether the user may change the edition's texts now (authors, in concept)."""
    return is_author_of(user, synthese) and synthese.state in EDITABLE_STATES


def can_refresh_basis(user, synthese) -> bool:
    """Return whether the user may bring the visitaties and chapters up to date now."""
    return can_write(user, synthese)


def can_comment(user, synthese) -> bool:
    """Return whether the user may add a klankbord comment now (member, during a round)."""
    return (is_klankbord_of(user, synthese.ronde_id)
            and synthese.state in COMMENTABLE_STATES)


def can_change_comment(user, synthese, opmerking) -> bool:
    """Return whether the user may edit or remove this comment (own, open, round running)."""
    return (user.is_authenticated and opmerking.auteur_id == user.id
            and not opmerking.is_verwijderd and opmerking.verwerking == "open"
            and can_comment(user, synthese)
            and opmerking.klankbord_ronde == synthese.klankbord_ronde)


def can_process_comments(user, synthese) -> bool:
    """Return whether the user may record how comments were processed (authors)."""
    return is_author_of(user, synthese) and synthese.state in PROCESSING_STATES


def can_adopt(user, synthese) -> bool:
    """Return whether the user may open the adoption form (bestuur, concept)."""
    return (user.is_authenticated and user.is_global(Rol.BESTUUR)
            and synthese.state == SyntheseState.CONCEPT)
