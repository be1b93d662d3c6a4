"""Generated documents: request, follow progress, download; failed jobs for the beheerder."""
import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.documenten import DocumentAanvraagForm, DocumentOpnieuwForm
from visitatie.core.transaction import commit
from visitatie.documenten import files, labels, queries
from visitatie.documenten import operations as ops
from visitatie.documenten import permissions as perm
from visitatie.extensions import db
from visitatie.kernstukken.labels import human_size

bp = Blueprint("documenten", __name__, url_prefix="/documenten")
log = logging.getLogger(__name__)
REFRESH_SECONDS = 2


@bp.before_request
@login_required
def require_login():
    pass


@bp.post("/visitatierapport/<int:versie_id>")
def request_report(versie_id: int):
    return _request(queries.load_version(db.session, versie_id) or abort(404))


@bp.post("/verbeterplan/<int:plan_id>")
def request_plan(plan_id: int):
    return _request(queries.load_plan(db.session, plan_id) or abort(404))


def _request(obj):
    visitatie = queries.visitatie_of(db.session, obj)
    if not perm.can_request_document(current_user, visitatie, obj):
        abort(403)
    if not DocumentAanvraagForm().validate_on_submit():
        abort(400)
    document = ops.request_document(db.session, current_user, ops.soort_for(obj), obj)
    commit()
    return redirect(url_for(".show", document_id=document.id))


@bp.get("/<int:document_id>")
def show(document_id: int):
    document, obj, visitatie = _readable(document_id)
    refresh = document.status in ("wachtrij", "bezig") and request.args.get("verversen") != "uit"
    response = render_template(
        "documenten/status.html", document=document, obj=obj, visitatie=visitatie,
        titel=labels.document_title(document, obj, visitatie), refresh=refresh,
        refresh_seconds=REFRESH_SECONDS, human_size=human_size, form=DocumentOpnieuwForm(),
        may_retry=ops.may_retry(document),
        show_error=perm.can_see_error_details(current_user),
        status_label=labels.status_label, back_url=labels.object_url(obj, visitatie))
    headers = {"Refresh": str(REFRESH_SECONDS)} if refresh else {}
    return response, 200, headers


@bp.get("/<int:document_id>/download")
def download(document_id: int):
    document, obj, visitatie = _readable(document_id)
    if document.status != "klaar":
        abort(404)
    path = files.path_of(document.opslagnaam)
    if not path.is_file():
        log.error("Document %s: file %s is missing", document.id, document.opslagnaam)
        abort(404)
    response = send_file(path, as_attachment=True, mimetype="application/pdf",
                         download_name=labels.download_name(document, obj, visitatie),
                         etag=document.sha256)
    response.cache_control.private = True
    return response


@bp.post("/<int:document_id>/opnieuw")
def retry(document_id: int):
    document, _obj, _visitatie = _readable(document_id, allow_gone=True)
    form = DocumentOpnieuwForm()
    if not form.validate_on_submit():
        abort(400)
    if ops.may_retry(document):
        ops.retry_document(db.session, current_user, document)
        commit()
        flash(_("Het document staat weer in de wachtrij."), "success")
    else:
        flash(_("Dit document wordt al gemaakt of is al klaar."), "info")
    if form.terug.data == "mislukt" and perm.can_list_failed_documents(current_user):
        return redirect(url_for(".failed"))
    return redirect(url_for(".show", document_id=document.id))


@bp.get("/mislukt")
def failed():
    if not perm.can_list_failed_documents(current_user):
        abort(403)
    documents = [d for d in queries.failed_documents(db.session) if ops.may_retry(d)]
    return render_template("documenten/mislukt.html", documents=documents,
                           titles=queries.titles_of(db.session, documents),
                           form=DocumentOpnieuwForm(terug="mislukt"),
                           status_label=labels.status_label)


def _readable(document_id: int, allow_gone: bool = False):
    """Return (document, its object, the visitatie), or 404/403."""
    document = queries.load_document(db.session, document_id) or abort(404)
    obj = queries.load_target(db.session, document)
    if obj is None:
        if allow_gone and perm.can_list_failed_documents(current_user):
            return document, None, None
        abort(404)
    visitatie = queries.visitatie_of(db.session, obj)
    if not perm.can_request_document(current_user, visitatie, obj):
        abort(403)
    return document, obj, visitatie
