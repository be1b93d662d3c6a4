"""Pages of a verbeterplan: the plan, its transitions, its adoption and its acties."""
import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.verbeterplannen import (
    ActieBewijsForm, ActieDeleteForm, ActieEditForm, ActieStatusForm, NietOvernemenDeleteForm,
    NietOvernemenForm, PlanCreateForm, PlanTransitionForm, PlanVaststellenForm,
)
from visitatie.core.domain import DomainError
from visitatie.core.errors import render_error
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.core.transition_views import TransitionPage, handle_transition
from visitatie.extensions import db
from visitatie.kernstukken.labels import human_size
from visitatie.uploads import storage
from visitatie.uploads.validation import max_upload_mb
from visitatie.verbeterplannen import actie_operations as actie_ops
from visitatie.verbeterplannen import operations as ops
from visitatie.verbeterplannen import permissions as perms
from visitatie.verbeterplannen import queries
from visitatie.verbeterplannen.labels import plan_state_label
from visitatie.verbeterplannen.page import label_helpers, plan_page_context
from visitatie.core.domain import TransitionForbidden
from visitatie.visitaties.queries import load_visitatie
from workflows.verbeterplan import is_overdue
from visitatie.core.dates import local_today

bp = Blueprint("verbeterplannen", __name__, url_prefix="/verbeterplannen")
log = logging.getLogger(__name__)


@bp.before_request
@login_required
def require_login():
    pass


