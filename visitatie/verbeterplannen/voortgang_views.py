"""Voortgangsrapportages of a verbeterplan: the list, writing the current one, reading one."""
from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import format_date, gettext as _
from flask_login import current_user, login_required

from forms.voortgang import VoortgangEditForm, status_choices
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.verbeterplannen import voortgang_queries as queries
from visitatie.verbeterplannen.voortgang_labels import actie_status_label, plan_state_label
from visitatie.verbeterplannen.voortgang_operations import (
    RegelInput, ReportIncomplete, save_voortgang, submit_voortgang,
)
from visitatie.verbeterplannen.voortgang_periods import local_date
from visitatie.verbeterplannen.voortgang_permissions import (
    can_view_voortgang, can_write_voortgang,
)
from workflows.verbeterplan import CLOSED_ACTIE_STATUSES
from visitatie.core.dates import local_today

bp = Blueprint("voortgang", __name__, url_prefix="/verbeterplannen/<int:plan_id>/voortgang")


@bp.get("/")
@login_required
def index(plan_id: int):
    plan = _load(plan_id, can_view_voortgang)
    stand = queries.current_stand(db.session, plan, local_today())
    return render_template("voortgang/index.html", plan=plan, stand=stand, today=local_today(),
                           authors=queries.authors_of(db.session, stand.submitted),
                           can_write=can_write_voortgang(current_user, plan),
                           plan_state_label=plan_state_label, local_date=local_date)


@bp.get("/<int:rapportage_id>")
@login_required
def show(plan_id: int, rapportage_id: int):
    plan = _load(plan_id, can_view_voortgang)
    rapportage = queries.load_report(db.session, plan, rapportage_id) or abort(404)
    if rapportage.status != "ingediend":
        if not can_write_voortgang(current_user, plan):
            abort(404)  # a concept is the dienst's draft
        return redirect(url_for(".edit", plan_id=plan.id))
    return render_template("voortgang/show.html", plan=plan, rapportage=rapportage,
                           author=queries.author_of(db.session, rapportage),
                           actie_status_label=actie_status_label, local_date=local_date)


@bp.route("/schrijven", methods=["GET", "POST"])
@login_required
def edit(plan_id: int):
    plan = _load(plan_id, can_write_voortgang)
    stand = queries.current_stand(db.session, plan, local_today())
    refusal = _refusal(stand)
    if refusal and request.method == "GET":  # a POST keeps its text: the operation refuses
        flash(refusal, "error")
        return redirect(url_for(".index", plan_id=plan.id))
    acties = queries.report_acties(db.session, plan, stand) if stand.next else []
    form = VoortgangEditForm() if request.method == "POST" else VoortgangEditForm(
        formdata=None, data=_initial(db.session, stand, acties))
    _set_choices(form, acties)
    if not form.validate_on_submit():
        return _render_edit(plan, stand, acties, form), 400 if form.errors else 200
    try:
        rapportage = _save_or_submit(plan, form)
    except DomainError as error:
        return _refused(plan, form, error)
    commit()
    if rapportage.status == "ingediend":
        flash(_("De voortgangsrapportage is ingediend."), "success")
        return redirect(url_for(".show", plan_id=plan.id, rapportage_id=rapportage.id))
    flash(_("De voortgangsrapportage is als concept opgeslagen."), "success")
    return redirect(url_for(".edit", plan_id=plan.id))


def _load(plan_id: int, predicate):
    plan = queries.load_plan(db.session, plan_id) or abort(404)
    if not predicate(current_user, plan):
        abort(403)
    return plan


def _refusal(stand) -> str | None:
    if stand.next is None:
        return _("Over de voortgang rapporteert u zodra het verbeterplan is gepubliceerd, en "
                 "zolang het in uitvoering is.")
    if not stand.next.is_open_for_writing(local_today()):
        return _("De voortgangsrapportage over periode %(periode)d kunt u schrijven vanaf "
                 "%(datum)s.", periode=stand.next.periode,
                 datum=format_date(stand.next.starts_on, "long"))
    return None


def _initial(session, stand, acties) -> dict:
    lines = queries.concept_lines(session, stand.concept)
    return {
        "regels": [{"actie_id": a.id,
                    "status": lines[a.id].status if a.id in lines else a.status,
                    "toelichting": lines[a.id].toelichting if a.id in lines else None}
                   for a in acties],
        "reflectie": stand.concept.reflectie if stand.concept else None,
        "periode": stand.next.periode,
        "version_id": stand.concept.version_id if stand.concept else None,
    }


def _set_choices(form, acties) -> None:
    by_id = {a.id: a for a in acties}
    for entry in form.regels:
        actie = by_id.get(entry.form.actie_id.data)
        closed = actie is not None and actie.status in CLOSED_ACTIE_STATUSES
        entry.form.status.choices = status_choices((actie.status,)) if closed else \
            status_choices()


def _save_or_submit(plan, form):
    operation = submit_voortgang if form.indienen.data else save_voortgang
    regels = {e.form.actie_id.data: RegelInput(e.form.status.data, e.form.toelichting.data)
              for e in form.regels}
    return operation(db.session, current_user, plan, form.periode.data, regels,
                     form.reflectie.data, form.version_id.data)


def _refused(plan, form, error: DomainError):
    rollback()
    problems = error.problems if isinstance(error, ReportIncomplete) else [
        (error.field, error.message)]
    for field, message in problems:
        _add_problem(form, field, message)
    plan = queries.load_plan(db.session, plan.id)
    stand = queries.current_stand(db.session, plan, local_today())
    acties = queries.plan_acties(db.session, plan, [e.form.actie_id.data for e in form.regels])
    saved = None
    if isinstance(error, StaleEdit) and stand.concept is not None \
            and stand.next.periode == form.periode.data:
        # Show theirs beside the typed text; a new save deliberately replaces it.
        saved, form.version_id.data = stand.concept, stand.concept.version_id
    status = 409 if isinstance(error, StaleEdit) or not error.field else 400
    return _render_edit(plan, stand, acties, form, saved=saved), status


def _add_problem(form, field: str | None, message: str) -> None:
    """Put a refusal on the field it is about (a line's status or explanation), or on top."""
    if field and field.startswith("regel-"):
        _prefix, actie_id, name = field.split("-", 2)
        entry = form.entry_for(int(actie_id))
        if entry is not None:
            target = getattr(entry, name)
            target.errors = list(target.errors) + [message]
            return
    target = getattr(form, field, None) if field else None
    if target is None:
        form.form_errors.append(message)
    else:
        target.errors = list(target.errors) + [message]


def _render_edit(plan, stand, acties, form, saved=None):
    return render_template("voortgang/edit.html", plan=plan, stand=stand, form=form,
                           acties={a.id: a for a in acties}, saved=saved,
                           saved_lines=queries.concept_lines(db.session, saved),
                           today=local_today(), actie_status_label=actie_status_label)
