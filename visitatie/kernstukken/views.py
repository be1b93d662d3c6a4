"""Pages of the kernstukken of a visitatie: checklist, upload, download and review."""
import logging

from flask import (
    Blueprint, abort, flash, redirect, render_template, request, send_file, url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.kernstukken import KernstukReviewForm, KernstukUploadForm
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.core.errors import render_error
from visitatie.core.forms import add_domain_error
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.kernstukken import operations as ops
from visitatie.kernstukken import permissions as perm
from visitatie.kernstukken import queries
from visitatie.uploads import storage
from visitatie.kernstukken.labels import beoordeling_label, human_size
from visitatie.uploads.validation import max_upload_mb
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("kernstukken", __name__, url_prefix="/visitaties/<int:visitatie_id>/kernstukken")
log = logging.getLogger(__name__)


@bp.before_request
@login_required
def require_login():
    pass


@bp.get("/")
def index(visitatie_id: int):
    visitatie = _visitatie_for(visitatie_id, perm.can_view_kernstukken)
    items = queries.checklist(db.session, visitatie)
    return render_template(
        "kernstukken/index.html", visitatie=visitatie, items=items,
        reviewers=queries.reviewer_names(db.session, items), human_size=human_size,
        beoordeling_label=beoordeling_label,
        can_upload=perm.can_upload_kernstukken(current_user, visitatie),
        can_review=perm.can_review_kernstukken(current_user, visitatie))


@bp.route("/types/<int:type_id>/uploaden", methods=["GET", "POST"])
def upload(visitatie_id: int, type_id: int):
    visitatie = _visitatie_for(visitatie_id, perm.is_kernstuk_uploader)
    kernstuk_type = queries.load_kernstuk_type(db.session, visitatie, type_id) or abort(404)
    if not perm.uploads_open(visitatie):
        return render_error(409, _("Uploaden kan nu niet"), _(
            "Kernstukken kunnen alleen worden geüpload zolang de visitatie gepland is of in "
            "voorbereiding. Zijn ze teruggestuurd, dan kan het weer."))
    form = KernstukUploadForm()
    if form.validate_on_submit():
        try:
            document = ops.upload_kernstuk(db.session, current_user, visitatie, kernstuk_type,
                                           form.bestand.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("%(naam)s is opgeslagen als versie %(versie)s van %(type)s.",
                    naam=document.bestandsnaam, versie=document.versie,
                    type=kernstuk_type.naam), "success")
            return redirect(url_for("kernstukken.index", visitatie_id=visitatie.id))
    return render_template("kernstukken/upload.html", visitatie=visitatie, form=form,
                           kernstuk_type=kernstuk_type, max_mb=max_upload_mb(),
                           ), 400 if form.errors else 200


@bp.get("/documenten/<int:document_id>/download")
def download(visitatie_id: int, document_id: int):
    visitatie = _visitatie_for(visitatie_id, perm.can_view_kernstukken)
    document = queries.load_document(db.session, visitatie, document_id) or abort(404)
    path = storage.path_of(document.opslagnaam)
    if not path.is_file():
        log.error("Kernstuk %s: file %s is missing", document.id, document.opslagnaam)
        abort(404)
    response = send_file(path, as_attachment=True, download_name=document.bestandsnaam,
                         mimetype=document.mime_type, etag=document.sha256)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.cache_control.private = True
    return response


@bp.route("/documenten/<int:document_id>/beoordelen", methods=["GET", "POST"])
def review(visitatie_id: int, document_id: int):
    visitatie = _visitatie_for(visitatie_id, perm.is_kernstuk_reviewer)
    document = queries.load_document(db.session, visitatie, document_id) or abort(404)
    if not perm.reviews_open(visitatie):
        return render_error(409, _("Beoordelen kan nu niet"), _(
            "Kernstukken worden beoordeeld nadat de dienst ze heeft ingediend en voordat de "
            "set is geaccepteerd of teruggestuurd."))
    form = KernstukReviewForm(obj=document if request.method == "GET" else None)
    if request.method == "GET":
        form.stand.data = ops.review_stand(document)
    if form.validate_on_submit():
        try:
            ops.review_kernstuk(db.session, current_user, visitatie, document,
                                beoordeling=form.beoordeling.data,
                                opmerking=form.opmerking.data, stand=form.stand.data)
        except DomainError as error:
            rollback()
            _refresh_stand(form, document, error)
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Oordeel over %(type)s opgeslagen.", type=document.kernstuk_type.naam),
                  "success")
            return redirect(url_for("kernstukken.index", visitatie_id=visitatie.id))
    return render_template("kernstukken/review.html", visitatie=visitatie, document=document,
                           form=form, is_latest=queries.is_latest_version(db.session, document),
                           beoordeling_label=beoordeling_label, human_size=human_size,
                           ), 400 if form.errors else 200


def _visitatie_for(visitatie_id: int, predicate):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not predicate(current_user, visitatie):
        abort(403)
    return visitatie


def _refresh_stand(form: KernstukReviewForm, document, error: DomainError) -> None:
    # After "changed meanwhile" the page shows the current review; saving again is
    # then a deliberate choice, so the form carries the new state.
    if isinstance(error, StaleEdit):
        db.session.refresh(document)
        form.stand.data = ops.review_stand(document)