@bp.post("/visitaties/<int:visitatie_id>/opstellen")
def create(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not perms.can_create_plan(current_user, visitatie):
        abort(403)
    if not PlanCreateForm().validate_on_submit():
        abort(400)
    existing = queries.plan_of_visitatie(db.session, visitatie.id)
    if existing is not None:  # pressed twice, or by two people: show the one plan
        return redirect(url_for(".show", plan_id=existing.id))
    try:
        plan = ops.create_plan(db.session, current_user, visitatie)
    except DomainError as error:
        rollback()
        return render_error(409, _("Verbeterplan opstellen kan nu niet"), error.message)
    commit()
    flash(_("Het verbeterplan is aangemaakt. Voeg per aanbeveling acties toe."), "success")
    return redirect(url_for(".show", plan_id=plan.id))


@bp.get("/<int:plan_id>")
def show(plan_id: int):
    plan = _plan_for(plan_id, perms.can_view_plan)
    return render_template("verbeterplannen/show.html",
                           **plan_page_context(db.session, current_user, plan))


@bp.post("/<int:plan_id>/transities/<event>")
def transition(plan_id: int, event: str):
    return handle_transition(_plan_for(plan_id, perms.can_view_plan), event,
                             PlanTransitionForm(), _TRANSITION_PAGE)


def _show_refusal(plan, event: str, form, message: str | None):
    plan = queries.load_plan(db.session, plan.id)
    context = plan_page_context(db.session, current_user, plan)
    context.update(refused_event=event, refusal=message, refused_form=form)
    return render_template("verbeterplannen/show.html", **context)


_TRANSITION_PAGE = TransitionPage(
    fire=ops.fire_plan_transition, state_label=plan_state_label, render_refusal=_show_refusal,
    show_url=lambda plan: url_for("verbeterplannen.show", plan_id=plan.id))


@bp.route("/<int:plan_id>/vaststellen", methods=["GET", "POST"])
def adopt(plan_id: int):
    plan = _plan_for(plan_id, perms.can_record_vaststelling)
    if plan.state != "geaccepteerd":
        return render_error(409, _("Vaststellen kan nu niet"), _(
            "De vaststelling legt u vast nadat het verbeterplan is geaccepteerd."))
    form = PlanVaststellenForm()
    if request.method == "GET":
        form.version_id.data = plan.version_id
    if form.validate_on_submit():
        try:
            ops.adopt_plan(db.session, current_user, plan, vastgesteld_op=form.vastgesteld_op.data,
                           door=form.vastgesteld_door.data, stream=form.bestand.data.stream,
                           filename=form.bestand.data.filename, remark=form.opmerking.data,
                           version_id=version_seen(form.version_id.data, fallback=None,
                                                   digits_only=True))
        except TransitionForbidden:
            rollback()
            abort(403)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Het verbeterplan is vastgesteld."), "success")
            return redirect(url_for(".show", plan_id=plan.id))
    return render_template("verbeterplannen/vaststellen.html", plan=plan, form=form,
                           max_mb=max_upload_mb()), 400 if form.errors else 200


@bp.get("/<int:plan_id>/besluit")
def besluit(plan_id: int):
    plan = _plan_for(plan_id, perms.can_view_plan)
    if not plan.besluit_opslagnaam:
        abort(404)
    return _send(plan.besluit_opslagnaam, plan.besluit_bestandsnaam, plan.besluit_mime_type,
                 plan.besluit_sha256)


# --- acties --------------------------------------------------------------------------------

@bp.route("/<int:plan_id>/acties/nieuw", methods=["GET", "POST"])
def create_actie(plan_id: int):
    plan = _plan_for(plan_id, perms.can_edit_acties)
    if not perms.acties_open(plan):
        return _content_closed()
    form = _actie_form(plan, None)
    if request.method == "GET" and request.args.get("aanbeveling", "").isdecimal():
        form.aanbeveling_ids.data = [int(request.args["aanbeveling"])]
    if form.validate_on_submit():
        try:
            actie = actie_ops.create_actie(db.session, current_user, plan, **_actie_fields(form))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Actie ‘%(titel)s’ toegevoegd.", titel=actie.titel), "success")
            return redirect(url_for(".show", plan_id=plan.id))
    return _render_actie_form(plan, form, None)


@bp.route("/<int:plan_id>/acties/<int:actie_id>/bewerken", methods=["GET", "POST"])
def edit_actie(plan_id: int, actie_id: int):
    plan, actie = _actie_for(plan_id, actie_id, perms.can_edit_acties)
    if not perms.acties_open(plan):
        return _content_closed()
    form = _actie_form(plan, actie)
    if form.validate_on_submit():
        try:
            actie_ops.update_actie(db.session, current_user, plan, actie,
                                   version_id=version_seen(form.version_id.data, fallback=None,
                                                           digits_only=True),
                                   **_actie_fields(form))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Wijziging opgeslagen."), "success")
            return redirect(url_for(".show_actie", plan_id=plan.id, actie_id=actie.id))
    return _render_actie_form(plan, form, actie)


@bp.post("/<int:plan_id>/acties/<int:actie_id>/verwijderen")
def delete_actie(plan_id: int, actie_id: int):
    plan, actie = _actie_for(plan_id, actie_id, perms.can_edit_acties)
    form = ActieDeleteForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        actie_ops.delete_actie(db.session, current_user, plan, actie,
                               version_seen(form.version_id.data, fallback=None, digits_only=True))
    except DomainError as error:
        rollback()
        flash(error.message, "error")
        return redirect(url_for(".show_actie", plan_id=plan_id, actie_id=actie_id))
    commit()
    flash(_("De actie is verwijderd."), "success")
    return redirect(url_for(".show", plan_id=plan_id))


@bp.get("/<int:plan_id>/acties/<int:actie_id>")
def show_actie(plan_id: int, actie_id: int):
    plan, actie = _actie_for(plan_id, actie_id, perms.can_view_plan)
    return _render_actie(plan, actie, ActieStatusForm(formdata=None, version_id=actie.version_id),
                         ActieBewijsForm(formdata=None))


@bp.post("/<int:plan_id>/acties/<int:actie_id>/status")
def change_status(plan_id: int, actie_id: int):
    plan, actie = _actie_for(plan_id, actie_id, perms.can_change_actie_status)
    if not perms.execution_open(plan):
        return _execution_closed()
    form = ActieStatusForm()
    if form.validate_on_submit():
        try:
            actie_ops.change_actie_status(db.session, current_user, plan, actie, form.status.data,
                                          form.toelichting.data,
                                          version_seen(form.version_id.data, fallback=None,
                                                       digits_only=True))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Status van de actie gewijzigd."), "success")
            return redirect(url_for(".show_actie", plan_id=plan_id, actie_id=actie_id))
    plan, actie = _actie_for(plan_id, actie_id, perms.can_view_plan)
    return _render_actie(plan, actie, form, ActieBewijsForm(formdata=None), 400)


@bp.post("/<int:plan_id>/acties/<int:actie_id>/bewijzen")
def upload_bewijs(plan_id: int, actie_id: int):
    plan, actie = _actie_for(plan_id, actie_id, perms.can_change_actie_status)
    if not perms.execution_open(plan):
        return _execution_closed()
    form = ActieBewijsForm()
    if form.validate_on_submit():
        try:
            upload = form.bestand.data
            bewijs = actie_ops.add_actie_bewijs(db.session, current_user, plan, actie,
                                                upload.stream, upload.filename)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("%(naam)s is opgeslagen als bewijsstuk.", naam=bewijs.bestandsnaam), "success")
            return redirect(url_for(".show_actie", plan_id=plan_id, actie_id=actie_id))
    plan, actie = _actie_for(plan_id, actie_id, perms.can_view_plan)
    status_form = ActieStatusForm(formdata=None, version_id=actie.version_id)
    return _render_actie(plan, actie, status_form, form, 400)


@bp.get("/<int:plan_id>/acties/<int:actie_id>/bewijzen/<int:bewijs_id>")
def download_bewijs(plan_id: int, actie_id: int, bewijs_id: int):
    _plan, actie = _actie_for(plan_id, actie_id, perms.can_view_plan)
    bewijs = queries.load_bewijs(db.session, actie, bewijs_id) or abort(404)
    return _send(bewijs.opslagnaam, bewijs.bestandsnaam, bewijs.mime_type, bewijs.sha256)


# --- aanbevelingen not taken over ------------------------------------------------------------

@bp.route("/<int:plan_id>/aanbevelingen/<int:bevinding_id>/niet-overnemen",
          methods=["GET", "POST"])
