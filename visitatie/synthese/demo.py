"""Demo data: a concept Rode draden edition of a ronde, after one klankbord round.

The texts are invented for the demonstration. The edition is built through the operations
(creation, chapter texts, comments and their processing); only the klankbord round itself is
entered directly, because the workflow sends an edition to the klankbordgroep only when every
chapter has text, and the demo wants most chapters still open for writing.
"""
from sqlalchemy import select

from visitatie.audit.operations import record_event
from visitatie.db import utcnow
from visitatie.synthese import klankbord, operations
from visitatie.synthese.models import Synthese

DEMO_TITEL = "Rode draden ronde 2 (demo)"
INLEIDING = (
    "Deze rapportage bundelt wat de visitatiecommissies in de tweede ronde bij de "
    "omgevingsdiensten zagen. Zij noemt geen diensten: het gaat om wat bij veel diensten "
    "terugkomt.\n\nDe hoofdstukken volgen de thema's van het codeboek. Bij elk thema staat "
    "hoeveel sterke punten, bevindingen en aanbevelingen de rapporten bevatten.")
TEKSTEN = (
    "Bij de meeste diensten is het samenspel tussen bestuur en directie goed geregeld. "
    "Wel zien de commissies dat de rolverdeling tussen opdrachtgever en opdrachtnemer niet "
    "overal even scherp is.\n\nEen aantal diensten werkt met vaste overleggen waarin dit "
    "expliciet aan de orde komt; dat wordt als sterk punt genoemd.",
    "De samenwerking in de keten verschilt sterk. Waar afspraken met politie en OM zijn "
    "vastgelegd, loopt de strafrechtelijke handhaving beter.",
    "Sturing op informatie staat bij veel diensten nog in de kinderschoenen. Indicatoren "
    "gaan vaak over productie, minder over effect.",
)
OPMERKINGEN = (
    "Kunt u aangeven bij hoeveel diensten de rolverdeling wel helder is? Dat maakt het beeld "
    "evenwichtiger.",
    "Mis ik iets, of ontbreekt de rol van de provincie als opdrachtgever in dit hoofdstuk?",
)


def add_demo_synthese(session, users: dict, ronde) -> Synthese | None:
    """Add the demo edition for `ronde` once; return it (None when it already exists)."""
    exists = session.scalar(select(Synthese.id).where(Synthese.ronde_id == ronde.id,
                                                      Synthese.titel == DEMO_TITEL))
    if exists:
        return None
    auteur = users.get("auteur") or users["beheerder"]
    synthese = operations.create_synthese(session, auteur, ronde=ronde, soort="editie",
                                          titel=DEMO_TITEL)
    operations.update_synthese_texts(session, auteur, synthese, titel=DEMO_TITEL,
                                     inleiding=INLEIDING, integrale_conclusies=None,
                                     version_id=synthese.version_id)
    chapters = [s for s in synthese.secties if s.thema and s.thema.parent_id is None]
    for sectie, tekst in zip(chapters, TEKSTEN):
        operations.save_section(session, auteur, synthese, sectie, tekst=tekst,
                                version_id=sectie.version_id)
    _held_klankbord_round(session, users, synthese, chapters[0])
    return synthese


def _held_klankbord_round(session, users, synthese, sectie) -> None:
    """One klankbord round with two comments on the first chapter; one is processed."""
    auteur = users.get("auteur") or users["beheerder"]
    _enter(session, auteur, synthese, "klankbord", "naar_klankbord", klankbord_ronde=1)
    comments = [klankbord.add_comment(session, users["klankbord"], synthese, sectie, tekst)
                for tekst in OPMERKINGEN]
    _enter(session, auteur, synthese, "concept", "klankbord_afronden")
    klankbord.process_comment(session, auteur, synthese, comments[0],
                              verwerking="overgenomen", reactie="Aantal toegevoegd.",
                              version_id=comments[0].version_id)


def _enter(session, actor, synthese, state: str, event: str, **columns) -> None:
    source = synthese.state
    for name, value in columns.items():
        setattr(synthese, name, value)
    synthese.state, synthese.state_changed_at = state, utcnow()
    session.flush()
    record_event(session, actor, "synthese_fase_gewijzigd", synthese, from_state=source,
                 to_state=state, details={"handeling": event, "demo": True,
                                          "klankbord_ronde": synthese.klankbord_ronde})
