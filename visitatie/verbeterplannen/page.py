"""Everything the verbeterplan page shows, gathered per section."""
from datetime import date

from visitatie.documenten.queries import documenten_context
from visitatie.verbeterplannen.voortgang_queries import section_context as voortgang_section
from visitatie.audit.queries import events_for
from visitatie.verbeterplannen import permissions as perms
from visitatie.verbeterplannen import queries
from visitatie.verbeterplannen.labels import (
    actie_status_label, orgaan_label, plan_refusal_message, plan_state_label,
)
from visitatie.verbeterplannen.operations import transition_options
from visitatie.core.dates import local_today


def transitions_section(session, user, plan) -> dict:
    """Return the 'Volgende stap' buttons for this user; nothing refused yet."""
    return {"transitions": transition_options(session, user, plan),
            # the refusal page (views._show_refusal) sets these
            "refusal": None, "refused_event": None, "refused_form": None}


def aanbevelingen_section(session, user, plan) -> dict:
    """Return per aanbeveling its acties or motivation, all acties, and the overdue ones."""
    rows, acties = queries.plan_overview(session, plan)
    uncovered = [r.aanbeveling.nummer for r in rows if not r.is_covered]
    return {"rows": rows, "acties": acties,
            "overdue_ids": queries.overdue_ids(acties, local_today()),
            "uncovered_numbers": uncovered,
            "uncovered_message": plan_refusal_message("aanbevelingen_niet_gedekt", uncovered)
            if uncovered else None}


def timeline_section(session, user, plan) -> dict:
    """Return the audit events of the plan, newest first."""
    return {"events": events_for(session, plan)}


# Each section gives variables of the plan page; progress reports add theirs here.
def documenten_section(session, user, plan) -> dict:
    return documenten_context(session, user, "verbeterplan", plan)


PLAN_SECTION_PROVIDERS = (transitions_section, aanbevelingen_section, timeline_section,
                          voortgang_section, documenten_section)


def label_helpers() -> dict:
    """Return the label functions the verbeterplan templates use."""
    return {"plan_state_label": plan_state_label, "actie_status_label": actie_status_label,
            "orgaan_label": orgaan_label}


def plan_page_context(session, user, plan) -> dict:
    """Return the template variables of the verbeterplan page for this user."""
    context = {
        "plan": plan,
        "visitatie": plan.visitatie,
        "can_edit_acties": perms.can_edit_acties(user, plan) and perms.acties_open(plan),
        "can_change_status": perms.can_change_actie_status(user, plan)
        and perms.execution_open(plan),
        **label_helpers(),
    }
    for provider in PLAN_SECTION_PROVIDERS:
        context.update(provider(session, user, plan))
    return context
