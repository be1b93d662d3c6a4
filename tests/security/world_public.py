"""A published report in the world's ronde, so the public PDF route has something to serve."""
from tests.bevindingen.factories import set_state
from tests.documenten.factories import make_report
from tests.factories import make_dienst, make_visitatie
from tests.verbeterplannen.factories import MINIMAL_PDF
from visitatie.documenten import files
from visitatie.documenten.models import GegenereerdDocument
from visitatie.publicaties.operations import record_publication


def extend(session, world, objects) -> None:
    dienst = make_dienst(session, "Omgevingsdienst Gepubliceerd")
    visitatie = make_visitatie(session, world.ronde, dienst)
    versie = make_report(session, visitatie, status="definitief")
    set_state(session, visitatie, "gepubliceerd")
    document = GegenereerdDocument(soort="visitatierapport", object_type="rapport_versie",
                                   object_id=versie.id, content_hash="e" * 64, status="bezig")
    session.add(document)
    session.flush()
    stored = files.write_document(document.id, MINIMAL_PDF)
    document.status, document.opslagnaam = "klaar", stored.opslagnaam
    document.sha256, document.grootte = stored.sha256, stored.grootte
    publicatie = record_publication(session, None, "rapport", visitatie=visitatie,
                                    titel=f"Visitatierapport {dienst.naam}", document=document)
    objects.per_endpoint.update({
        "public.dienst": {"slug": dienst.slug},
        "public.ronde": {"nummer": world.ronde.nummer},
        "public.document": {"identifier": publicatie.identifier},
    })
