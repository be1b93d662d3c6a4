"""Operations on the report: versions, section edits, review, approval. They never commit."""
from flask_babel import gettext as _

from visitatie.verbeterplannen.opvolging_queries import opvolging_report_text
from visitatie.audit.operations import record_event
from visitatie.bevindingen.queries import bevindingen_of, codebook_themes
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import locked_version, utcnow
from visitatie.rapporten.composition import compose_sections
from visitatie.rapporten.models import RapportSectie, RapportVersie, SectieCommentaar
from visitatie.rapporten.permissions import report_changeable
from visitatie.rapporten.queries import latest_version
from workflows.visitatie import VisitatieState as S

STATUS_ACTIONS = {
    "ter_review": "rapportversie_ter_review",
    "goedgekeurd": "rapportversie_goedgekeurd",
    "definitief": "rapportversie_definitief",
}


def create_concept_report(session, actor, visitatie) -> RapportVersie:
    """Make version 1 of the report, its sections pre-filled from the bevindingen."""
    if visitatie.state != S.CONCEPT_RAPPORT:
        raise DomainError(_("Het conceptrapport kan pas worden gemaakt in de fase "
                            "conceptrapport."))
    if latest_version(session, visitatie) is not None:
        raise DomainError(_("Er is al een versie van het rapport."))
    return compose_first_version(session, actor, visitatie)


def compose_first_version(session, actor, visitatie) -> RapportVersie:
    """Add version 1 as a werkversie built from the bevindingen (no checks: also for demos)."""
    secties = compose_sections(visitatie, codebook_themes(session, visitatie.ronde_id),
                               bevindingen_of(session, visitatie.id),
                               opvolging=opvolging_report_text(session, visitatie))
    versie = RapportVersie(visitatie_id=visitatie.id, nummer=1, status="werkversie",
                           created_by_id=actor.id)
    versie.secties = [RapportSectie(sleutel=s.sleutel, titel=s.titel, thema_id=s.thema_id,
                                    volgorde=i, tekst=s.tekst) for i, s in enumerate(secties, 1)]
    session.add(versie)
    session.flush()
    record_event(session, actor, "rapportversie_aangemaakt", versie, to_state="werkversie",
                 details=_details(versie))
    return versie


def update_section(session, actor, visitatie, sectie: RapportSectie, *, tekst: str,
                   version_id: int) -> None:
    """Save a section's text; refuse when the version is frozen or someone saved first."""
    _refuse_when_closed(visitatie)
    if not sectie.versie.is_editable:
        raise DomainError(_("Versie %(n)s is niet meer te bewerken: alleen een werkversie "
                            "kan worden bewerkt.", n=sectie.versie.nummer))
    if sectie.version_id != version_id or locked_version(session, sectie) != version_id:
        raise StaleEdit(_("Deze sectie is intussen door iemand anders gewijzigd. Uw tekst "
                          "staat nog in het formulier; de opgeslagen tekst staat eronder. "
                          "Neem over wat nodig is en sla opnieuw op."))
    sectie.tekst = (tekst or "").replace("\r\n", "\n").strip()
    sectie.updated_by_id, sectie.updated_at = actor.id, utcnow()
    session.flush()
    record_event(session, actor, "rapportsectie_gewijzigd", sectie,
                 details=_details(sectie.versie) | {"sectie": sectie.sleutel})


def submit_for_review(session, actor, visitatie, versie: RapportVersie, *,
                      version_id: int) -> None:
    """Freeze a werkversie and offer it to the committee for review."""
    _refuse_unless_newest(session, visitatie, versie, version_id)
    if versie.status != "werkversie":
        raise DomainError(_("Alleen een werkversie kan ter review worden aangeboden."))
    change_status(session, actor, versie, "ter_review")


def approve_version(session, actor, visitatie, versie: RapportVersie, *,
                    version_id: int) -> None:
    """Approve the version that is under review (the voorzitter)."""
    _refuse_unless_newest(session, visitatie, versie, version_id)
    if versie.status != "ter_review":
        raise DomainError(_("Alleen een versie die ter review ligt kan worden goedgekeurd."))
    change_status(session, actor, versie, "goedgekeurd")


