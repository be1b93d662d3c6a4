"""What every template may use: the predicates, labels and the demo flag."""
from collections import Counter

from flask import Flask
from flask_babel import gettext as _
from jinja2 import StrictUndefined

from visitatie.analyse import permissions as analyse_permissions
from visitatie.audit import permissions as audit_permissions
from visitatie.audit.labels import action_label
from visitatie.auth import permissions as auth_permissions
from visitatie.auth.roles import ROLE_LABELS, Rol
from visitatie.synthese import permissions as synthese_permissions
from visitatie.themas import permissions as themas_permissions
from visitatie.themas import suggestie_permissions
from visitatie.visitaties import permissions as visitatie_permissions
from visitatie.visitaties import planning_permissions
from visitatie.visitaties.labels import state_label


def role_label(rol: str) -> str:
    """Return the Dutch name of a role."""
    return str(ROLE_LABELS[Rol(rol)])


def role_summary(roles) -> str:
    """Return the roles' Dutch names, each once, with a count where a role is held more often."""
    counts = Counter(role_label(r.rol) for r in roles)
    return ", ".join(label if n == 1 else _("%(rol)s (%(n)d×)", rol=label, n=n)
                     for label, n in counts.items())


def page_defaults() -> dict:
    """Return the base.html variables a view may leave out: no canonical link by default."""
    return {"canonical_url": None}


def register_template_helpers(app: Flask) -> None:
    app.jinja_env.globals.update(
        can_manage_users=auth_permissions.can_manage_users,
        can_read_outbox=auth_permissions.can_read_outbox,
        can_oversee_all=auth_permissions.can_oversee_all,
        can_view_visitatie=visitatie_permissions.can_view_visitatie,
        can_view_dashboard=planning_permissions.can_view_dashboard,
        can_create_visitatie=planning_permissions.can_create_visitatie,
        can_list_syntheses=synthese_permissions.can_list_syntheses,
        can_read_audit=audit_permissions.can_read_audit,
        can_view_any_analyse=analyse_permissions.can_view_any_analyse,
        can_manage_codeboek=themas_permissions.can_manage_codeboek,
        can_read_coding=themas_permissions.can_read_coding,
        can_use_ronde_suggestions=suggestie_permissions.can_use_ronde_suggestions,
        can_use_visitatie_suggestions=suggestie_permissions.can_use_visitatie_suggestions,
        state_label=state_label,
        role_label=role_label,
        role_summary=role_summary,
        action_label=action_label,
    )
    app.jinja_env.globals["demo_mode"] = app.config.get("DEMO_MODE", False)
    app.context_processor(page_defaults)
    if app.config.get("JINJA_STRICT_UNDEFINED", False):
        app.jinja_env.undefined = StrictUndefined
