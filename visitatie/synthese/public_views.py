"""The public Rode draden pages: published editions only, rendered from Publicatie.inhoud.

Nothing here reads the edition's live texts: what the public sees is the frozen snapshot of
a published version, so later edits change nothing until a new version is published. An
edition that was never published does not exist here (404).
"""
import logging
from datetime import date

from flask import Blueprint, abort, render_template, send_file, url_for

from visitatie.documenten import files
from visitatie.extensions import db
from visitatie.synthese import queries
from visitatie.synthese.page import label_helpers

bp = Blueprint("synthese_public", __name__, url_prefix="/openbaar/rode-draden")
log = logging.getLogger(__name__)


@bp.get("/")
def index():
    return render_template("synthese/public_index.html",
                           editions=queries.latest_publications(db.session),
                           canonical_url=url_for(".index", _external=True))


@bp.get("/<slug>")
def show(slug: str):
    synthese, versions = _published(slug)
    return _render(synthese, versions, versions[-1])


@bp.get("/<slug>/v<int:versie>")
def show_version(slug: str, versie: int):
    synthese, versions = _published(slug)
    chosen = next((p for p in versions if p.versie == versie), None) or abort(404)
    return _render(synthese, versions, chosen)


@bp.get("/<slug>/v<int:versie>/pdf")
def pdf(slug: str, versie: int):
    _synthese, versions = _published(slug)
    chosen = next((p for p in versions if p.versie == versie), None) or abort(404)
    document = queries.pdf_of(db.session, chosen) or abort(404)
    path = files.path_of(document.opslagnaam)
    if not path.is_file():
        log.error("Rode draden PDF %s: file %s is missing", document.id, document.opslagnaam)
        abort(404)
    response = send_file(path, as_attachment=True, mimetype="application/pdf",
                         download_name=f"{slug}-versie-{chosen.versie}.pdf",
                         etag=document.sha256)
    response.cache_control.public, response.cache_control.max_age = True, 3600
    return response


def _published(slug: str):
    synthese = queries.load_by_slug(db.session, slug) or abort(404)
    versions = queries.publications_of(db.session, synthese.id)
    if not versions:
        abort(404)  # a concept edition does not exist publicly
    return synthese, versions


def _render(synthese, versions, chosen):
    """Render one published version; the newest one's stable address is /<slug>."""
    doc = chosen.inhoud or {}
    is_latest = chosen is versions[-1]
    canonical = (url_for(".show", slug=synthese.slug, _external=True) if is_latest else
                 url_for(".show_version", slug=synthese.slug, versie=chosen.versie,
                         _external=True))
    adopted = doc.get("vastgesteld_op")
    return render_template("synthese/public_show.html", slug=synthese.slug, versions=versions,
                           publicatie=chosen, doc=doc,
                           vastgesteld_op=date.fromisoformat(adopted) if adopted else None,
                           is_latest=is_latest,
                           pdf=queries.pdf_of(db.session, chosen), canonical_url=canonical,
                           **label_helpers())