def create_next_version(session, actor, visitatie, versie: RapportVersie, *,
                        version_id: int) -> RapportVersie:
    """Copy the newest version into a new werkversie: a reviewed version stays as it was."""
    _refuse_unless_newest(session, visitatie, versie, version_id)
    if versie.status == "werkversie":
        raise DomainError(_("Versie %(n)s is al een werkversie; bewerk die.", n=versie.nummer))
    nieuw = RapportVersie(visitatie_id=visitatie.id, nummer=versie.nummer + 1,
                          status="werkversie", created_by_id=actor.id)
    nieuw.secties = [RapportSectie(sleutel=s.sleutel, titel=s.titel, thema_id=s.thema_id,
                                   volgorde=s.volgorde, tekst=s.tekst) for s in versie.secties]
    session.add(nieuw)
    session.flush()
    record_event(session, actor, "rapportversie_aangemaakt", nieuw, to_state="werkversie",
                 details=_details(nieuw) | {"van_versie": versie.nummer})
    return nieuw


def add_comment(session, actor, visitatie, sectie: RapportSectie,
                tekst: str) -> SectieCommentaar:
    """Add a committee member's comment to a section of the version under review."""
    versie = sectie.versie
    _refuse_unless_newest(session, visitatie, versie, versie.version_id)
    if versie.status != "ter_review":
        raise DomainError(_("Commentaar kan alleen worden gegeven op een versie die ter "
                            "review ligt."))
    return place_comment(session, actor, sectie, tekst)


def finalize_report(session, actor, visitatie) -> RapportVersie:
    """Mark the newest version, which must be approved, as the definitive report."""
    versie = latest_version(session, visitatie)
    if versie is None or versie.status != "goedgekeurd":
        raise DomainError(_("Het rapport kan pas definitief worden als de nieuwste versie "
                            "is goedgekeurd door de voorzitter."))
    change_status(session, actor, versie, "definitief")
    return versie


def change_status(session, actor, versie: RapportVersie, status: str) -> None:
    """Give a version its next status, with the audit event (no checks: callers check)."""
    if status == "goedgekeurd":
        versie.goedgekeurd_by_id, versie.goedgekeurd_at = actor.id, utcnow()
    before, versie.status = versie.status, status
    session.flush()
    record_event(session, actor, STATUS_ACTIONS[status], versie, from_state=before,
                 to_state=status, details=_details(versie))


def place_comment(session, actor, sectie: RapportSectie, tekst: str) -> SectieCommentaar:
    """Add a comment to a section, with the audit event (no checks: callers check)."""
    commentaar = SectieCommentaar(sectie=sectie, auteur_id=actor.id, tekst=tekst.strip())
    session.add(commentaar)
    session.flush()
    record_event(session, actor, "rapportcommentaar_geplaatst", commentaar,
                 details=_details(sectie.versie) | {"sectie": sectie.sleutel})
    return commentaar


def _refuse_unless_newest(session, visitatie, versie: RapportVersie, version_id: int) -> None:
    _refuse_when_closed(visitatie)
    if versie.version_id != version_id or locked_version(session, versie) != version_id:
        raise StaleEdit(_("Versie %(n)s is intussen door iemand anders gewijzigd. Bekijk de "
                          "nieuwe stand en probeer het opnieuw.", n=versie.nummer))
    latest = latest_version(session, visitatie)
    if latest.id != versie.id:
        raise DomainError(_("Alleen de nieuwste versie (versie %(n)s) kan nog veranderen.",
                            n=latest.nummer))


def _refuse_when_closed(visitatie) -> None:
    if not report_changeable(visitatie):
        raise DomainError(_("In deze fase van de visitatie kan het rapport niet meer "
                            "veranderen."))


def _details(versie: RapportVersie) -> dict:
    return {"visitatie_id": versie.visitatie_id, "nummer": versie.nummer}
