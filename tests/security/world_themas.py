"""Objects for the codebook routes: a theme of world.ronde's codebook (the coded bevinding
and the ronde are already in the main world's ids)."""
from visitatie.bevindingen.queries import codebook_themes

THEMA_ENDPOINTS = ("codeboek.show_thema", "codeboek.move", "codeboek.merge")


def extend(session, world, objects) -> None:
    """Point the theme routes at the first theme of world.ronde's (newest) codebook."""
    session.flush()
    first = codebook_themes(session, world.ronde.id)[0].thema
    for endpoint in THEMA_ENDPOINTS:
        objects.per_endpoint[endpoint] = {"thema_id": first.id}
