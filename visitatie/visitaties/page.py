"""Everything the visitatie page shows, gathered per feature."""
from visitatie.audit.queries import events_for
from visitatie.visitaties.operations import transition_options

# Features that offer a section_context(session, user, visitatie) for the page.
SECTION_PROVIDERS: tuple[str, ...] = ()


def visitatie_page_context(session, user, visitatie) -> dict:
    """Return the template variables of the visitatie page for this user."""
    context = {
        "visitatie": visitatie,
        "events": events_for(session, visitatie),
        "transitions": transition_options(session, user, visitatie),
    }
    for module_name in SECTION_PROVIDERS:
        context.update(_section_context(module_name, session, user, visitatie))
    return context


def _section_context(module_name: str, session, user, visitatie) -> dict:
    import importlib

    module = importlib.import_module(module_name)
    provider = getattr(module, "section_context", None)
    return provider(session, user, visitatie) if provider else {}
