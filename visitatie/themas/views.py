"""The beheerder's pages of the theme codebook: rondes, the tree, adding, editing, moving,
merging a theme, and the history of every change."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.themas import (
    CodeboekCreateForm, ThemaCreateForm, ThemaEditForm, ThemaMergeChooseForm,
    ThemaMergeConfirmForm, ThemaMoveForm,
)
from visitatie.core.domain import DomainError
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.rondes.models import Ronde
from visitatie.themas import operations as ops
from visitatie.themas import queries
from visitatie.themas.labels import label_helpers
from visitatie.themas.models import Thema
from visitatie.themas.permissions import can_manage_codeboek

bp = Blueprint("codeboek", __name__, url_prefix="/beheer/codeboek")
MOVE_PREFIX = "verplaats"  # the theme page holds two forms; keep their field ids apart


@bp.before_request
@login_required
def require_beheerder():
    if not can_manage_codeboek(current_user):
        abort(403)


@bp.get("/")
def index():
    return render_template("themas/index.html", rows=queries.rondes_with_codeboek(db.session),
                           create_form=CodeboekCreateForm())


@bp.post("/<int:ronde_id>/aanmaken")
def create(ronde_id: int):
    ronde = db.session.get(Ronde, ronde_id) or abort(404)
    if not CodeboekCreateForm().validate_on_submit():
        abort(400)
    try:
        ops.create_codeboek(db.session, current_user, ronde)
    except DomainError as error:
        rollback()
        flash(error.message, "error")
    else:
        commit()
        flash(_("Het codeboek is aangemaakt met de hoofdstukken van de Rode draden."), "success")
    return redirect(url_for(".show", ronde_id=ronde.id))


@bp.get("/<int:ronde_id>")
def show(ronde_id: int):
    ronde = db.session.get(Ronde, ronde_id) or abort(404)
    codeboek = queries.current_codeboek(db.session, ronde.id)
    if codeboek is None:
        return render_template("themas/show.html", ronde=ronde, codeboek=None,
                               create_form=CodeboekCreateForm())
    themas = queries.all_themes(db.session, codeboek.id)
    return render_template("themas/show.html", ronde=ronde, codeboek=codeboek,
                           keuzes=queries.in_tree_order(themas),
                           by_id={t.id: t for t in themas},
                           counts=queries.code_counts(db.session, themas))


@bp.route("/<int:ronde_id>/thema/nieuw", methods=["GET", "POST"])
def add_thema(ronde_id: int):
    ronde = db.session.get(Ronde, ronde_id) or abort(404)
    codeboek = queries.current_codeboek(db.session, ronde.id) or abort(404)
    form = ThemaCreateForm()
    form.set_choices(_choosable(codeboek), queries.kader_themas(db.session))
    if request.method == "GET" and request.args.get("onder", "").isdigit():
        form.parent_id.data = int(request.args["onder"])
    if form.validate_on_submit():
        try:
            thema = ops.add_thema(db.session, current_user, codeboek, **_thema_fields(form),
                                  parent_id=form.parent_id.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Thema %(label)s is toegevoegd.", label=thema.label), "success")
            return redirect(url_for(".show", ronde_id=ronde.id))
    return render_template("themas/thema_nieuw.html", ronde=ronde, codeboek=codeboek,
                           form=form), 400 if form.errors else 200


@bp.get("/<int:ronde_id>/geschiedenis")
def history(ronde_id: int):
    ronde = db.session.get(Ronde, ronde_id) or abort(404)
    codeboek = queries.current_codeboek(db.session, ronde.id) or abort(404)
    page = queries.codeboek_history(db.session, codeboek.id,
                                    request.args.get("pagina", 1, type=int))
    return render_template("themas/history.html", ronde=ronde, codeboek=codeboek, page=page,
                           **label_helpers())


@bp.route("/thema/<int:thema_id>", methods=["GET", "POST"])
def show_thema(thema_id: int):
    thema = _thema(thema_id)
    form = ThemaEditForm(obj=thema if request.method == "GET" else None)
    form.set_kader_choices(queries.kader_themas(db.session))
    if request.method == "GET":
        form.kader.data = thema.kader_thema_code or ""
    if form.validate_on_submit():
        try:
            changed = ops.update_thema(db.session, current_user, thema, **_thema_fields(form),
                                       version_id=version_seen(form.version_id.data, fallback=0))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Wijziging opgeslagen.") if changed else _("Er was niets gewijzigd."),
                  "success")
            return redirect(url_for(".show_thema", thema_id=thema.id))
    return _thema_page(_thema(thema_id), edit_form=form), 400 if form.errors else 200


@bp.post("/thema/<int:thema_id>/verplaatsen")
def move(thema_id: int):
    thema = _thema(thema_id)
    form = ThemaMoveForm(prefix=MOVE_PREFIX)
    if form.validate_on_submit():
        try:
            moved = ops.move_thema(db.session, current_user, thema,
                                   version_id=version_seen(form.version_id.data, fallback=0),
                                   parent_id=form.parent_id.data, positie=form.positie.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Thema verplaatst.") if moved else _("Het thema stond al op die plaats."),
                  "success")
            return redirect(url_for(".show_thema", thema_id=thema.id))
    return _thema_page(_thema(thema_id), move_form=form), 400


@bp.route("/thema/<int:thema_id>/samenvoegen", methods=["GET", "POST"])
def merge(thema_id: int):
    source = _thema(thema_id)
    if request.method == "POST":
        return _merge(source, ThemaMergeConfirmForm())
    choose = ThemaMergeChooseForm(request.args)
    choose.set_choices(_merge_targets(source))
    target = None
    if "doel" in request.args and choose.validate():
        target = _target(source, choose.doel.data, choose)
    return _merge_page(source, choose, target), 400 if choose.errors else 200


def _merge(source: Thema, form: ThemaMergeConfirmForm):
    target = db.session.get(Thema, _posted_id(form.doel_id.data)) or abort(404)
    if form.validate_on_submit():
        try:
            result = ops.merge_thema(
                db.session, current_user, source, target,
                version_id=version_seen(form.version_id.data, fallback=0),
                target_version_id=version_seen(form.doel_version_id.data, fallback=0))
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("Thema %(bron)s is samengevoegd in %(doel)s; %(n)s codes zijn meegegaan.",
                    bron=source.label, doel=target.label, n=result.moved + result.dropped),
                  "success")
            return redirect(url_for(".show_thema", thema_id=target.id))
    source, target = _thema(source.id), _thema(target.id)
    choose = ThemaMergeChooseForm(formdata=None, doel=target.id)
    choose.set_choices(_merge_targets(source))
    shown = _target(source, target.id, choose)  # None, with the reason, if it cannot be
    return _merge_page(source, choose, shown, form if shown else None), 400


# --- helpers ---------------------------------------------------------------------------

def _thema(thema_id: int) -> Thema:
    return db.session.get(Thema, thema_id) or abort(404)


def _choosable(codeboek, leave_out: set[int] = frozenset()) -> list:
    """The unmerged themes of the codebook in tree order, without `leave_out`."""
    return [k for k in queries.codeboek_tree(db.session, codeboek.id)
            if k.thema.samengevoegd_in_id is None and k.thema.id not in leave_out]


def _family(thema: Thema) -> set[int]:
    """The theme and every theme below it."""
    themas = queries.all_themes(db.session, thema.codeboek_id)
    found = {thema.id}
    for keuze in queries.in_tree_order(themas):
        if keuze.thema.parent_id in found:
            found.add(keuze.thema.id)
    return found


def _merge_targets(source: Thema) -> list:
    return _choosable(source.codeboek, _family(source))


def _target(source: Thema, doel_id, choose) -> Thema | None:
    """The chosen theme, or None with the reason on the form when it cannot be merged into."""
    target = db.session.get(Thema, doel_id) if doel_id else None
    try:
        if target is None:
            raise DomainError(_("Kies een ander thema uit hetzelfde codeboek."))
        ops.check_merge(db.session, source, target)
    except DomainError as error:
        choose.doel.errors = [error.message]
        return None
    return target


def _merge_page(source, choose, target, confirm=None):
    preview = None
    if target is not None:
        moving, dropping = queries.merge_preview(db.session, source.id, target.id)
        preview = {"moving": moving, "dropping": dropping, "children": len(source.children)}
        confirm = confirm or ThemaMergeConfirmForm(
            formdata=None, doel_id=target.id, version_id=source.version_id,
            doel_version_id=target.version_id)
    return render_template("themas/samenvoegen.html", thema=source, ronde=source.codeboek.ronde,
                           choose=choose, target=target, preview=preview, form=confirm)


def _thema_page(thema: Thema, edit_form=None, move_form=None):
    codeboek = thema.codeboek
    themas = queries.all_themes(db.session, codeboek.id)
    if edit_form is None:
        edit_form = ThemaEditForm(formdata=None, obj=thema, kader=thema.kader_thema_code or "")
        edit_form.set_kader_choices(queries.kader_themas(db.session))
    if move_form is None:
        move_form = ThemaMoveForm(formdata=None, prefix=MOVE_PREFIX, parent_id=thema.parent_id,
                                  positie=_position(themas, thema), version_id=thema.version_id)
    move_form.set_choices(_choosable(codeboek, _family(thema)))
    choose = ThemaMergeChooseForm(formdata=None)
    choose.set_choices(_merge_targets(thema))
    merged = queries.merged_into(themas, thema.id)
    return render_template(
        "themas/thema.html", thema=thema, codeboek=codeboek, ronde=codeboek.ronde,
        edit_form=edit_form, move_form=move_form, choose=choose, merged=merged,
        by_id={t.id: t for t in themas}, counts=queries.code_counts(db.session, themas),
        changes=queries.thema_history(db.session, {thema.id} | {t.id for t in merged}),
        **label_helpers())


def _position(themas: list[Thema], thema: Thema) -> int:
    siblings = sorted((t for t in themas if t.parent_id == thema.parent_id),
                      key=lambda t: (t.volgorde, t.code))
    return [t.id for t in siblings].index(thema.id) + 1


def _thema_fields(form) -> dict:
    return {"code": form.code.data, "naam": form.naam.data,
            "omschrijving": form.omschrijving.data, "kader": form.kader.data or None}


def _posted_id(value) -> int:
    """The id in a hidden field; 0 (no row) when it holds no number."""
    return int(value) if value and str(value).isdecimal() else 0
