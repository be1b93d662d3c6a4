"""What every template may use: the predicates, labels and the demo flag."""
from flask import Flask

from visitatie.audit.labels import action_label
from visitatie.auth import permissions as auth_permissions
from visitatie.auth.roles import ROLE_LABELS, Rol
from visitatie.visitaties import permissions as visitatie_permissions
from visitatie.visitaties import planning_permissions
from visitatie.visitaties.labels import state_label


def role_label(rol: str) -> str:
    """Return the Dutch name of a role."""
    return str(ROLE_LABELS[Rol(rol)])


def register_template_helpers(app: Flask) -> None:
    app.jinja_env.globals.update(
        can_manage_users=auth_permissions.can_manage_users,
        can_read_outbox=auth_permissions.can_read_outbox,
        can_oversee_all=auth_permissions.can_oversee_all,
        can_view_visitatie=visitatie_permissions.can_view_visitatie,
        can_view_dashboard=planning_permissions.can_view_dashboard,
        can_create_visitatie=planning_permissions.can_create_visitatie,
        state_label=state_label,
        role_label=role_label,
        action_label=action_label,
    )
    app.jinja_env.globals["demo_mode"] = app.config.get("DEMO_MODE", False)
