"""Dutch words for the kinds and statuses of generated documents."""
from flask import url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from visitatie.rapporten.models import RapportVersie

SOORT_LABELS = {
    "visitatierapport_concept": _l("Conceptrapport"),
    "visitatierapport": _l("Visitatierapport"),
    "verbeterplan": _l("Verbeterplan"),
    "rode_draden": _l("Rode draden rapportage"),
}
STATUS_LABELS = {
    "wachtrij": _l("in de wachtrij"),
    "bezig": _l("wordt gemaakt"),
    "klaar": _l("klaar"),
    "mislukt": _l("mislukt"),
}


def soort_label(soort: str) -> str:
    """Return the Dutch name of a kind of document."""
    return str(SOORT_LABELS.get(soort, soort))


def status_label(status: str) -> str:
    """Return the Dutch name of a document's status."""
    return str(STATUS_LABELS.get(status, status))


def document_title(document, obj, visitatie) -> str:
    """Return what a person calls this document: kind, dienst, ronde (and version)."""
    if document.object_type == "publicatie" and obj is not None:
        return _("%(soort)s ‘%(titel)s’, versie %(nummer)s", soort=soort_label(document.soort),
                 titel=obj.titel, nummer=obj.versie)
    if obj is None or visitatie is None:
        return _("%(soort)s (het onderwerp bestaat niet meer)", soort=soort_label(document.soort))
    if document.object_type == "rapport_versie":
        return _("%(soort)s %(dienst)s, %(ronde)s, versie %(nummer)s",
                 soort=soort_label(document.soort), dienst=visitatie.dienst.naam,
                 ronde=visitatie.ronde.naam, nummer=obj.nummer)
    return _("%(soort)s %(dienst)s, %(ronde)s", soort=soort_label(document.soort),
             dienst=visitatie.dienst.naam, ronde=visitatie.ronde.naam)


def download_name(document, obj, visitatie) -> str:
    """Return the file name a download gets, e.g. conceptrapport-odru-ronde-1-versie-2.pdf."""
    if document.object_type == "publicatie":
        return f"rode-draden-{obj.synthese.slug}-versie-{obj.versie}.pdf"
    stem = {"visitatierapport_concept": "conceptrapport"}.get(document.soort, document.soort)
    parts = [stem, visitatie.dienst.slug, f"ronde-{visitatie.ronde.nummer}"]
    if document.object_type == "rapport_versie":
        parts.append(f"versie-{obj.nummer}")
    return "-".join(parts) + ".pdf"


def object_url(obj, visitatie) -> str:
    """Return the page of the report version or plan a document was made from."""
    if isinstance(obj, RapportVersie):
        return url_for("rapporten.show", visitatie_id=visitatie.id, nummer=obj.nummer)
    if visitatie is None:  # a published Rode draden version
        return url_for("synthese_public.show_version", slug=obj.synthese.slug, versie=obj.versie)
    return url_for("visitaties.show", visitatie_id=visitatie.id)
