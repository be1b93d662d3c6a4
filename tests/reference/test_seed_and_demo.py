"""`flask seed` and `flask demo`: complete, faithful to the sources, idempotent."""
from datetime import date

from sqlalchemy import func, select

from visitatie.audit.models import AuditEvent
from visitatie.auth.models import User
from visitatie.core.dates import local_today, utcnow
from visitatie.bevindingen.models import Bevinding
from visitatie.diensten.models import Dienst
from visitatie.extensions import db
from visitatie.rondes.models import KernstukType, Ronde
from visitatie.themas.models import Thema
from visitatie.visitaties.models import Visitatie

TABLES = (Dienst, Ronde, KernstukType, Thema, Visitatie, User)


def _counts(session) -> dict:
    return {model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in TABLES}


def _run(app, *args):
    result = app.test_cli_runner().invoke(args=list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_seed_loads_ronde_1_with_its_28_visits(app, session):
    output = _run(app, "seed")
    assert "28 × visitatie toegevoegd" in output
    ronde_1 = session.scalars(select(Ronde).where(Ronde.nummer == 1)).one()
    assert (ronde_1.start_datum, ronde_1.eind_datum) == (date(2022, 10, 1), date(2024, 12, 31))
    visits = session.scalars(select(Visitatie).where(Visitatie.ronde_id == ronde_1.id)
                             .order_by(Visitatie.eerste_bezoekdag)).all()
    assert len(visits) == 28
    assert all(v.is_historisch and v.state == "vastgesteld" for v in visits)
    first, last = visits[0], visits[-1]
    assert first.dienst.naam == "Omgevingsdienst Flevoland, Gooi & Vechtstreek"
    assert (first.eerste_bezoekdag, first.tweede_bezoekdag) == (date(2022, 10, 17),
                                                                date(2022, 10, 18))
    assert last.dienst.naam == "Omgevingsdienst Groningen"
    assert last.tweede_bezoekdag == date(2024, 12, 18)


def test_seed_records_the_utrecht_merger(app, session):
    _run(app, "seed")
    diensten = {d.slug: d for d in session.scalars(select(Dienst))}
    odu = diensten["odu"]
    assert odu.geldig_van == date(2026, 1, 1)
    assert {d.slug for d in odu.voorgangers} == {"odru", "rud-utrecht"}
    assert diensten["odru"].geldig_tot == date(2025, 12, 31)
    assert not diensten["odru"].is_geldig_op(date(2026, 1, 1))


def test_seed_loads_the_rode_draden_theme_tree_per_ronde(app, session):
    _run(app, "seed")
    ronde_1 = session.scalars(select(Ronde).where(Ronde.nummer == 1)).one()
    themas = {t.code: t for t in session.scalars(
        select(Thema).where(Thema.codeboek.has(ronde_id=ronde_1.id)))}
    assert themas["2"].naam == "Bestuurlijk-ambtelijk samenspel"
    assert themas["5.3"].naam == "LHSO" and themas["5.3"].parent.code == "5"
    assert [c.code for c in themas["4"].children][:2] == ["4.1", "4.2"]
    assert len(themas) == 34


def test_seed_loads_the_kernstukken_checklist(app, session):
    _run(app, "seed")
    ronde_2 = session.scalars(select(Ronde).where(Ronde.nummer == 2)).one()
    types = {k.code: k for k in ronde_2.kernstuk_types}
    assert types["zelfevaluatie"].is_verplicht
    assert types["robuustheid_zelfevaluatie"].is_verplicht
    assert not types["begroting"].is_verplicht
    assert "verbeterplan_vorige_ronde" in types


def test_seed_twice_adds_and_changes_nothing(app, session):
    _run(app, "seed")
    thema = session.scalars(select(Thema).where(Thema.code == "2")).first()
    thema.naam = "Hernoemd door de beheerder"
    session.commit()
    before = _counts(session)
    output = _run(app, "seed")
    assert "niets toegevoegd" in output
    assert _counts(session) == before
    session.expire_all()
    assert session.get(Thema, thema.id).naam == "Hernoemd door de beheerder"


def test_demo_creates_logins_and_visitaties_in_several_states_and_is_repeatable(
        app, client, session):
    """One demo load (it is the slow part), then everything about it."""
    output = _run(app, "demo")
    for role in ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris",
                 "directeur", "contactpersoon", "klankbord", "auteur"):
        assert f"{role}@demo.visitatie.nl" in output
    ronde_2 = session.scalars(select(Ronde).where(Ronde.nummer == 2)).one()
    states = set(session.scalars(select(Visitatie.state).where(
        Visitatie.ronde_id == ronde_2.id)))
    assert {"gepland", "voorbereiding", "bezoek", "wederhoor"} <= states
    assert len(states) >= 5
    db.session.commit()
    response = client.post("/inloggen", data={"email": "secretaris@demo.visitatie.nl",
                                              "wachtwoord": "visitatie-demo"})
    assert response.status_code == 302
    before = _counts(session)
    assert "Demodata was al geladen." in _run(app, "demo")
    assert _counts(session) == before


def test_demo_leaves_uncoded_findings_only_in_reports_being_written(app, session):
    _run(app, "demo")
    uncoded_states = set(session.scalars(
        select(Visitatie.state).join(Bevinding, Bevinding.visitatie_id == Visitatie.id)
        .where(~Bevinding.themas.any())))
    assert uncoded_states == {"bezoek", "concept_rapport"}


def test_demo_story_moves_with_the_day_it_is_loaded(app, session):
    """Upcoming visits lie ahead and nothing has happened yet in the future, on any day."""
    _run(app, "demo")
    ronde_2 = session.scalars(select(Ronde).where(Ronde.nummer == 2)).one()
    planned = dict(session.execute(select(Visitatie.state, Visitatie.eerste_bezoekdag).where(
        Visitatie.ronde_id == ronde_2.id, Visitatie.state.in_(("voorbereiding",
                                                               "kernstukken_ingediend")))).all())
    assert planned["voorbereiding"] > local_today()
    assert planned["kernstukken_ingediend"] > local_today()
    latest = session.scalar(select(func.max(AuditEvent.at)))
    assert latest <= utcnow()


def test_demo_scale_adds_invented_rondes(app, session):
    _run(app, "demo", "--scale", "3")
    demo_rondes = session.scalars(select(Ronde).where(Ronde.nummer > 100)).all()
    assert [r.naam for r in demo_rondes] == ["Demoronde 1 (verzonnen)",
                                            "Demoronde 2 (verzonnen)"]
    per_ronde = session.scalar(select(func.count(Visitatie.id)).where(
        Visitatie.ronde_id == demo_rondes[0].id))
    assert per_ronde == 27  # the diensten that exist now (ODU replaced ODRU and RUD Utrecht)


def test_create_user_command_makes_a_beheerder(app, session):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-user", "--email", "Nieuw@ODNL.nl", "--naam", "Nieuw"],
                           input="een-lang-wachtwoord\neen-lang-wachtwoord\n")
    assert result.exit_code == 0, result.output
    user = session.scalars(select(User).where(User.email == "nieuw@odnl.nl")).one()
    assert [r.rol for r in user.roles] == ["beheerder"]


def test_create_user_command_refuses_a_short_password(app, session):
    result = app.test_cli_runner().invoke(
        args=["create-user", "--email", "a@b.nl", "--naam", "A"], input="kort\nkort\n")
    assert result.exit_code != 0 and "minstens 12 tekens" in result.output
