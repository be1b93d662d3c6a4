"""URLs of public things; the Rode draden pages belong to another blueprint that may be absent."""
from flask import current_app, url_for

RODE_DRADEN_SHOW = "synthese_public.show"
RODE_DRADEN_INDEX = "synthese_public.index"


def has_endpoint(endpoint: str) -> bool:
    """Return whether the application serves `endpoint`."""
    return endpoint in current_app.view_functions


def pdf_url(version, external: bool = False) -> str | None:
    """Return the download URL of a published version's PDF, None while it is not ready."""
    if not version.has_pdf:
        return None
    return url_for("public.document", identifier=version.identifier, _external=external)


def dienst_url(slug: str, external: bool = False) -> str:
    return url_for("public.dienst", slug=slug, _external=external)


def rode_draden_url(slug: str | None, external: bool = False) -> str | None:
    """Return the public page of a Rode draden edition, if that page exists."""
    if not slug or not has_endpoint(RODE_DRADEN_SHOW):
        return None
    return url_for(RODE_DRADEN_SHOW, slug=slug, _external=external)


def rode_draden_index_url() -> str | None:
    """Return the public list of Rode draden editions, if the other blueprint serves one."""
    return url_for(RODE_DRADEN_INDEX) if has_endpoint(RODE_DRADEN_INDEX) else None
