"""Recoding by the Rode draden authors: every finding of a ronde with its codes, a recode
form per finding and the code history of a finding."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from forms.themas import CoderingFilterForm, RecodeForm
from visitatie.bevindingen.labels import TYPE_LABELS
from visitatie.bevindingen.queries import codebook_themes, with_descendants
from visitatie.core.domain import DomainError
from visitatie.core.forms import add_domain_error, version_seen
from visitatie.core.transaction import commit, rollback
from visitatie.core.urls import is_safe_next
from visitatie.extensions import db
from visitatie.rondes.models import Ronde
from visitatie.themas import operations as ops
from visitatie.themas import queries
from visitatie.themas.labels import label_helpers
from visitatie.themas.permissions import can_read_code_history, can_read_coding, can_recode

bp = Blueprint("codering", __name__, url_prefix="/rode-draden/codering")


@bp.before_request
@login_required
def require_login():
    pass


@bp.get("/<int:ronde_id>")
def index(ronde_id: int):
    ronde = db.session.get(Ronde, ronde_id) or abort(404)
    if not can_read_coding(current_user, ronde.id):
        abort(403)
    keuzes = codebook_themes(db.session, ronde.id)
    form = CoderingFilterForm(request.args)
    form.set_choices(queries.diensten_of_ronde(db.session, ronde.id), keuzes)
    page = queries.coding_page(db.session, ronde.id, _chosen(form, keuzes),
                               request.args.get("pagina", 1, type=int))
    return render_template("themas/codering.html", ronde=ronde, form=form, page=page,
                           type_labels=TYPE_LABELS,
                           can_recode=can_recode(current_user, ronde.id))


@bp.route("/bevinding/<int:bevinding_id>/coderen", methods=["GET", "POST"])
def recode(bevinding_id: int):
    bevinding = queries.load_bevinding(db.session, bevinding_id) or abort(404)
    if not can_recode(current_user, bevinding.visitatie.ronde_id):
        abort(403)
    form = RecodeForm()
    form.set_choices(codebook_themes(db.session, bevinding.visitatie.ronde_id))
    if request.method == "GET":
        form.thema_ids.data = [c.thema_id for c in bevinding.themas]
        form.version_id.data = bevinding.version_id
    if form.validate_on_submit():
        try:
            ops.recode_bevinding(db.session, current_user, bevinding,
                                 version_id=version_seen(form.version_id.data, fallback=0),
                                 thema_ids=form.thema_ids.data)
        except DomainError as error:
            rollback()
            add_domain_error(form, error)
        else:
            commit()
            flash(_("De thema's van de bevinding zijn opgeslagen."), "success")
            return redirect(_back(bevinding))
    bevinding = queries.load_bevinding(db.session, bevinding_id)
    return render_template("themas/coderen.html", bevinding=bevinding, form=form,
                           back=_back(bevinding), type_labels=TYPE_LABELS
                           ), 400 if form.errors else 200


@bp.get("/bevinding/<int:bevinding_id>")
def history(bevinding_id: int):
    bevinding = queries.load_bevinding(db.session, bevinding_id) or abort(404)
    if not can_read_code_history(current_user, bevinding.visitatie):
        abort(403)
    return render_template(
        "themas/codegeschiedenis.html", bevinding=bevinding, type_labels=TYPE_LABELS,
        changes=queries.code_history(db.session, bevinding.id),
        coders=queries.coders_of(db.session, bevinding),
        can_recode=can_recode(current_user, bevinding.visitatie.ronde_id),
        can_read_list=can_read_coding(current_user, bevinding.visitatie.ronde_id),
        **label_helpers())


def _chosen(form: CoderingFilterForm, keuzes) -> queries.CoderingFilter:
    """The filter the form asks for; nothing filtered when it does not validate."""
    if not form.validate():
        return queries.CoderingFilter()
    thema = form.thema.data
    return queries.CoderingFilter(
        dienst_id=form.dienst.data, type=form.type.data or None,
        thema_ids=frozenset(with_descendants(keuzes, thema)) if thema else None,
        alleen_ongecodeerd=bool(form.ongecodeerd.data))


def _back(bevinding) -> str:
    """Where the recode form returns to: the list it came from, else the ronde's list."""
    terug = request.values.get("terug")
    if is_safe_next(terug):
        return terug
    return url_for(".index", ronde_id=bevinding.visitatie.ronde_id) + f"#bevinding-{bevinding.id}"
