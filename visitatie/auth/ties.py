"""The rule that nobody sits on the committee visiting a dienst they are tied to.

A tie is the account's dienst field or any role held on the dienst (roles.has_ties_to_dienst);
every path that could create one (a committee role, a dienst role, a new dienst field) asks
these checks, so the rule cannot be walked around from the other side.
"""
from flask_babel import gettext as _

from visitatie.auth.roles import COMMITTEE_ROLES, ROLE_LABELS, Rol, has_ties_to_dienst
from visitatie.core.domain import DomainError
from visitatie.visitaties.planning_permissions import is_committee_editable


def refuse_committee_of_own_dienst(user, visitatie) -> None:
    """Refuse a committee seat on the visitatie of a dienst the user is tied to."""
    if not has_ties_to_dienst(user, visitatie.dienst_id):
        return
    dienst = visitatie.dienst.naam
    role = next((r for r in user.roles if r.dienst_id == visitatie.dienst_id), None)
    if user.dienst_id == visitatie.dienst_id or role is None:
        message = _("%(naam)s werkt bij %(dienst)s en kan daarom niet in de commissie zitten "
                    "die deze dienst visiteert.", naam=user.naam, dienst=dienst)
    else:
        message = _("%(naam)s heeft de rol %(rol)s bij %(dienst)s en kan daarom niet in de "
                    "commissie zitten die deze dienst visiteert.", naam=user.naam,
                    rol=str(ROLE_LABELS[Rol(role.rol)]).lower(), dienst=dienst)
    raise DomainError(message, field="user_id")


def refuse_tie_while_on_committee(user, dienst_id: int | None, field: str) -> None:
    """Refuse tying the user to a dienst whose visitatie's committee they sit on.

    Only visitaties whose committee can still change count: once the report is adopted the
    committee's work is done and its composition is a matter of record, so someone who
    later joins that dienst (a change of job) is not refused for it.
    """
    visitatie = _running_committee_visitatie(user, dienst_id)
    if visitatie is None:
        return
    raise DomainError(
        _("%(naam)s zit in de commissie die %(dienst)s visiteert (%(ronde)s) en kan daarom "
          "niet aan deze dienst worden verbonden zolang het rapport niet is vastgesteld. "
          "Haal %(naam)s eerst uit die commissie.", naam=user.naam,
          dienst=visitatie.dienst.naam, ronde=visitatie.ronde.naam),
        field=field)


def _running_committee_visitatie(user, dienst_id):
    if dienst_id is None:
        return None
    return next((r.visitatie for r in user.roles
                 if r.rol in COMMITTEE_ROLES and r.visitatie is not None
                 and r.visitatie.dienst_id == dienst_id and is_committee_editable(r.visitatie)),
                None)
