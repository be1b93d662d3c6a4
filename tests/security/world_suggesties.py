"""Objects for the suggestion routes: an uncoded finding in the world's visitatie.

The ids the routes need (ronde_id, visitatie_id, bevinding_id) are already in the world.
"""
from visitatie.bevindingen.models import Bevinding


def extend(session, world, objects) -> None:
    session.add(Bevinding(visitatie_id=world.visitatie.id, type="bevinding",
                          tekst="Nog niet gecodeerd: de samenwerking met het waterschap.",
                          rapport_sectie="Conclusie"))
    session.flush()
