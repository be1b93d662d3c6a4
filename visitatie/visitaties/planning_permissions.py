"""Who may plan visitaties: create them, set visit dates, compose committees, see the dashboard."""
from visitatie.auth.permissions import can_oversee_all, is_beheerder
from visitatie.visitaties.permissions import can_manage_visitatie, is_secretaris_of
from workflows.visitatie import VisitatieState

# The visit dates may move until the dienst has handed in its kernstukken.
DATES_EDITABLE_STATES = frozenset({VisitatieState.GEPLAND, VisitatieState.VOORBEREIDING})
# Once the report is adopted the committee that wrote it is a matter of record.
COMMITTEE_LOCKED_STATES = frozenset({VisitatieState.VASTGESTELD, VisitatieState.GEPUBLICEERD})


def can_create_visitatie(user) -> bool:
    """Return whether the user may create visitaties."""
    return is_beheerder(user)


def can_set_visit_dates(user, visitatie) -> bool:
    """Return whether the user may change this visitatie's visit dates (any state)."""
    return can_manage_visitatie(user, visitatie) or is_secretaris_of(user, visitatie)


def can_compose_committee(user, visitatie) -> bool:
    """Return whether the user may add and remove committee members (any state)."""
    return can_manage_visitatie(user, visitatie)


def are_visit_dates_editable(visitatie) -> bool:
    """Return whether the visitatie's state still lets the visit dates move."""
    return visitatie.state in DATES_EDITABLE_STATES


def is_committee_editable(visitatie) -> bool:
    """Return whether the visitatie's state still lets the committee change."""
    return visitatie.state not in COMMITTEE_LOCKED_STATES


def can_view_dashboard(user) -> bool:
    """Return whether the user may open the dashboard of visitaties and deadlines."""
    return user.is_authenticated and (
        can_oversee_all(user) or bool(user.committee_visitatie_ids())
    )


def can_see_whole_ronde(user) -> bool:
    """Return whether the dashboard may list visitaties the user does not sit on."""
    return can_oversee_all(user)


def section_context(session, user, visitatie) -> dict:
    """Return what the planning partial of the visitatie page needs (no SQL)."""
    return {
        "commissie_can_edit_dates": can_set_visit_dates(user, visitatie)
        and are_visit_dates_editable(visitatie),
        "commissie_can_compose": can_compose_committee(user, visitatie)
        and is_committee_editable(visitatie),
    }
