"""Pages of the Rode draden rapportage behind login: editions, chapters, steps, comments."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.synthese import (
    BasisVerversenForm, OpmerkingEditForm, OpmerkingForm, OpmerkingIntrekkenForm,
    SectieTekstForm, SyntheseCreateForm, SyntheseTextsForm, SyntheseTransitionForm,
    SyntheseVaststellenForm, VerwerkingForm,
)
from visitatie.auth.permissions import is_beheerder
from visitatie.core.dates import local_today
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.core.errors import render_error
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.core.transition_views import TransitionPage, handle_transition
from visitatie.extensions import db
from visitatie.synthese import klankbord as kb_ops
from visitatie.synthese import operations as ops
from visitatie.synthese import permissions as perms
from visitatie.synthese import queries
from visitatie.synthese.labels import synthese_state_label
from visitatie.synthese.page import edition_context, label_helpers, section_context

bp = Blueprint("synthese", __name__, url_prefix="/rode-draden")


@bp.before_request
@login_required
def require_login():
    pass


@bp.get("/")
def index():
    if not perms.can_list_syntheses(current_user):
        abort(403)
    return render_template("synthese/index.html",
                           syntheses=queries.syntheses_for(db.session, current_user),
                           can_create=perms.can_create_synthese(current_user),
                           **label_helpers())


@bp.route("/nieuw", methods=["GET", "POST"])
def create():
    if not perms.can_create_synthese(current_user):
        abort(403)
    rondes = queries.rondes_for_creation(db.session, current_user, is_beheerder(current_user))
    form = SyntheseCreateForm()
    form.set_choices(rondes)
    if form.validate_on_submit():
        ronde = next((r for r in rondes if r.id == form.ronde_id.data), None)
        try:
            if ronde is None:
                raise DomainError(_("Kies een ronde waarvoor u de Rode draden schrijft."),
                                  field="ronde_id")
            synthese = ops.create_synthese(db.session, current_user, ronde=ronde,
                                           soort=form.soort.data, titel=form.titel.data,
                                           visitatie_ids=form.visitatie_ids.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("De rapportage ‘%(titel)s’ is aangemaakt met %(n)s hoofdstukken.",
                    titel=synthese.titel, n=len(synthese.secties)), "success")
            return redirect(url_for(".show", synthese_id=synthese.id))
    visitaties = queries.visitaties_with_findings(db.session, [r.id for r in rondes])
    return render_template("synthese/create.html", form=form, rondes=rondes,
                           visitaties=visitaties), 400 if form.errors else 200


@bp.get("/<int:synthese_id>")
def show(synthese_id: int):
    synthese = _synthese_for(synthese_id, perms.can_view_synthese)
    return render_template("synthese/show.html", refresh_form=BasisVerversenForm(),
                           **edition_context(db.session, current_user, synthese))


@bp.post("/<int:synthese_id>/transities/<event>")
def transition(synthese_id: int, event: str):
    return handle_transition(_synthese_for(synthese_id, perms.can_view_synthese), event,
                             SyntheseTransitionForm(), _TRANSITION_PAGE)


def _show_refusal(synthese, event: str, form, message: str | None):
    synthese = queries.load_synthese(db.session, synthese.id)
    context = edition_context(db.session, current_user, synthese)
    context.update(refused_event=event, refusal=message, refused_form=form)
    return render_template("synthese/show.html", refresh_form=BasisVerversenForm(), **context)


_TRANSITION_PAGE = TransitionPage(
    fire=ops.fire_synthese_transition, state_label=synthese_state_label,
    render_refusal=_show_refusal,
    show_url=lambda synthese: url_for("synthese.show", synthese_id=synthese.id))


@bp.route("/<int:synthese_id>/vaststellen", methods=["GET", "POST"])
def adopt(synthese_id: int):
    synthese = _synthese_for(synthese_id, perms.can_view_synthese)
    if "bestuur" not in perms.synthese_roles(current_user, synthese):
        abort(403)
    if not perms.can_adopt(current_user, synthese):
        return render_error(409, _("Vaststellen kan nu niet"), _(
            "Het bestuur stelt de rapportage vast wanneer die als concept klaarligt."))
    form = SyntheseVaststellenForm()
    if request.method == "GET":
        form.vastgesteld_op.data, form.version_id.data = local_today(), synthese.version_id
    if form.validate_on_submit():
        try:
            ops.fire_synthese_transition(db.session, current_user, synthese, "vaststellen",
                                         remark=form.opmerking.data,
                                         version_id=version_seen(form.version_id.data,
                                                                 fallback=None, digits_only=True),
                                         vastgesteld_op=form.vastgesteld_op.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("De rapportage is vastgesteld."), "success")
            return redirect(url_for(".show", synthese_id=synthese.id))
    return render_template("synthese/vaststellen.html", synthese=synthese, form=form,
                           ), 400 if form.errors else 200


@bp.route("/<int:synthese_id>/teksten", methods=["GET", "POST"])
def edit_texts(synthese_id: int):
    synthese = _synthese_for(synthese_id, perms.is_author_of)
    if not perms.can_write(current_user, synthese):
        return _closed()
    form = SyntheseTextsForm(obj=synthese if request.method == "GET" else None)
    saved = None
    if form.validate_on_submit():
        try:
            ops.update_synthese_texts(
                db.session, current_user, synthese, titel=form.titel.data,
                inleiding=form.inleiding.data,
                integrale_conclusies=form.integrale_conclusies.data,
                version_id=version_seen(form.version_id.data, fallback=None, digits_only=True))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
            if isinstance(error, StaleEdit):  # show theirs; saving again overwrites on purpose
                synthese = queries.load_synthese(db.session, synthese_id)
                saved, form.version_id.data = synthese, synthese.version_id
        else:
            commit()
            flash(_("Opgeslagen."), "success")
            return redirect(url_for(".show", synthese_id=synthese.id))
    return render_template("synthese/teksten.html", synthese=synthese, form=form, saved=saved,
                           **label_helpers()), 400 if form.errors else 200


@bp.post("/<int:synthese_id>/bijwerken")
def refresh(synthese_id: int):
    synthese = _synthese_for(synthese_id, perms.is_author_of)
    if not BasisVerversenForm().validate_on_submit():
        abort(400)
    try:
        summary = ops.refresh_basis(db.session, current_user, synthese)
    except DomainError as error:
        rollback()
        flash(error.message, "error")
    else:
        commit()
        flash(_("Bijgewerkt: %(v)s visitaties erbij, %(h)s hoofdstukken erbij.",
                v=summary["visitaties_erbij"], h=len(summary["hoofdstukken_erbij"])),
              "success")
    return redirect(url_for(".show", synthese_id=synthese_id))


# --- chapters and klankbord comments ---------------------------------------------------------

@bp.route("/<int:synthese_id>/sectie/<int:sectie_id>", methods=["GET", "POST"])
def section(synthese_id: int, sectie_id: int):
    synthese, sectie = _sectie_for(synthese_id, sectie_id, perms.can_view_synthese)
    form = SectieTekstForm(obj=sectie if request.method == "GET" else None)
    saved_text = None
    if request.method == "POST":
        if not perms.is_author_of(current_user, synthese):
            abort(403)
        if not perms.can_write(current_user, synthese):
            return _closed()
        if form.validate_on_submit():
            try:
                ops.save_section(db.session, current_user, synthese, sectie,
                                 tekst=form.tekst.data,
                                 version_id=version_seen(form.version_id.data, fallback=None,
                                                         digits_only=True))
            except DomainError as error:
                rollback()
                add_domain_error(form, error)
                if isinstance(error, StaleEdit):
                    synthese, sectie = _sectie_for(synthese_id, sectie_id,
                                                   perms.can_view_synthese)
                    saved_text, form.version_id.data = sectie.tekst or "", sectie.version_id
            else:
                commit()
                flash(_("Hoofdstuk ‘%(titel)s’ opgeslagen.", titel=sectie.titel), "success")
                return redirect(url_for(".section", synthese_id=synthese_id,
                                        sectie_id=sectie_id))
    return _render_section(synthese, sectie, form=form, saved_text=saved_text)


@bp.post("/<int:synthese_id>/sectie/<int:sectie_id>/opmerkingen")
def add_comment(synthese_id: int, sectie_id: int):
    synthese, sectie = _sectie_for(synthese_id, sectie_id, perms.can_view_synthese)
    if not perms.is_klankbord_of(current_user, synthese.ronde_id):
        abort(403)
    if not perms.can_comment(current_user, synthese):
        return render_error(409, _("Opmerking plaatsen kan nu niet"), _(
            "De klankbordronde is afgerond; opmerkingen plaatsen of wijzigen kan nu niet."))
    form = OpmerkingForm()
    if form.validate_on_submit():
        try:
            kb_ops.add_comment(db.session, current_user, synthese, sectie, form.tekst.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Uw opmerking is geplaatst."), "success")
            return redirect(url_for(".section", synthese_id=synthese_id, sectie_id=sectie_id,
                                    _anchor="opmerkingen"))
    return _render_section(synthese, sectie, comment_form=form, code=400)


@bp.route("/<int:synthese_id>/opmerkingen/<int:opmerking_id>/bewerken",
          methods=["GET", "POST"])
def edit_comment(synthese_id: int, opmerking_id: int):
    synthese, opmerking = _opmerking_for(synthese_id, opmerking_id)
    if not perms.can_change_comment(current_user, synthese, opmerking):
        abort(403)
    form = OpmerkingEditForm(obj=opmerking if request.method == "GET" else None)
    if form.validate_on_submit():
        try:
            kb_ops.update_comment(db.session, current_user, synthese, opmerking,
                                  form.tekst.data,
                                  version_seen(form.version_id.data, fallback=None,
                                               digits_only=True))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Uw opmerking is gewijzigd."), "success")
            return _to_comment(synthese_id, opmerking)
    return render_template("synthese/opmerking.html", synthese=synthese, opmerking=opmerking,
                           form=form, withdraw_form=OpmerkingIntrekkenForm(
                               formdata=None, version_id=opmerking.version_id),
                           ), 400 if form.errors else 200


@bp.post("/<int:synthese_id>/opmerkingen/<int:opmerking_id>/intrekken")
def withdraw_comment(synthese_id: int, opmerking_id: int):
    synthese, opmerking = _opmerking_for(synthese_id, opmerking_id)
    if not perms.can_change_comment(current_user, synthese, opmerking):
        abort(403)
    form = OpmerkingIntrekkenForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        kb_ops.withdraw_comment(db.session, current_user, synthese, opmerking,
                                version_seen(form.version_id.data, fallback=None,
                                             digits_only=True))
    except DomainError as error:
        rollback()
        flash(error.message, "error")
    else:
        commit()
        flash(_("Uw opmerking is ingetrokken."), "success")
    return _to_comment(synthese_id, opmerking)


@bp.post("/<int:synthese_id>/opmerkingen/<int:opmerking_id>/verwerken")
def process_comment(synthese_id: int, opmerking_id: int):
    synthese, opmerking = _opmerking_for(synthese_id, opmerking_id)
    if not perms.is_author_of(current_user, synthese):
        abort(403)
    if not perms.can_process_comments(current_user, synthese):
        return render_error(409, _("Verwerken kan nu niet"), _(
            "Opmerkingen verwerken kan alleen zolang de rapportage bij de klankbordgroep "
            "ligt of een concept is."))
    form = VerwerkingForm(prefix=f"verwerking-{opmerking.id}")
    if form.validate_on_submit():
        try:
            kb_ops.process_comment(db.session, current_user, synthese, opmerking,
                                   verwerking=form.verwerking.data, reactie=form.reactie.data,
                                   version_id=version_seen(form.version_id.data, fallback=None,
                                                           digits_only=True))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("De verwerking van de opmerking is vastgelegd."), "success")
            return _to_comment(synthese_id, opmerking)
    synthese, opmerking = _opmerking_for(synthese_id, opmerking_id)
    return _render_section(synthese, opmerking.sectie, process_forms={opmerking.id: form},
                           code=400)


# --- helpers -------------------------------------------------------------------------------

def _render_section(synthese, sectie, *, form=None, saved_text=None, comment_form=None,
                    process_forms=None, code: int | None = None):
    context = section_context(db.session, current_user, synthese, sectie)
    form = form or SectieTekstForm(formdata=None, obj=sectie)
    errors = form.errors or (comment_form and comment_form.errors)
    return render_template(
        "synthese/sectie.html", form=form, saved_text=saved_text,
        comment_form=comment_form or OpmerkingForm(formdata=None),
        process_forms=process_forms or {}, verwerking_form=_verwerking_form,
        **context), code or (400 if errors else 200)


def _verwerking_form(opmerking) -> VerwerkingForm:
    return VerwerkingForm(formdata=None, prefix=f"verwerking-{opmerking.id}",
                          verwerking=None if opmerking.verwerking == "open"
                          else opmerking.verwerking,
                          reactie=opmerking.reactie, version_id=opmerking.version_id)


def _synthese_for(synthese_id: int, predicate):
    synthese = queries.load_synthese(db.session, synthese_id) or abort(404)
    if not predicate(current_user, synthese):
        abort(403)
    return synthese


def _sectie_for(synthese_id: int, sectie_id: int, predicate):
    synthese = _synthese_for(synthese_id, predicate)
    return synthese, queries.load_sectie(db.session, synthese, sectie_id) or abort(404)


def _opmerking_for(synthese_id: int, opmerking_id: int):
    synthese = _synthese_for(synthese_id, perms.can_view_synthese)
    return synthese, queries.load_opmerking(db.session, synthese, opmerking_id) or abort(404)


def _to_comment(synthese_id: int, opmerking):
    return redirect(url_for(".section", synthese_id=synthese_id, sectie_id=opmerking.sectie_id,
                            _anchor=f"opmerking-{opmerking.id}"))


def _closed():
    return render_error(409, _("Wijzigen kan nu niet"), _(
        "De teksten van de rapportage kunnen alleen worden gewijzigd zolang die een concept "
        "is. Ligt de rapportage bij de klankbordgroep, rond dan eerst de klankbordronde af."))
