"""Who may see and change a verbeterplan, its acties and files; and when changes are open."""
from visitatie.auth.permissions import can_oversee_all, is_beheerder
from visitatie.auth.roles import DIENST_ROLES, Rol
from visitatie.visitaties.permissions import (
    is_committee_member, is_of_visited_dienst, is_voorzitter_of,
)
from workflows.verbeterplan import PlanState as P

REPORT_STATES = frozenset({"vastgesteld", "gepubliceerd"})
CONTENT_STATES = frozenset({P.CONCEPT, P.TERUGGESTUURD})
EXECUTION_STATES = frozenset({P.GEPUBLICEERD, P.IN_UITVOERING})


def plan_roles(user, plan) -> set[str]:
    """Return the role names that count for the plan's workflow events."""
    if not user.is_authenticated:
        return set()
    visitatie = plan.visitatie
    roles = {r.value for r in DIENST_ROLES if visitatie.dienst_id in user.dienst_ids_as(r)}
    if is_beheerder(user):
        roles.add(Rol.BEHEERDER.value)
    if is_voorzitter_of(user, visitatie):
        roles.add(Rol.VOORZITTER.value)
    return roles


def can_view_plan(user, plan) -> bool:
    """Return whether the user may read the plan, its acties and its files."""
    return (can_oversee_all(user) or is_of_visited_dienst(user, plan.visitatie)
            or is_committee_member(user, plan.visitatie))


def is_directeur_of(user, visitatie) -> bool:
    """Return whether the user is directeur of the visited dienst."""
    return user.is_authenticated and visitatie.dienst_id in user.dienst_ids_as(Rol.DIRECTEUR)


def can_create_plan(user, visitatie) -> bool:
    """Return whether the user may draw up the visitatie's verbeterplan (the directeur)."""
    return is_directeur_of(user, visitatie)


def plan_creation_open(visitatie) -> bool:
    """Return whether the report is far enough for a verbeterplan (vastgesteld or later)."""
    return visitatie.state in REPORT_STATES


def can_edit_acties(user, plan) -> bool:
    """Return whether the user may write acties and motivations (directeur, contactpersoon)."""
    return is_of_visited_dienst(user, plan.visitatie)


def acties_open(plan) -> bool:
    """Return whether acties may be added, edited or removed now (concept, teruggestuurd)."""
    return plan.state in CONTENT_STATES


def can_change_actie_status(user, plan) -> bool:
    """Return whether the user may change the status of acties and add evidence."""
    return is_of_visited_dienst(user, plan.visitatie)


def execution_open(plan) -> bool:
    """Return whether actie statuses and evidence may change now (published, in execution)."""
    return plan.state in EXECUTION_STATES


def can_record_vaststelling(user, plan) -> bool:
    """Return whether the user may record the plan's adoption by the bestuur (directeur)."""
    return is_directeur_of(user, plan.visitatie)
