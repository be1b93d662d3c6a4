"""The demo's published visitaties and plans have their publications, as the transitions make."""
from sqlalchemy import select

from visitatie.publicaties.models import Publicatie
from visitatie.verbeterplannen.models import Verbeterplan
from visitatie.visitaties.models import Visitatie


def test_demo_publications_match_the_published_states(app, session, client):
    for args in (["seed"], ["demo"]):
        result = app.test_cli_runner().invoke(args=args)
        assert result.exit_code == 0, result.output
    published = session.scalars(select(Visitatie.id).where(
        Visitatie.state == "gepubliceerd", Visitatie.is_historisch.is_(False))).all()
    reports = session.scalars(select(Publicatie).where(Publicatie.soort == "rapport")).all()
    assert published and sorted(p.visitatie_id for p in reports) == sorted(published)
    assert {p.versie for p in reports} == {1}
    plans = session.scalars(select(Verbeterplan.id).where(Verbeterplan.state.in_(
        ("gepubliceerd", "in_uitvoering", "afgerond")))).all()
    plan_publications = session.scalars(
        select(Publicatie.verbeterplan_id).where(Publicatie.soort == "verbeterplan")).all()
    assert sorted(plan_publications) == sorted(plans)
    html = client.get("/openbaar/diensten/odnzkg").text
    assert "Versie 1, gepubliceerd op" in html and "<code>rapport/odnzkg/ronde-2/v1</code>" in html
