"""Klankbord comments per chapter, and how the authors processed them. Never commits.

Members comment while a klankbord round runs and may change or take back their own open
comment during that round. The authors record per comment whether they took it over, or
why not; that is what the bestuur's adoption waits for.
"""
from flask_babel import gettext as _

from visitatie.audit.operations import record_event
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import utcnow
from visitatie.synthese.models import KlankbordOpmerking
from visitatie.synthese.operations import is_current, lock_edition, plain_text
from visitatie.synthese.permissions import PROCESSING_STATES
from workflows.synthese import COMMENTABLE_STATES

VERWERKINGEN = ("overgenomen", "niet_overgenomen")


def _refuse_unless_round_runs(session, synthese) -> None:
    if synthese.state in COMMENTABLE_STATES:
        lock_edition(session, synthese)  # the round cannot close while we write
    if synthese.state not in COMMENTABLE_STATES:
        raise DomainError(_("De klankbordronde is afgerond; opmerkingen plaatsen of wijzigen "
                            "kan nu niet."))


def _details(synthese, opmerking, **extra) -> dict:
    return {"synthese_id": synthese.id, "sectie_id": opmerking.sectie_id,
            "klankbord_ronde": opmerking.klankbord_ronde, **extra}


def add_comment(session, actor, synthese, sectie, tekst: str) -> KlankbordOpmerking:
    """Place a klankbord member's comment on a chapter in the current round."""
    _refuse_unless_round_runs(session, synthese)
    tekst = plain_text(tekst)
    if not tekst:
        raise DomainError(_("Vul uw opmerking in."), field="tekst")
    opmerking = KlankbordOpmerking(sectie_id=sectie.id, auteur_id=actor.id, tekst=tekst,
                                   klankbord_ronde=synthese.klankbord_ronde,
                                   verwerking="open", created_at=utcnow())
    session.add(opmerking)
    session.flush()
    record_event(session, actor, "klankbord_opmerking_geplaatst", opmerking,
                 details=_details(synthese, opmerking))
    return opmerking


def _refuse_unless_changeable(session, synthese, opmerking, actor, version_id) -> None:
    _refuse_unless_round_runs(session, synthese)
    if opmerking.auteur_id != actor.id or opmerking.verwerking != "open" \
            or opmerking.klankbord_ronde != synthese.klankbord_ronde:
        raise DomainError(_("Alleen uw eigen opmerking uit deze klankbordronde die nog niet "
                            "is verwerkt, kunt u wijzigen of intrekken."))
    if not is_current(session, opmerking, version_id):
        raise StaleEdit(_("Deze opmerking is intussen gewijzigd of verwerkt. Bekijk de nieuwe "
                          "stand en probeer het opnieuw."))


def update_comment(session, actor, synthese, opmerking, tekst: str,
                   version_id: int | None) -> None:
    """Change one's own open comment while the round runs."""
    _refuse_unless_changeable(session, synthese, opmerking, actor, version_id)
    tekst = plain_text(tekst)
    if not tekst:
        raise DomainError(_("Vul uw opmerking in."), field="tekst")
    opmerking.tekst = tekst
    session.flush()
    record_event(session, actor, "klankbord_opmerking_gewijzigd", opmerking,
                 details=_details(synthese, opmerking))


def withdraw_comment(session, actor, synthese, opmerking, version_id: int | None) -> None:
    """Take back one's own open comment while the round runs (kept, marked removed)."""
    _refuse_unless_changeable(session, synthese, opmerking, actor, version_id)
    opmerking.is_verwijderd = True
    session.flush()
    record_event(session, actor, "klankbord_opmerking_verwijderd", opmerking,
                 details=_details(synthese, opmerking))


def process_comment(session, actor, synthese, opmerking, *, verwerking: str,
                    reactie: str | None, version_id: int | None) -> None:
    """Record that a comment was taken over, or why not (authors; klankbord or concept)."""
    if synthese.state not in PROCESSING_STATES:
        raise DomainError(_("Opmerkingen verwerken kan alleen zolang de rapportage bij de "
                            "klankbordgroep ligt of een concept is."))
    lock_edition(session, synthese)
    if verwerking not in VERWERKINGEN:
        raise DomainError(_("Kies of de opmerking is overgenomen of niet."),
                          field="verwerking")
    reactie = plain_text(reactie)
    if verwerking == "niet_overgenomen" and not reactie:
        raise DomainError(_("Schrijf waarom de opmerking niet is overgenomen."),
                          field="reactie")
    if not is_current(session, opmerking, version_id):
        raise StaleEdit(_("Deze opmerking is intussen gewijzigd of al verwerkt. Bekijk de "
                          "nieuwe stand en probeer het opnieuw."))
    previous = opmerking.verwerking
    opmerking.verwerking, opmerking.reactie = verwerking, reactie
    opmerking.verwerkt_door_id, opmerking.verwerkt_at = actor.id, utcnow()
    session.flush()
    record_event(session, actor, "klankbord_opmerking_verwerkt", opmerking,
                 from_state=previous, to_state=verwerking, comment=reactie,
                 details=_details(synthese, opmerking))
