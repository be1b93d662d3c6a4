"""Demo data: a concept report built from a demo visitatie's bevindingen."""
from visitatie.rapporten import operations as ops
from visitatie.rapporten.models import RapportVersie

DEMO_COMMENTS = (
    ("voorzitter", "Graag in de inleiding ook noemen met wie de commissie heeft gesproken. "
                   "(demo-commentaar)"),
    ("secretaris", "Aangevuld met de gesprekken uit het bezoekschema; de lijst volgt in "
                   "de bijlage. (demo-commentaar)"),
)


def add_demo_report(session, visitatie, secretaris, voorzitter,
                    approved: bool) -> RapportVersie:
    """Add version 1 from the bevindingen, ter review with two comments; approve it if asked."""
    versie = ops.compose_first_version(session, secretaris, visitatie)
    ops.change_status(session, secretaris, versie, "ter_review")
    authors = {"voorzitter": voorzitter, "secretaris": secretaris}
    inleiding = versie.secties[0]
    for key, tekst in DEMO_COMMENTS:
        ops.place_comment(session, authors[key], inleiding, tekst)
    if approved:
        ops.change_status(session, voorzitter, versie, "goedgekeurd")
    return versie
