"""Who may read the wederhoor, answer it, decide on corrections and record the treatment.

The dienst sees the concept only while the wederhoor runs (docs/product.md, Confidentiality);
the committee and the beheerder keep reading the corrections afterwards. ODNL bestuur,
the klankbordgroep and other diensten never see them.
"""
from visitatie.auth.permissions import is_beheerder
from visitatie.auth.roles import Rol
from visitatie.visitaties.permissions import (
    is_committee_member, is_of_visited_dienst, is_secretaris_of,
)
from workflows.visitatie import VisitatieState as S

FROM_WEDERHOOR = (S.WEDERHOOR, S.VASTGESTELD, S.GEPUBLICEERD)


def is_directeur_of_visited_dienst(user, visitatie) -> bool:
    """Return whether the user is directeur of the visited dienst."""
    return user.is_authenticated and visitatie.dienst_id in user.dienst_ids_as(Rol.DIRECTEUR)


def can_view_wederhoor(user, visitatie) -> bool:
    """Return whether the user may read the wederhoor version and its corrections."""
    if visitatie.state == S.WEDERHOOR and is_of_visited_dienst(user, visitatie):
        return True
    committee_or_odnl = is_committee_member(user, visitatie) or is_beheerder(user)
    return committee_or_odnl and visitatie.state in FROM_WEDERHOOR


def can_respond_wederhoor(user, visitatie) -> bool:
    """Return whether the user may still add corrections and submit the reaction."""
    return (is_directeur_of_visited_dienst(user, visitatie) and visitatie.state == S.WEDERHOOR
            and visitatie.wederhoor_ingediend_at is None)


def can_edit_correctie(user, correctie, visitatie) -> bool:
    """Return whether the user may change or remove this correction: their own, unsent."""
    return can_respond_wederhoor(user, visitatie) and correctie.auteur_id == user.id


def can_see_corrections(user, visitatie, released: bool) -> bool:
    """Return whether the user sees the corrections: the dienst always, others once released."""
    if is_of_visited_dienst(user, visitatie) and visitatie.state == S.WEDERHOOR:
        return True
    return released and can_view_wederhoor(user, visitatie)


def can_decide_corrections(user, visitatie) -> bool:
    """Return whether the user may mark corrections overgenomen or niet overgenomen."""
    return is_secretaris_of(user, visitatie) and visitatie.state == S.WEDERHOOR


def can_record_behandeling(user, visitatie) -> bool:
    """Return whether the user may record the DB and AB treatment dates now."""
    may = is_directeur_of_visited_dienst(user, visitatie) or is_beheerder(user)
    return may and visitatie.state == S.VASTGESTELD
