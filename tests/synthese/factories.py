"""Test data for the Rode draden: a codebook, coded findings in two visitaties, an edition."""
from tests.bevindingen.factories import make_bevinding
from visitatie.db import utcnow
from visitatie.synthese import operations
from visitatie.synthese.models import KlankbordOpmerking

# Unique texts, so a test can assert that a finding never reaches a public page.
FINDING_TEXTS = {
    "sterk": "GEHEIM-STERK Het bestuur en de directie overleggen maandelijks.",
    "bevinding": "GEHEIM-BEVINDING De strafrechtketen kent geen vaste afspraken.",
    "aanbeveling": "GEHEIM-AANBEVELING Leg de afspraken met politie en OM vast.",
    "elders": "GEHEIM-ELDERS Geen outcome-indicatoren in de jaarverslagen.",
}


def add_findings(session, world, themas) -> None:
    """Coded findings: three in the visited dienst's visitatie, one in the other's."""
    author = world.users["secretaris"]
    make_bevinding(session, world.visitatie, "sterk_punt", FINDING_TEXTS["sterk"],
                   [themas["2"]], author)
    make_bevinding(session, world.visitatie, "bevinding", FINDING_TEXTS["bevinding"],
                   [themas["4.1"]], author)
    make_bevinding(session, world.visitatie, "aanbeveling", FINDING_TEXTS["aanbeveling"],
                   [themas["4.1"], themas["4"]], author, nummer=1)
    make_bevinding(session, world.other_visitatie, "aanbeveling", FINDING_TEXTS["elders"],
                   [themas["7.5"]], author, nummer=1)
    session.commit()


def make_synthese(session, world, *, soort: str = "editie", titel: str = "Rode draden test",
                  visitatie_ids=(), actor=None):
    """Create an edition of the world's ronde through the operation; commit."""
    synthese = operations.create_synthese(
        session, actor or world.users["auteur"], ronde=world.ronde, soort=soort, titel=titel,
        visitatie_ids=visitatie_ids)
    session.commit()
    return synthese


def write_everything(session, synthese, conclusions: bool = True) -> None:
    """Give every chapter text (and the integral conclusions); commit."""
    for sectie in synthese.secties:
        sectie.tekst = f"Over {sectie.titel}: dit komt bij veel diensten terug."
    synthese.inleiding = "Deze rapportage bundelt de rode draden."
    if conclusions:
        synthese.integrale_conclusies = "Integraal: samenwerking is de rode draad."
    session.commit()


def set_state(session, synthese, state: str, klankbord_ronde: int | None = None) -> None:
    """Put the edition in `state` directly (with the columns its CHECKs want); commit."""
    if klankbord_ronde is not None:
        synthese.klankbord_ronde = klankbord_ronde
    adopted = state in ("vastgesteld", "gepubliceerd")
    synthese.vastgesteld_at = utcnow() if adopted else None
    synthese.state = state
    session.commit()


def add_comment(session, synthese, sectie, user, tekst="Graag verduidelijken.",
                verwerking="open", reactie=None) -> KlankbordOpmerking:
    """Add a klankbord comment directly; commit."""
    opmerking = KlankbordOpmerking(sectie_id=sectie.id, auteur_id=user.id, tekst=tekst,
                                   klankbord_ronde=synthese.klankbord_ronde or 1,
                                   verwerking=verwerking, reactie=reactie)
    session.add(opmerking)
    session.commit()
    return opmerking
