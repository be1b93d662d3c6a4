"""Build test data through the real models and operations."""
import itertools
from dataclasses import dataclass, field
from datetime import date

from visitatie.auth import operations as auth_ops
from visitatie.auth.models import User
from visitatie.auth.passwords import hash_password
from visitatie.auth.roles import Rol
from visitatie.diensten.models import Dienst, DienstProvincie
from visitatie.rondes.models import Ronde
from visitatie.visitaties.models import Visitatie

TEST_PASSWORD = "correct-paard-batterij"
ROLE_KEYS = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris",
             "directeur", "contactpersoon", "klankbord", "auteur", "directeur_elders")
_counter = itertools.count(1)


def make_dienst(session, naam: str | None = None, provincie: str = "Utrecht") -> Dienst:
    n = next(_counter)
    dienst = Dienst(slug=f"dienst-{n}", naam=naam or f"Testdienst {n}", korte_naam=f"TD{n}")
    dienst.provincies = [DienstProvincie(provincie=provincie)]
    session.add(dienst)
    session.flush()
    return dienst


def make_ronde(session, nummer: int | None = None) -> Ronde:
    nummer = nummer or 500 + next(_counter)
    ronde = Ronde(nummer=nummer, naam=f"Testronde {nummer}", start_datum=date(2025, 1, 1))
    session.add(ronde)
    session.flush()
    return ronde


def make_visitatie(session, ronde: Ronde, dienst: Dienst, state: str = "gepland",
                   first_day: date | None = date(2026, 3, 3)) -> Visitatie:
    visitatie = Visitatie(ronde_id=ronde.id, dienst_id=dienst.id, state=state)
    if first_day:
        visitatie.eerste_bezoekdag = first_day
        visitatie.tweede_bezoekdag = date.fromordinal(first_day.toordinal() + 1)
    session.add(visitatie)
    session.flush()
    return visitatie


def make_user(session, naam: str | None = None, dienst: Dienst | None = None,
              password: str = TEST_PASSWORD, **fields) -> User:
    n = next(_counter)
    user = User(email=f"gebruiker{n}@test.nl", naam=naam or f"Gebruiker {n}",
                dienst_id=dienst.id if dienst else None,
                password_hash=hash_password(password), **fields)
    session.add(user)
    session.flush()
    return user


@dataclass
class World:
    ronde: Ronde
    dienst: Dienst
    other_dienst: Dienst
    visitatie: Visitatie
    other_visitatie: Visitatie
    users: dict = field(default_factory=dict)


def make_world(session) -> World:
    """A visitatie of one dienst with a full committee, plus another dienst's visitatie."""
    ronde = make_ronde(session)
    dienst, other = make_dienst(session, "Omgevingsdienst Bezocht"), make_dienst(session)
    world = World(ronde, dienst, other, make_visitatie(session, ronde, dienst),
                  make_visitatie(session, ronde, other, first_day=date(2026, 5, 5)))
    _add_users(session, world)
    session.commit()
    return world


def _add_users(session, world: World) -> None:
    people = {
        "beheerder": (None, Rol.BEHEERDER, {}),
        "bestuur": (None, Rol.BESTUUR, {}),
        "voorzitter": (None, Rol.VOORZITTER, {"visitatie": world.visitatie}),
        "commissielid": (world.other_dienst, Rol.COMMISSIELID, {"visitatie": world.visitatie}),
        "secretaris": (None, Rol.SECRETARIS, {"visitatie": world.visitatie}),
        "directeur": (world.dienst, Rol.DIRECTEUR, {"dienst_id": world.dienst.id}),
        "contactpersoon": (world.dienst, Rol.CONTACTPERSOON, {"dienst_id": world.dienst.id}),
        "klankbord": (None, Rol.KLANKBORD, {"ronde_id": world.ronde.id}),
        "auteur": (None, Rol.AUTEUR, {"ronde_id": world.ronde.id}),
        "directeur_elders": (world.other_dienst, Rol.DIRECTEUR,
                             {"dienst_id": world.other_dienst.id}),
    }
    for key, (dienst, rol, scope) in people.items():
        user = make_user(session, naam=f"Test {key}", dienst=dienst)
        auth_ops.assign_role(session, None, user, rol, **scope)
        world.users[key] = user
