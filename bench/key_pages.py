"""The key pages of issue 9, with the demo user who opens each, shared by the benchmark
(bench/page_queries.py) and the query-budget test (tests/performance/)."""
from sqlalchemy import func, select

# (demo account or None for anonymous, name, URL template)
KEY_PAGES = [
    ("secretaris", "werkruimte (secretaris)", "/werkruimte"),
    ("beheerder", "werkruimte (beheerder)", "/werkruimte?ronde={ronde}"),
    ("secretaris", "dashboard (secretaris)", "/dashboard/?ronde={ronde}"),
    ("secretaris", "visitatie page (secretaris)", "/visitaties/{visitatie}"),
    ("directeur", "visitatie page (directeur)", "/visitaties/{visitatie}"),
    ("secretaris", "concept report editor",
     "/visitaties/{visitatie}/rapporten/versies/{versie}/secties/{sectie}"),
    ("beheerder", "verbeterplan page", "/verbeterplannen/{plan}"),
    ("beheerder", "monitoring (ODNL)", "/monitoring/?ronde={ronde}"),
    ("beheerder", "users", "/beheer/gebruikers/"),
    ("auteur", "theme matrix", "/rode-draden/analyse/{ronde}"),
    ("auteur", "theme drill-down", "/rode-draden/analyse/{ronde}/thema/{thema}"),
    (None, "public index", "/openbaar"),
    (None, "public dienst page", "/openbaar/diensten/{dienst}"),
    (None, "open data JSON", "/openbaar/data/overzicht.json"),
]
BUDGET = 15   # statements per key page, the target of issue 9


def url_values(session) -> dict:
    """The demo objects the URL templates point at (ronde 2, its concept report, a plan)."""
    from visitatie.bevindingen.models import BevindingThema
    from visitatie.rapporten.models import RapportVersie
    from visitatie.rondes.models import Ronde
    from visitatie.themas.models import Codeboek, Thema
    from visitatie.verbeterplannen.models import Verbeterplan
    from visitatie.visitaties.models import Visitatie

    ronde = session.scalars(select(Ronde).where(Ronde.nummer == 2)).one()
    visitatie = session.scalars(select(Visitatie).where(
        Visitatie.ronde_id == ronde.id, Visitatie.state == "concept_rapport")).first()
    versie = session.scalars(select(RapportVersie).where(
        RapportVersie.visitatie_id == visitatie.id).order_by(RapportVersie.nummer.desc())).first()
    plan = session.scalars(select(Verbeterplan).join(Visitatie).where(
        Visitatie.ronde_id == ronde.id).order_by(Verbeterplan.id)).first()
    thema = session.scalars(
        select(Thema).join(Codeboek).join(BevindingThema, BevindingThema.thema_id == Thema.id)
        .where(Codeboek.ronde_id == ronde.id, Thema.parent_id.is_(None))
        .group_by(Thema.id).order_by(func.count().desc(), Thema.id)).first()
    return {"ronde": ronde.id, "visitatie": visitatie.id, "versie": versie.nummer,
            "sectie": versie.secties[0].id, "plan": plan.id, "thema": thema.id,
            "dienst": visitatie.dienst.slug}
