"""What a notification is about: its object, the visitatie behind it and (if any) the plan.

A Notificatie stores only `object_type` (the table name) and `object_id`; these loaders
turn that back into objects, one query per object type for a whole page of notifications.
"""
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from visitatie.synthese.models import Synthese
from visitatie.verbeterplannen.models import Actie, Verbeterplan
from visitatie.visitaties.models import Visitatie


@dataclass(frozen=True)
class About:
    obj: object
    visitatie: Visitatie | None   # None for a Rode draden edition (about a whole ronde)
    plan: Verbeterplan | None = None

    def ids(self) -> dict[str, int]:
        """Return the ids a link to the object's page may need."""
        if isinstance(self.obj, Synthese):
            return {"synthese_id": self.obj.id}
        ids = {"visitatie_id": self.visitatie.id}
        if self.plan is not None:
            ids["plan_id"] = self.plan.id
        if isinstance(self.obj, Actie):
            ids["actie_id"] = self.obj.id
        return ids


def _visitaties(session, ids) -> dict[int, About]:
    stmt = select(Visitatie).where(Visitatie.id.in_(ids))
    return {v.id: About(v, v) for v in session.scalars(stmt)}


def _plannen(session, ids) -> dict[int, About]:
    stmt = select(Verbeterplan).where(Verbeterplan.id.in_(ids))
    return {p.id: About(p, p.visitatie, p) for p in session.scalars(stmt)}


def _acties(session, ids) -> dict[int, About]:
    stmt = select(Actie).options(joinedload(Actie.plan)).where(Actie.id.in_(ids))
    return {a.id: About(a, a.plan.visitatie, a.plan) for a in session.scalars(stmt)}


def _syntheses(session, ids) -> dict[int, About]:
    stmt = select(Synthese).options(joinedload(Synthese.ronde)).where(Synthese.id.in_(ids))
    return {s.id: About(s, None) for s in session.scalars(stmt)}


LOADERS = {
    Visitatie.__tablename__: _visitaties,
    Synthese.__tablename__: _syntheses,
    Verbeterplan.__tablename__: _plannen,
    Actie.__tablename__: _acties,
}


def load_about(session, object_type: str, object_id: int) -> About | None:
    """Return what one notification is about, or None when the object is gone."""
    loader = LOADERS.get(object_type)
    return loader(session, [object_id]).get(object_id) if loader else None


def load_abouts(session, notificaties) -> dict[tuple[str, int], About]:
    """Return what each notification is about, by (object_type, object_id)."""
    wanted: dict[str, set[int]] = {}
    for n in notificaties:
        wanted.setdefault(n.object_type, set()).add(n.object_id)
    found: dict[tuple[str, int], About] = {}
    for object_type, ids in wanted.items():
        loader = LOADERS.get(object_type)
        found.update(((object_type, i), a) for i, a in (loader(session, ids) if loader
                                                        else {}).items())
    return found


def describe(about: About) -> str:
    """Return a short Dutch description of the object: what, which dienst, which ronde."""
    if isinstance(about.obj, Synthese):
        return _("Rode draden ‘%(titel)s’, %(ronde)s", titel=about.obj.titel,
                 ronde=about.obj.ronde.naam)
    visitatie = about.visitatie
    names = {"dienst": visitatie.dienst.naam, "ronde": visitatie.ronde.naam}
    if isinstance(about.obj, Actie):
        return _("Actie ‘%(titel)s’, %(dienst)s, %(ronde)s", titel=about.obj.titel, **names)
    if isinstance(about.obj, Verbeterplan):
        return _("Verbeterplan %(dienst)s, %(ronde)s", **names)
    return _("Visitatie %(dienst)s, %(ronde)s", **names)


def subject_name(about: About) -> str:
    """Return what a mail's subject names: the dienst, or the Rode draden edition."""
    if isinstance(about.obj, Synthese):
        return about.obj.titel
    return about.visitatie.dienst.naam
