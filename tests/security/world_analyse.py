"""Objects for the analysis routes: a theme of world.ronde's codebook for the drill-down."""
from visitatie.bevindingen.queries import codebook_themes


def extend(session, world, objects) -> None:
    """Point analyse.thema at the first theme of world.ronde's (newest) codebook."""
    session.flush()
    first = codebook_themes(session, world.ronde.id)[0].thema
    objects.per_endpoint["analyse.thema"] = {"thema_id": first.id}
