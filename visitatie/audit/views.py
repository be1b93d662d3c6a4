"""The beheerder reads and filters the audit trail. Read-only: there is nothing to post."""
from functools import partial

from flask import Blueprint, abort, render_template, request, url_for
from flask_login import current_user, login_required

from forms.audit import AuditFilterForm
from visitatie.audit import queries
from visitatie.audit.labels import object_type_label
from visitatie.audit.permissions import can_read_audit
from visitatie.extensions import db
from visitatie.rapporten.labels import status_label
from visitatie.verbeterplannen.labels import plan_state_label
from visitatie.visitaties.labels import state_label

bp = Blueprint("audit", __name__, url_prefix="/beheer/audit")
PER_PAGE = 50
# Objects with a page of their own: (endpoint, name of its id argument).
OBJECT_PAGES = {
    "visitatie": ("visitaties.show", "visitatie_id"),
    "verbeterplan": ("verbeterplannen.show", "plan_id"),
    "user_account": ("gebruikers.show", "user_id"),
    "gegenereerd_document": ("documenten.show", "document_id"),
}
PAGE_ARGS = ("ouder_dan", "nieuwer_dan")
# Objects whose from/to states have Dutch names.
STATE_LABELS = {"visitatie": state_label, "verbeterplan": plan_state_label,
                "rapport_versie": status_label}


@bp.before_request
@login_required
def require_reader():
    if not can_read_audit(current_user):
        abort(403)


@bp.get("/")
def index():
    form = AuditFilterForm(request.args)
    users = queries.all_users(db.session)
    form.set_choices(users, queries.audited_object_types(db.session))
    names = {user.id: user.naam for user in users}
    if not form.validate():
        return _render(form, None, names), 400
    on_actor, actor_id = form.actor_filter()
    filters = queries.AuditFilter(on_actor, actor_id, form.actie.data or None,
                                  form.object_type.data or None, form.van.data, form.tot.data)
    page = queries.search_events(db.session, filters, older_than=_id_arg("ouder_dan"),
                                 newer_than=_id_arg("nieuwer_dan"), per_page=PER_PAGE)
    return _render(form, page, names), 200


def _render(form, page, names):
    return render_template("audit/index.html", form=form, page=page,
                           object_text=partial(_object_text, names), object_url=_object_url,
                           state_text=_state_text, page_url=_page_url)


def _object_text(names: dict, event) -> str:
    """Name an account by its person (the users are loaded for the filter anyway)."""
    name = names.get(event.object_id) if event.object_type == "user_account" else None
    return f"{object_type_label(event.object_type)} {name or event.object_id}"


def _id_arg(name: str) -> int | None:
    value = request.args.get(name, "")
    return int(value) if value.isdecimal() and int(value) < 2**31 else None


def _object_url(event) -> str | None:
    endpoint = OBJECT_PAGES.get(event.object_type)
    return url_for(endpoint[0], **{endpoint[1]: event.object_id}) if endpoint else None


def _state_text(event, state: str | None) -> str:
    if not state:
        return "—"
    try:
        return STATE_LABELS[event.object_type](state)
    except (KeyError, ValueError):  # no labels for this kind, or a state no longer known
        return state.replace("_", " ")


def _page_url(**page_arg) -> str:
    args = {k: v for k, v in request.args.items() if k not in PAGE_ARGS and v}
    return url_for("audit.index", **args, **page_arg)
