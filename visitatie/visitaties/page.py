"""Everything the visitatie page shows, gathered per feature."""
from visitatie.audit.queries import events_for
from visitatie.gesprekken.queries import section_context as gesprekken_section
from visitatie.kernstukken.queries import section_context as kernstukken_section
from visitatie.rapporten.queries import section_context as rapport_section
from visitatie.verbeterplannen.opvolging_queries import section_context as opvolging_section
from visitatie.verbeterplannen.queries import visitatie_section_context as plan_section
from visitatie.visitaties.operations import transition_options
from visitatie.visitaties.planning_permissions import section_context as planning_section
from visitatie.wederhoor.queries import section_context as wederhoor_section

# Each feature gives the variables of its partial on the visitatie page.
SECTION_PROVIDERS = (planning_section, kernstukken_section, gesprekken_section,
                     opvolging_section, rapport_section, wederhoor_section, plan_section)


def visitatie_page_context(session, user, visitatie) -> dict:
    """Return the template variables of the visitatie page for this user."""
    context = {
        "visitatie": visitatie,
        "events": events_for(session, visitatie),
        "transitions": transition_options(session, user, visitatie),
        # nothing refused yet: the refusal page (views._show_refusal) sets these
        "refusal": None, "refused_event": None, "refused_form": None,
    }
    for provider in SECTION_PROVIDERS:
        context.update(provider(session, user, visitatie))
    return context