def niet_overnemen(plan_id: int, bevinding_id: int):
    plan = _plan_for(plan_id, perms.can_edit_acties)
    aanbeveling = queries.load_aanbeveling(db.session, plan, bevinding_id) or abort(404)
    if not perms.acties_open(plan):
        return _content_closed()
    reactie = queries.load_reactie(db.session, plan, bevinding_id)
    form = NietOvernemenForm()
    if request.method == "GET":
        form.motivering.data = reactie.motivering if reactie else None
        form.stand.data = actie_ops.reactie_stand(reactie)
    if form.validate_on_submit():
        try:
            actie_ops.record_niet_overgenomen(db.session, current_user, plan, aanbeveling,
                                              form.motivering.data, form.stand.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Aanbeveling %(n)s staat op ‘niet overgenomen’.", n=aanbeveling.nummer),
                  "success")
            return redirect(url_for(".show", plan_id=plan.id))
    return render_template("verbeterplannen/niet_overnemen.html", plan=plan, form=form,
                           aanbeveling=aanbeveling, reactie=reactie,
                           delete_form=NietOvernemenDeleteForm() if reactie else None,
                           ), 400 if form.errors else 200


@bp.post("/<int:plan_id>/aanbevelingen/<int:bevinding_id>/niet-overnemen/verwijderen")
def remove_niet_overnemen(plan_id: int, bevinding_id: int):
    plan = _plan_for(plan_id, perms.can_edit_acties)
    reactie = queries.load_reactie(db.session, plan, bevinding_id) or abort(404)
    if not NietOvernemenDeleteForm().validate_on_submit():
        abort(400)
    try:
        actie_ops.remove_niet_overgenomen(db.session, current_user, plan, reactie)
    except DomainError as error:
        rollback()
        flash(error.message, "error")
    else:
        commit()
        flash(_("‘Niet overgenomen’ is weggehaald; de aanbeveling heeft weer een actie of "
                "motivering nodig."), "success")
    return redirect(url_for(".show", plan_id=plan_id))


# --- helpers -------------------------------------------------------------------------------

def _plan_for(plan_id: int, predicate):
    plan = queries.load_plan(db.session, plan_id) or abort(404)
    if not predicate(current_user, plan):
        abort(403)
    return plan


def _actie_for(plan_id: int, actie_id: int, predicate):
    plan = _plan_for(plan_id, predicate)
    return plan, queries.load_actie(db.session, plan, actie_id) or abort(404)


def _content_closed():
    return render_error(409, _("Acties wijzigen kan nu niet"), _(
        "Acties en motiveringen wijzigen kan alleen zolang het verbeterplan een concept is of "
        "is teruggestuurd. Daarna verandert alleen nog de status van acties."))


def _execution_closed():
    return render_error(409, _("Dit kan nu niet"), _(
        "De status van acties en bewijsstukken veranderen nadat het verbeterplan is "
        "gepubliceerd, zolang het in uitvoering is."))


def _actie_form(plan, actie) -> ActieEditForm:
    form = ActieEditForm(obj=actie if request.method == "GET" else None)
    if request.method == "GET" and actie is not None:
        form.aanbeveling_ids.data = [b.id for b in actie.aanbevelingen]
    form.set_choices(queries.aanbevelingen_of(db.session, plan.visitatie_id))
    return form


def _actie_fields(form: ActieEditForm) -> dict:
    return {name: getattr(form, name).data for name in actie_ops.ACTIE_FIELDS} | {
        "aanbeveling_ids": form.aanbeveling_ids.data}


def _render_actie_form(plan, form, actie):
    delete_form = ActieDeleteForm(formdata=None, version_id=actie.version_id) if actie else None
    return render_template("verbeterplannen/actie_form.html", plan=plan, form=form, actie=actie,
                           declined=queries.reacties_of(db.session, plan),
                           delete_form=delete_form), 400 if form.errors else 200


def _render_actie(plan, actie, status_form, bewijs_form, code: int = 200):
    may_change = perms.can_change_actie_status(current_user, plan) and perms.execution_open(plan)
    return render_template(
        "verbeterplannen/actie.html", plan=plan, actie=actie, status_form=status_form,
        bewijs_form=bewijs_form, human_size=human_size, max_mb=max_upload_mb(),
        is_overdue=is_overdue(actie.status, actie.planned_on, local_today()),
        can_change_status=may_change and actie.status not in ("gerealiseerd", "gestopt"),
        can_upload=may_change,
        can_edit=perms.can_edit_acties(current_user, plan) and perms.acties_open(plan),
        **label_helpers()), code


def _send(opslagnaam: str, naam: str, mime_type: str, sha256: str):
    path = storage.path_of(opslagnaam)
    if not path.is_file():
        log.error("Verbeterplan file %s is missing", opslagnaam)
        abort(404)
    response = send_file(path, as_attachment=True, download_name=naam, mimetype=mime_type,
                         etag=sha256)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.cache_control.private = True
    return response
