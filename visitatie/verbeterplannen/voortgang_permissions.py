"""Who may read and write the progress reports of a verbeterplan."""
from visitatie.auth.permissions import can_oversee_all
from visitatie.visitaties.permissions import is_committee_member, is_of_visited_dienst
from workflows.verbeterplan import PlanState

REPORTING_STATES = frozenset({PlanState.GEPUBLICEERD, PlanState.IN_UITVOERING})


def can_view_voortgang(user, plan) -> bool:
    """Return whether the user may read the plan's progress reports."""
    visitatie = plan.visitatie
    return (can_oversee_all(user) or is_committee_member(user, visitatie)
            or is_of_visited_dienst(user, visitatie))


def can_write_voortgang(user, plan) -> bool:
    """Return whether the user may write progress reports for the plan (the dienst does)."""
    return is_of_visited_dienst(user, plan.visitatie)


def is_reporting(plan) -> bool:
    """Return whether the plan is in a state in which progress is reported."""
    return plan.state in REPORTING_STATES
