"""Theme suggestions for uncoded findings: per ronde (authors) and per visitatie (secretaris).

Showing suggestions writes nothing; only "Bevestigen" gives a code, and only "Afwijzen"
records a rejection.
"""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy.exc import IntegrityError

from forms.suggesties import TERUG_RONDE, TERUG_VISITATIE, SuggestieBesluitForm
from visitatie.bevindingen.labels import TYPE_LABELS
from visitatie.bevindingen.models import Bevinding
from visitatie.core.domain import DomainError
from visitatie.core.errors import render_error
from visitatie.core.transaction import commit, rollback
from visitatie.extensions import db
from visitatie.rondes.models import Ronde
from visitatie.themas import suggestie_ops as ops
from visitatie.themas import suggestie_permissions as perms
from visitatie.themas import suggestie_queries as queries
from visitatie.themas.suggesties import MIN_BEVINDINGEN, MIN_THEMAS
from visitatie.visitaties.queries import load_visitatie

bp = Blueprint("suggesties", __name__, url_prefix="/rode-draden/suggesties")


@bp.before_request
@login_required
def require_login():
    pass


@bp.get("/<int:ronde_id>")
def ronde(ronde_id: int):
    ronde = db.session.get(Ronde, ronde_id) or abort(404)
    if not perms.can_use_ronde_suggestions(current_user, ronde.id):
        abort(403)
    page = queries.uncoded_page(db.session, _page_number(), ronde_id=ronde.id)
    return _render(page, ronde, None, TERUG_RONDE)


@bp.get("/visitatie/<int:visitatie_id>")
def visitatie(visitatie_id: int):
    visitatie = load_visitatie(db.session, visitatie_id) or abort(404)
    if not perms.is_own_report_writer(current_user, visitatie):
        abort(403)
    if not perms.can_use_visitatie_suggestions(current_user, visitatie):
        return render_error(409, _("Suggesties zijn nu niet beschikbaar"), _(
            "Themasuggesties zijn er zolang u de bevindingen van dit rapport nog vastlegt "
            "(tijdens het bezoek en het conceptrapport)."))
    page = queries.uncoded_page(db.session, _page_number(), visitatie_id=visitatie.id)
    return _render(page, visitatie.ronde, visitatie, TERUG_VISITATIE)


@bp.post("/bevinding/<int:bevinding_id>/bevestigen")
def confirm(bevinding_id: int):
    return _decide(bevinding_id, ops.confirm_suggestion, lambda row: _(
        "Thema ‘%(thema)s’ toegekend. Meer thema's geeft u via de codering van de bevinding.",
        thema=row.thema.label))


@bp.post("/bevinding/<int:bevinding_id>/afwijzen")
def reject(bevinding_id: int):
    return _decide(bevinding_id, ops.reject_suggestion, lambda row: _(
        "Suggestie ‘%(thema)s’ afgewezen; dit thema wordt voor deze bevinding niet meer "
        "voorgesteld.", thema=row.thema.label))


def _decide(bevinding_id: int, operation, done_message):
    bevinding = db.session.get(Bevinding, bevinding_id) or abort(404)
    if not perms.can_decide_suggestion(current_user, bevinding):
        abort(403)
    form = SuggestieBesluitForm()
    if not form.validate_on_submit():
        abort(400)
    back = _back_url(bevinding, form)
    try:
        row = operation(db.session, current_user, bevinding, form.thema_id.data)
    except DomainError as error:
        rollback()
        flash(error.message, "error")
    except IntegrityError:  # two people decided on the same suggestion at once
        rollback()
        flash(_("Over deze suggestie is zojuist al beslist. Bekijk de actuele suggesties."),
              "error")
    else:
        commit()
        flash(done_message(row), "success")
    return redirect(back)


def _back_url(bevinding, form) -> str:
    visitatie, pagina = bevinding.visitatie, form.pagina.data or 1
    anchor = f"bevinding-{bevinding.id}"
    own_list = form.terug.data == TERUG_VISITATIE and perms.can_use_visitatie_suggestions(
        current_user, visitatie)
    if own_list or not perms.can_use_ronde_suggestions(current_user, visitatie.ronde_id):
        return url_for(".visitatie", visitatie_id=visitatie.id, pagina=pagina, _anchor=anchor)
    return url_for(".ronde", ronde_id=visitatie.ronde_id, pagina=pagina, _anchor=anchor)


def _render(page, ronde, visitatie, terug: str):
    advies = queries.advice_for(db.session, ronde.id, page.items)
    return render_template("suggesties/index.html", page=page, advies=advies, ronde=ronde,
                           visitatie=visitatie, terug=terug, type_labels=TYPE_LABELS,
                           min_bevindingen=MIN_BEVINDINGEN, min_themas=MIN_THEMAS)


def _page_number() -> int:
    return request.args.get("pagina", 1, type=int)
