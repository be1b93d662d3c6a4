"""Pages of the rapporten of a visitatie: versions, sections, review, comparison."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.rapporten import (
    RapportCreateForm, SectieCommentaarForm, SectieEditForm, VersieActionForm,
    VersieVergelijkForm,
)
from visitatie.documenten.queries import documenten_context
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.rapporten import operations as ops
from visitatie.rapporten import permissions as perms
from visitatie.rapporten import queries
from visitatie.rapporten.comparison import compare_versions
from visitatie.rapporten.labels import status_label
from visitatie.visitaties.permissions import is_committee_member, is_voorzitter_of
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("rapporten", __name__, url_prefix="/visitaties/<int:visitatie_id>/rapporten")


@bp.get("/")
@login_required
def index(visitatie_id: int):
    visitatie = _visitatie(visitatie_id)
    if not perms.can_read_all_versions(current_user, visitatie):
        abort(403)
    return _render_index(visitatie)


@bp.post("/aanmaken")
@login_required
def create(visitatie_id: int):
    visitatie = _visitatie(visitatie_id)
    if not perms.can_write_report(current_user, visitatie):
        abort(403)
    if not RapportCreateForm().validate_on_submit():
        abort(400)
    try:
        versie = ops.create_concept_report(db.session, current_user, visitatie)
    except DomainError as error:
        rollback()
        flash(error.message, "error")
        return _render_index(visitatie), 409
    commit()
    flash(_("Versie 1 van het conceptrapport is gemaakt uit de bevindingen."), "success")
    return redirect(url_for(".show", visitatie_id=visitatie.id, nummer=versie.nummer))


@bp.get("/versies/<int:nummer>")
@login_required
def show(visitatie_id: int, nummer: int):
    visitatie, versie = _readable_version(visitatie_id, nummer)
    return _render_version(visitatie, versie)


@bp.route("/versies/<int:nummer>/secties/<int:sectie_id>", methods=["GET", "POST"])
@login_required
def edit_section(visitatie_id: int, nummer: int, sectie_id: int):
    visitatie, versie = _readable_version(visitatie_id, nummer)
    sectie = queries.section_of(versie, sectie_id) or abort(404)
    if not perms.can_write_report(current_user, visitatie):
        abort(403)
    form = SectieEditForm(obj=sectie if request.method == "GET" else None)
    saved_text = None
    if form.validate_on_submit():
        try:
            ops.update_section(db.session, current_user, visitatie, sectie,
                               tekst=form.tekst.data,
                               version_id=version_seen(form.version_id.data, fallback=0))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
            if isinstance(error, StaleEdit):  # show theirs; a new save deliberately overwrites
                saved_text, form.version_id.data = sectie.tekst, sectie.version_id
        else:
            commit()
            flash(_("De sectie ‘%(titel)s’ is opgeslagen.", titel=sectie.titel), "success")
            return redirect(_section_url(visitatie, versie, sectie))
    return render_template(
        "rapporten/edit_section.html", visitatie=visitatie, versie=versie, sectie=sectie,
        form=form, saved_text=saved_text, status_label=status_label,
        can_edit=perms.can_edit_section(current_user, visitatie, versie),
    ), 400 if form.errors else 200


@bp.post("/versies/<int:nummer>/secties/<int:sectie_id>/commentaar")
@login_required
def comment(visitatie_id: int, nummer: int, sectie_id: int):
    visitatie, versie = _readable_version(visitatie_id, nummer)
    sectie = queries.section_of(versie, sectie_id) or abort(404)
    if not is_committee_member(current_user, visitatie):
        abort(403)
    form = SectieCommentaarForm(prefix=f"sectie-{sectie.id}")
    if not form.validate_on_submit():
        return _render_version(visitatie, versie, {sectie.id: form}), 400
    try:
        ops.add_comment(db.session, current_user, visitatie, sectie, form.tekst.data)
    except DomainError as error:
        return _refuse(visitatie, nummer, error)
    commit()
    flash(_("Uw commentaar is geplaatst."), "success")
    return redirect(_section_url(visitatie, versie, sectie))


@bp.post("/versies/<int:nummer>/ter-review")
@login_required
def submit(visitatie_id: int, nummer: int):
    return _step(visitatie_id, nummer, perms.can_write_report, ops.submit_for_review,
                 lambda v: _("Versie %(n)s ligt nu ter review bij de commissie.", n=v.nummer))


@bp.post("/versies/<int:nummer>/goedkeuren")
@login_required
def approve(visitatie_id: int, nummer: int):
    return _step(visitatie_id, nummer, is_voorzitter_of, ops.approve_version,
                 lambda v: _("Versie %(n)s is goedgekeurd.", n=v.nummer))


@bp.post("/versies/<int:nummer>/nieuwe-werkversie")
@login_required
def new_version(visitatie_id: int, nummer: int):
    return _step(visitatie_id, nummer, perms.can_write_report, ops.create_next_version,
                 lambda v: _("Versie %(n)s is gemaakt als nieuwe werkversie.", n=v.nummer))


@bp.get("/vergelijken")
@login_required
def compare(visitatie_id: int):
    visitatie = _visitatie(visitatie_id)
    if not perms.can_read_all_versions(current_user, visitatie):
        abort(403)
    versions = queries.versions_of(db.session, visitatie.id)
    form = _compare_form(versions)
    old, new = (queries.load_version(db.session, visitatie.id, n)
                for n in (form.van.data, form.naar.data))
    return render_template("rapporten/compare.html", visitatie=visitatie, form=form,
                           old=old, new=new, verschillen=compare_versions(old, new)
                           if old and new else [])


def _step(visitatie_id, nummer, may, operation, success):
    """Run one step on a version: role or 403, the operation, then its message."""
    visitatie, versie = _readable_version(visitatie_id, nummer)
    if not may(current_user, visitatie):
        abort(403)
    form = VersieActionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        result = operation(db.session, current_user, visitatie, versie,
                           version_id=version_seen(form.version_id.data, fallback=0))
    except DomainError as error:
        return _refuse(visitatie, nummer, error)
    commit()
    target = result or versie
    flash(success(target), "success")
    return redirect(url_for(".show", visitatie_id=visitatie.id, nummer=target.nummer))


def _refuse(visitatie, nummer, error):
    """Undo, say why, and show the version again (409: it does not fit the state now)."""
    rollback()
    flash(error.message, "error")
    versie = queries.load_version(db.session, visitatie.id, nummer)
    return _render_version(visitatie, versie), 409


def _render_index(visitatie):
    versions = queries.versions_of(db.session, visitatie.id)
    latest = versions[0] if versions else None
    return render_template(
        "rapporten/index.html", visitatie=visitatie, versions=versions,
        compare_form=_compare_form(versions), create_form=RapportCreateForm(),
        can_create=perms.can_create_report(current_user, visitatie, latest),
        status_label=status_label)


def _render_version(visitatie, versie, comment_forms=None):
    latest = queries.latest_version(db.session, visitatie)
    user = current_user
    may_comment = perms.can_comment(user, visitatie, versie, latest)
    forms = {s.id: SectieCommentaarForm(formdata=None, prefix=f"sectie-{s.id}")
             for s in versie.secties} if may_comment else {}
    forms |= comment_forms or {}
    return render_template(
        "rapporten/show.html", visitatie=visitatie, versie=versie, latest=latest,
        comment_forms=forms, status_label=status_label,
        action_form=VersieActionForm(formdata=None, version_id=versie.version_id),
        show_comments=perms.can_read_all_versions(user, visitatie),
        can_list=perms.can_read_all_versions(user, visitatie),
        can_edit=perms.can_edit_section(user, visitatie, versie),
        can_submit=perms.can_submit_for_review(user, visitatie, versie, latest),
        can_new_version=perms.can_create_next_version(user, visitatie, versie, latest),
        can_approve=perms.can_approve(user, visitatie, versie, latest),
        **documenten_context(db.session, user, "visitatierapport", versie))


def _compare_form(versions) -> VersieVergelijkForm:
    form = VersieVergelijkForm(request.args)
    form.set_choices(versions)
    if not form.validate() or not form.van.data or not form.naar.data:
        form.naar.data = versions[0].nummer if versions else None
        form.van.data = versions[1].nummer if len(versions) > 1 else form.naar.data
    return form


def _visitatie(visitatie_id: int):
    return load_visitatie(db.session, visitatie_id) or abort(404)


def _readable_version(visitatie_id: int, nummer: int):
    visitatie = _visitatie(visitatie_id)
    versie = queries.load_version(db.session, visitatie.id, nummer) or abort(404)
    if not perms.can_read_version(current_user, visitatie, versie):
        abort(403)
    return visitatie, versie


def _section_url(visitatie, versie, sectie) -> str:
    return url_for(".show", visitatie_id=visitatie.id, nummer=versie.nummer,
                   _anchor=f"sectie-{sectie.sleutel}")
