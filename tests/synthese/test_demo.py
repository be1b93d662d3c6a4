"""The demo edition: a concept after one klankbord round, built through the operations."""
from sqlalchemy import select

from visitatie.synthese.demo import DEMO_TITEL, add_demo_synthese
from visitatie.synthese.models import KlankbordOpmerking, Synthese


def test_demo_edition(session, login, world, findings):
    synthese = add_demo_synthese(session, world.users, world.ronde)
    session.commit()
    session.expire_all()
    synthese = session.get(Synthese, synthese.id)
    assert (synthese.titel, synthese.state, synthese.klankbord_ronde) == (
        DEMO_TITEL, "concept", 1)
    assert synthese.inleiding and not synthese.integrale_conclusies
    assert sum(1 for s in synthese.secties if s.tekst) == 3
    comments = session.scalars(select(KlankbordOpmerking).order_by(KlankbordOpmerking.id)).all()
    assert [(c.auteur_id, c.verwerking) for c in comments] == [
        (world.users["klankbord"].id, "overgenomen"), (world.users["klankbord"].id, "open")]
    assert add_demo_synthese(session, world.users, world.ronde) is None  # only once
    page = login(world.users["klankbord"]).get(f"/rode-draden/{synthese.id}")
    assert page.status_code == 200 and DEMO_TITEL in page.text
