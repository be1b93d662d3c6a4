"""Objects for the Rode draden routes: an edition of world.ronde at the klankbordgroep (with
an open comment of the world's klankbord member), and a published edition with its PDF."""
from tests.verbeterplannen.factories import MINIMAL_PDF
from visitatie.db import utcnow
from visitatie.documenten import files
from visitatie.documenten.models import GegenereerdDocument
from visitatie.publicaties.operations import record_publication
from visitatie.synthese import klankbord, operations
from visitatie.synthese.snapshot import public_snapshot

ENDPOINTS = ("synthese.show", "synthese.transition", "synthese.adopt", "synthese.edit_texts",
             "synthese.refresh", "synthese.section", "synthese.add_comment",
             "synthese.edit_comment", "synthese.withdraw_comment", "synthese.process_comment")
PUBLIC = ("synthese_public.show", "synthese_public.show_version", "synthese_public.pdf")


def extend(session, world, objects) -> None:
    """Add both editions; point the routes at them (per endpoint: `slug`, `sectie_id` and
    `versie` mean other things elsewhere)."""
    users = world.users
    edition = operations.create_synthese(session, users["auteur"], ronde=world.ronde,
                                         soort="editie", titel="Rode draden matrix")
    edition.state, edition.klankbord_ronde = "klankbord", 1
    session.flush()
    sectie = edition.secties[0]
    opmerking = klankbord.add_comment(session, users["klankbord"], edition, sectie, "Graag.")
    ids = {"synthese_id": edition.id, "sectie_id": sectie.id, "opmerking_id": opmerking.id,
           "event": "publiceren"}
    for endpoint in ENDPOINTS:
        objects.per_endpoint[endpoint] = ids
    published = _published(session, world, users)
    for endpoint in PUBLIC:
        objects.per_endpoint[endpoint] = {"slug": published.slug, "versie": 1}


def _published(session, world, users):
    synthese = operations.create_synthese(session, users["auteur"], ronde=world.ronde,
                                          soort="editie", titel="Rode draden openbaar")
    synthese.state, synthese.klankbord_ronde = "gepubliceerd", 1
    synthese.vastgesteld_at = utcnow()
    session.flush()
    publicatie = record_publication(session, users["beheerder"], "rode_draden",
                                    synthese=synthese, titel=synthese.titel,
                                    inhoud=public_snapshot(session, synthese))
    document = GegenereerdDocument(soort="rode_draden", object_type="publicatie",
                                   object_id=publicatie.id, content_hash="d" * 64,
                                   status="bezig")
    session.add(document)
    session.flush()
    stored = files.write_document(document.id, MINIMAL_PDF)
    document.status, document.opslagnaam = "klaar", stored.opslagnaam
    document.sha256, document.grootte = stored.sha256, stored.grootte
    return synthese
