"""Who may read, edit, comment on and approve which version of the report.

Concept versions are for the committee (and ODNL's beheerder, who reads but does not
comment). The visited dienst sees only the version sent to wederhoor, during wederhoor,
and after vaststelling only the definitive version. Nobody else sees any version.
"""
from visitatie.auth.permissions import is_beheerder
from visitatie.visitaties.permissions import (
    is_committee_member, is_of_visited_dienst, is_secretaris_of, is_voorzitter_of,
)
from workflows.visitatie import VisitatieState as S

# The report changes while it is drafted and while wederhoor corrections are processed.
CHANGEABLE_STATES = (S.CONCEPT_RAPPORT, S.WEDERHOOR)
FINAL_STATES = (S.VASTGESTELD, S.GEPUBLICEERD)


def can_read_all_versions(user, visitatie) -> bool:
    """Return whether the user may read every version and the comments (committee, ODNL)."""
    return is_committee_member(user, visitatie) or is_beheerder(user)


def can_read_version(user, visitatie, versie) -> bool:
    """Return whether the user may read this version of the report."""
    if can_read_all_versions(user, visitatie):
        return True
    if not is_of_visited_dienst(user, visitatie):
        return False
    if visitatie.state == S.WEDERHOOR:
        return versie.nummer == visitatie.wederhoor_versie_nummer
    return visitatie.state in FINAL_STATES and versie.status == "definitief"


def can_write_report(user, visitatie) -> bool:
    """Return whether the user is the one who writes this report (the secretaris)."""
    return is_secretaris_of(user, visitatie)


def report_changeable(visitatie) -> bool:
    """Return whether the visitatie is in a state in which its report may change."""
    return visitatie.state in CHANGEABLE_STATES


def can_create_report(user, visitatie, latest) -> bool:
    """Return whether the user may make the first version now (`latest`: newest or None)."""
    return (can_write_report(user, visitatie) and latest is None
            and visitatie.state == S.CONCEPT_RAPPORT)


def can_edit_section(user, visitatie, versie) -> bool:
    """Return whether the user may edit the sections of this version now."""
    return (can_write_report(user, visitatie) and report_changeable(visitatie)
            and versie.is_editable)


def _may_change(visitatie, versie, latest) -> bool:
    return report_changeable(visitatie) and latest is not None and versie.id == latest.id


def can_submit_for_review(user, visitatie, versie, latest) -> bool:
    """Return whether the user may offer this werkversie for review now."""
    return (can_write_report(user, visitatie) and _may_change(visitatie, versie, latest)
            and versie.status == "werkversie")


def can_create_next_version(user, visitatie, versie, latest) -> bool:
    """Return whether the user may start a new werkversie from this version now."""
    return (can_write_report(user, visitatie) and _may_change(visitatie, versie, latest)
            and versie.status in ("ter_review", "goedgekeurd"))


def can_comment(user, visitatie, versie, latest) -> bool:
    """Return whether the user may comment on the sections of this version now."""
    return (is_committee_member(user, visitatie) and _may_change(visitatie, versie, latest)
            and versie.status == "ter_review")


def can_approve(user, visitatie, versie, latest) -> bool:
    """Return whether the user may approve this version now (the voorzitter)."""
    return (is_voorzitter_of(user, visitatie) and _may_change(visitatie, versie, latest)
            and versie.status == "ter_review")
