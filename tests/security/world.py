"""A visitatie far along its lifecycle, with one object of every kind a URL can point at.

The world's visitatie is `vastgesteld` (the report is adopted, not yet published): it has a
coded bevinding and numbered aanbevelingen, report version 1 (goedgekeurd, the version that
went to wederhoor) and version 2 (definitief), a wederhoor correction, a kernstuk document, a
gesprek with a committee note, a verbeterplan in concept with an actie, evidence and a
submitted progress report, a queued PDF of the concept version, and an outgoing e-mail.
"""
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select

from tests.bevindingen.factories import make_bevinding, make_codeboek
from tests.documenten.factories import make_report
from tests.gesprekken.factories import make_gesprek, make_notitie
from tests.kernstukken.factories import make_document, make_kernstuk_type
from tests.verbeterplannen.factories import make_actie, make_bewijs, make_plan
from tests.voortgang.factories import make_report as make_voortgang
from tests.wederhoor.factories import make_correctie
from visitatie.auth.models import RoleAssignment
from visitatie.documenten.models import GegenereerdDocument
from visitatie.mail.models import OutgoingMail

BOGUS = 987654321


@dataclass
class Objects:
    """The ids the URL rules are filled with, by argument name."""
    ids: dict
    per_endpoint: dict


def build(session, world) -> Objects:
    """Put the world's visitatie in `vastgesteld` with every kind of object; return the ids."""
    visitatie, users = world.visitatie, world.users
    themas = make_codeboek(session, world.ronde)
    make_bevinding(session, visitatie, "bevinding", "Rolverdeling onhelder.", [themas["2"]],
                   users["secretaris"])
    aanbeveling = make_bevinding(session, visitatie, "aanbeveling", "Maak spelregels.",
                                 [themas["2"]], users["secretaris"], nummer=1)
    concept = make_report(session, visitatie, status="goedgekeurd", nummer=1)
    make_report(session, visitatie, status="definitief", nummer=2)
    kernstuk_type = make_kernstuk_type(session, world.ronde, "JV", "Jaarverslag")
    kernstuk = make_document(session, visitatie, kernstuk_type, users["contactpersoon"])
    gesprek = make_gesprek(session, visitatie)
    notitie = make_notitie(session, gesprek, users["commissielid"])
    _set_vastgesteld(session, visitatie)
    sectie = concept.secties[0]
    correctie = make_correctie(session, visitatie, sectie, users["directeur"],
                               besluit="overgenomen", besluit_at=datetime(2026, 4, 2, tzinfo=timezone.utc))
    plan = make_plan(session, visitatie, state="concept")
    actie = make_actie(session, plan, [aanbeveling])
    bewijs = make_bewijs(session, actie)
    rapportage = make_voortgang(session, plan, 1, date(2026, 12, 1),
                                datetime(2026, 12, 2, tzinfo=timezone.utc),
                                {actie: ("loopt", "Eerste concept besproken.")},
                                by=users["directeur"])
    pdf = GegenereerdDocument(soort="visitatierapport_concept", object_type="rapport_versie",
                              object_id=concept.id, content_hash="0" * 64, status="wachtrij")
    mail = OutgoingMail(to_address="iemand@test.nl", subject="Onderwerp", body_text="Tekst")
    session.add_all([pdf, mail])
    session.commit()
    committee_role = session.scalars(select(RoleAssignment).where(
        RoleAssignment.visitatie_id == visitatie.id,
        RoleAssignment.user_id == users["commissielid"].id)).one()
    ids = {
        "visitatie_id": visitatie.id, "plan_id": plan.id, "actie_id": actie.id,
        "bewijs_id": bewijs.id, "rapportage_id": rapportage.id, "bevinding_id": aanbeveling.id,
        "nummer": concept.nummer, "sectie_id": sectie.id, "versie_id": concept.id,
        "correctie_id": correctie.id, "gesprek_id": gesprek.id, "notitie_id": notitie.id,
        "type_id": kernstuk_type.id, "document_id": pdf.id, "mail_id": mail.id,
        "user_id": users["directeur"].id, "assignment_id": committee_role.id,
        "ronde_id": world.ronde.id, "token": "geen-geldig-token", "event": "publiceren",
    }
    per_endpoint = {
        "kernstukken.download": {"document_id": kernstuk.id},
        "kernstukken.review": {"document_id": kernstuk.id},
        # The follow-up rates aanbevelingen of an EARLIER visitatie; there is none here.
        "opvolging.rate": {"bevinding_id": BOGUS},
    }
    objects = Objects(ids, per_endpoint)
    for module in _feature_worlds():
        module.extend(session, world, objects)   # adds its objects' ids to `objects`
    session.commit()
    return objects


def _feature_worlds() -> list:
    """Features add their objects in tests/security/world_<feature>.py: extend(session,
    world, objects) puts ids into objects.ids / objects.per_endpoint."""
    import importlib
    import pkgutil

    import tests.security

    return [importlib.import_module(f"tests.security.{info.name}")
            for info in pkgutil.iter_modules(tests.security.__path__)
            if info.name.startswith("world_")]


def _set_vastgesteld(session, visitatie) -> None:
    visitatie.state = "vastgesteld"
    visitatie.wederhoor_deadline = date(2026, 4, 1)
    visitatie.wederhoor_versie_nummer = 1
    visitatie.wederhoor_ingediend_at = datetime(2026, 3, 30, tzinfo=timezone.utc)
    visitatie.vastgesteld_at = datetime(2026, 4, 20, tzinfo=timezone.utc)
    session.commit()
