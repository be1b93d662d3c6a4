"""Publish an edition: a new immutable, dated Publicatie holding the public snapshot, and its PDF."""
from visitatie.publicaties.models import Publicatie
from visitatie.publicaties.operations import record_publication
from visitatie.synthese import queries
from visitatie.synthese.snapshot import public_snapshot

DEFAULT_CORRECTION = "Gecorrigeerde versie."


def publish_synthese(session, actor, synthese) -> Publicatie:
    """Record the next published version of the edition and queue its PDF."""
    from visitatie.documenten.operations import request_document

    earlier = queries.publications_of(session, synthese.id)
    correctie = None
    if earlier:  # a correction: the remark given when it went back to concept
        correctie = queries.last_remark(session, synthese, "corrigeren") or DEFAULT_CORRECTION
    publicatie = record_publication(session, actor, "rode_draden", synthese=synthese,
                                    titel=synthese.titel,
                                    inhoud=public_snapshot(session, synthese),
                                    correctie_toelichting=correctie)
    request_document(session, actor, "rode_draden", publicatie)
    return publicatie
