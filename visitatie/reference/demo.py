"""A coherent demo data set: one account per role and visitaties in several states.

Everything made here is invented and labelled so (names start with "Demo"); the diensten,
rondes and visit dates of ronde 1 it builds on are the real reference data.
`scale` > 1 adds (scale - 1) invented demo rondes of 28 visitaties each, for benchmarks.
"""
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select

from visitatie.audit.operations import record_event
from visitatie.auth import operations as auth_ops
from visitatie.auth.models import User
from visitatie.auth.passwords import hash_password
from visitatie.auth.roles import Rol
from visitatie.core.dates import add_working_days, local_today, utcnow
from visitatie.bevindingen.models import Bevinding, BevindingThema, BevindingType
from visitatie.diensten.models import Dienst
from visitatie.gesprekken.demo import add_demo_gesprekken
from visitatie.kernstukken.demo import add_demo_kernstukken
from visitatie.kernstukken.operations import accept_open_documents
from visitatie.rapporten.demo import add_demo_report
from visitatie.publicaties.operations import publish_report
from visitatie.rapporten.operations import finalize_report
from visitatie.reference.demo_texts import DEMO_FINDINGS
from visitatie.verbeterplannen.demo import add_demo_plan
from visitatie.verbeterplannen.opvolging_demo import add_demo_opvolging
from visitatie.verbeterplannen.voortgang_demo import add_demo_voortgang
from visitatie.wederhoor.demo import add_demo_wederhoor
from visitatie.rondes.models import Ronde
from visitatie.synthese.demo import add_demo_synthese
from visitatie.themas.models import Codeboek, CodeWijziging, Thema
from visitatie.visitaties.models import Visitatie
from workflows.verbeterplan import PlanState
from workflows.visitatie import ORDER, VisitatieState

DEMO_PASSWORD = "visitatie-demo"
DEMO_DOMAIN = "demo.visitatie.nl"


@dataclass(frozen=True)
class DemoAccount:
    key: str
    naam: str
    functie: str
    rol: Rol
    dienst_slug: str | None = None   # where the person works


ACCOUNTS = [
    DemoAccount("beheerder", "Demo Beheerder", "Programmamanager visitaties ODNL", Rol.BEHEERDER),
    DemoAccount("bestuur", "Demo Bestuurslid", "Bestuurslid Omgevingsdienst NL", Rol.BESTUUR),
    DemoAccount("voorzitter", "Demo Voorzitter", "Onafhankelijk voorzitter", Rol.VOORZITTER),
    DemoAccount("commissielid", "Demo Commissielid", "Directeur", Rol.COMMISSIELID, "odzob"),
    DemoAccount("secretaris", "Demo Secretaris", "Secretaris/rapporteur", Rol.SECRETARIS),
    DemoAccount("directeur", "Demo Directeur", "Directeur", Rol.DIRECTEUR, "odt"),
    DemoAccount("contactpersoon", "Demo Contactpersoon", "Kwaliteitsadviseur",
                Rol.CONTACTPERSOON, "odt"),
    DemoAccount("klankbord", "Demo Klankbordlid", "Strategisch adviseur", Rol.KLANKBORD, "odh"),
    DemoAccount("auteur", "Demo Auteur", "Voorzitter en auteur van de Rode draden", Rol.AUTEUR),
]

# Ronde 2 demo visitaties: (dienst slug, state, first visit day or None).
RONDE_2_VISITS = [
    ("odnzkg", VisitatieState.GEPUBLICEERD, date(2025, 3, 4)),
    ("omwb", VisitatieState.VASTGESTELD, date(2025, 6, 10)),
    ("ofgv", VisitatieState.WEDERHOOR, date(2025, 10, 14)),
    ("odt", VisitatieState.CONCEPT_RAPPORT, date(2026, 9, 22)),
    ("odv", VisitatieState.BEZOEK, date(2026, 11, 17)),
    ("odbn", VisitatieState.KERNSTUKKEN_INGEDIEND, date(2026, 12, 8)),
    ("odh", VisitatieState.VOORBEREIDING, date(2027, 1, 26)),
    ("fumo", VisitatieState.GEPLAND, None),
]
# Further ronde 2 visits that are done (reports adopted), so the Rode draden of ronde 2 has
# material: these diensten, every six weeks from the first date below. (Groningen and
# IJsselland stay free for the browser journeys, which plan their ronde 2 visit.)
RONDE_2_DONE = ("dcmr", "oda", "od-ijmond", "odmh", "od-nhn", "odra", "odrn", "odr", "ovij",
                "odwh", "ozhz", "rud-drenthe")
RONDE_2_DONE_FROM = date(2025, 1, 14)
# The story above was written in the week of 24 November 2026. Its dates move along, in whole
# weeks, with the day `flask demo` runs, so that a visit that is "in two weeks" in the story
# stays two weeks ahead whenever the demo is loaded (and weekdays stay weekdays).
STORY_WEEK = date(2026, 11, 24)
FINDINGS_PER_VISITATIE = 40
UNCODED_SHARE = 3          # in reports still being written, every third finding is uncoded


def email_for(key: str) -> str:
    """Return the demo address of an account key."""
    return f"{key}@{DEMO_DOMAIN}"


def demo_is_loaded(session) -> bool:
    """Return whether the demo accounts exist."""
    return auth_ops.find_user_by_email(session, email_for("beheerder")) is not None


def load_demo(session, scale: int = 1) -> list[DemoAccount]:
    """Create the demo set (once); return the accounts, whose password is DEMO_PASSWORD."""
    rng = random.Random(20261122)
    if not demo_is_loaded(session):
        diensten = {d.slug: d for d in session.scalars(select(Dienst))}
        users = _create_accounts(session, diensten)
        ronde = session.scalars(select(Ronde).where(Ronde.nummer == 2)).one()
        shift = story_shift()
        for slug, state, first_day in RONDE_2_VISITS + _done_ronde_2_visits():
            visitatie = _create_visitatie(session, users, ronde, diensten[slug],
                                          first_day and first_day + shift)
            _advance(session, users, visitatie, state, rng)
        session.flush()
        add_demo_synthese(session, users, ronde)
    _load_scale(session, scale, rng)
    session.flush()
    return ACCOUNTS


def story_shift() -> timedelta:
    """Return the whole weeks from the story's week to the week the demo is loaded in."""
    return timedelta(weeks=(local_today() - STORY_WEEK).days // 7)


def _done_ronde_2_visits() -> list:
    """(slug, state, first day) of the RONDE_2_DONE visits: published in 2025, else adopted."""
    visits = []
    for index, slug in enumerate(RONDE_2_DONE):
        day = RONDE_2_DONE_FROM + timedelta(weeks=6 * index)
        state = VisitatieState.GEPUBLICEERD if day.year == 2025 else VisitatieState.VASTGESTELD
        visits.append((slug, state, day))
    return visits


def _create_accounts(session, diensten) -> dict[str, User]:
    users = {}
    beheerder = None
    for account in ACCOUNTS:
        dienst = diensten[account.dienst_slug] if account.dienst_slug else None
        user = auth_ops.create_user(session, beheerder, email=email_for(account.key),
                                    naam=account.naam, functie=account.functie,
                                    dienst_id=dienst.id if dienst else None, invite=False)
        user.password_hash = hash_password(DEMO_PASSWORD)
        users[account.key] = user
        beheerder = beheerder or user
        if account.rol in (Rol.BEHEERDER, Rol.BESTUUR):
            auth_ops.assign_role(session, beheerder, user, account.rol)
        elif account.rol in (Rol.DIRECTEUR, Rol.CONTACTPERSOON):
            auth_ops.assign_role(session, beheerder, user, account.rol, dienst_id=dienst.id)
    ronde_2 = session.scalars(select(Ronde).where(Ronde.nummer == 2)).one()
    for key, rol in (("klankbord", Rol.KLANKBORD), ("auteur", Rol.AUTEUR)):
        auth_ops.assign_role(session, beheerder, users[key], rol, ronde_id=ronde_2.id)
    return users


def _create_visitatie(session, users, ronde, dienst, first_day) -> Visitatie:
    visitatie = Visitatie(ronde_id=ronde.id, dienst_id=dienst.id,
                          state=VisitatieState.GEPLAND.value)
    if first_day:
        visitatie.eerste_bezoekdag = first_day
        visitatie.tweede_bezoekdag = first_day + timedelta(days=1)
    session.add(visitatie)
    session.flush()
    created = record_event(session, users["beheerder"], "visitatie_aangemaakt", visitatie,
                           to_state=VisitatieState.GEPLAND.value)
    created.at = _start_moment(visitatie)
    if first_day:
        _compose_committee(session, users, visitatie)
    return visitatie


def _compose_committee(session, users, visitatie) -> None:
    beheerder = users["beheerder"]
    auth_ops.assign_role(session, beheerder, users["voorzitter"], Rol.VOORZITTER,
                         visitatie=visitatie)
    auth_ops.assign_role(session, beheerder, users["secretaris"], Rol.SECRETARIS,
                         visitatie=visitatie)
    if users["commissielid"].dienst_id != visitatie.dienst_id:
        auth_ops.assign_role(session, beheerder, users["commissielid"], Rol.COMMISSIELID,
                             visitatie=visitatie)


def _advance(session, users, visitatie: Visitatie, target: VisitatieState, rng) -> None:
    """Walk the visitatie up to `target`, leaving the audit trail a real run would."""
    actor = users.get("secretaris") or users["beheerder"]
    moment = _start_moment(visitatie)
    coded = ORDER.index(target) > ORDER.index(VisitatieState.CONCEPT_RAPPORT)
    latest = utcnow() - timedelta(hours=1)  # a step of the story is never in the future
    for state in ORDER[1:ORDER.index(target) + 1]:
        moment = min(moment + timedelta(days=rng.randint(7, 21)), latest)
        record_event(session, actor, "fase_gewijzigd", visitatie,
                     from_state=visitatie.state, to_state=state.value).at = moment
        _enter_state(visitatie, state, moment)
        _work_done_in(session, users, visitatie, state, beyond=state != target, rng=rng,
                      coded=coded)
    _follow_up(session, users, visitatie, target, rng)


def _follow_up(session, users, visitatie, target, rng) -> None:
    """Give adopted reports their verbeterplan: submitted, or in uitvoering with progress."""
    if target not in (VisitatieState.VASTGESTELD, VisitatieState.GEPUBLICEERD):
        return
    directeur = _directeur_of(session, users, visitatie)
    in_uitvoering = target == VisitatieState.GEPUBLICEERD
    plan = add_demo_plan(session, visitatie, directeur, users["beheerder"],
                         PlanState.IN_UITVOERING if in_uitvoering else PlanState.INGEDIEND, rng)
    if in_uitvoering:
        add_demo_voortgang(session, plan, directeur, 1, rng)


def _work_done_in(session, users, visitatie, state, beyond: bool, rng, coded: bool) -> None:
    """Add what people produce in `state`: kernstukken, gesprekken, report, wederhoor."""
    secretaris, voorzitter = users["secretaris"], users["voorzitter"]
    if state == VisitatieState.KERNSTUKKEN_INGEDIEND:
        add_demo_kernstukken(session, visitatie, _directeur_of(session, users, visitatie), rng)
    elif state == VisitatieState.BEZOEK:
        accept_open_documents(session, secretaris, visitatie)
        add_demo_gesprekken(session, visitatie, secretaris, rng, held=beyond)
        _add_findings(session, secretaris, visitatie, rng, coded)
        add_demo_opvolging(session, visitatie, secretaris, rng)
    elif state == VisitatieState.CONCEPT_RAPPORT:
        add_demo_report(session, visitatie, secretaris, voorzitter, approved=beyond)
    elif state == VisitatieState.WEDERHOOR:
        add_demo_wederhoor(session, visitatie, _directeur_of(session, users, visitatie),
                           secretaris, submitted=beyond)
    elif state == VisitatieState.VASTGESTELD:
        finalize_report(session, voorzitter, visitatie)
    elif state == VisitatieState.GEPUBLICEERD:
        publish_report(session, users["beheerder"], visitatie,  # as the transition does
                       at=visitatie.gepubliceerd_at)


def _directeur_of(session, users, visitatie) -> User:
    """Return the demo directeur of the visited dienst, creating one without a login."""
    demo_directeur = users["directeur"]
    if demo_directeur.dienst_id == visitatie.dienst_id:
        return demo_directeur
    email = email_for(f"directeur.{visitatie.dienst.slug}")
    existing = auth_ops.find_user_by_email(session, email)
    if existing:
        return existing
    user = auth_ops.create_user(session, users["beheerder"], email=email,
                                naam=f"Demo Directeur {visitatie.dienst.korte_naam}",
                                functie="Directeur", dienst_id=visitatie.dienst_id, invite=False)
    auth_ops.assign_role(session, users["beheerder"], user, Rol.DIRECTEUR,
                         dienst_id=visitatie.dienst_id)
    return user


def _enter_state(visitatie: Visitatie, state: VisitatieState, moment: datetime) -> None:
    """Set the state and the columns that belong to it, as the real transitions do."""
    visitatie.state, visitatie.state_changed_at = state.value, moment
    if state == VisitatieState.WEDERHOOR:
        visitatie.wederhoor_deadline = add_working_days(moment.date(), 15)
        visitatie.wederhoor_versie_nummer = 1
    elif state == VisitatieState.VASTGESTELD:
        visitatie.vastgesteld_at = moment
    elif state == VisitatieState.GEPUBLICEERD:
        visitatie.db_behandeld_op = visitatie.ab_behandeld_op = moment.date()
        visitatie.gepubliceerd_at = moment


def _start_moment(visitatie: Visitatie) -> datetime:
    day = visitatie.eerste_bezoekdag or date(2026, 10, 5) + story_shift()
    start = datetime.combine(day, time(9), tzinfo=timezone.utc) - timedelta(days=60)
    return min(start, utcnow() - timedelta(days=1))  # created before today, never after


def _add_findings(session, author, visitatie: Visitatie, rng, coded: bool) -> None:
    """Findings from the invented texts; in reports still being written some are uncoded."""
    themas = _themas_by_code(session, visitatie.ronde_id)
    count = min(FINDINGS_PER_VISITATIE, len(DEMO_FINDINGS))
    number, bevindingen = 0, []
    for index, (tekst, kind, codes) in enumerate(rng.sample(DEMO_FINDINGS, count)):
        is_aanbeveling = kind == BevindingType.AANBEVELING
        number += is_aanbeveling
        bevinding = Bevinding(visitatie_id=visitatie.id, type=kind.value, tekst=tekst,
                              nummer=number if is_aanbeveling else None,
                              rapport_sectie=themas[codes[0]].naam, created_by_id=author.id)
        if coded or index % UNCODED_SHARE:
            bevinding.themas = [BevindingThema(thema_id=themas[c].id, gecodeerd_door_id=author.id)
                                for c in codes]
        bevindingen.append(bevinding)
    session.add_all(bevindingen)
    session.flush()
    session.add_all(CodeWijziging(bevinding_id=b.id, thema_id=code.thema_id, soort="toegekend",
                                  bron="handmatig", door_id=author.id)
                    for b in bevindingen for code in b.themas)


def _themas_by_code(session, ronde_id: int) -> dict[str, Thema]:
    stmt = select(Thema).join(Codeboek).where(Codeboek.ronde_id == ronde_id)
    return {t.code: t for t in session.scalars(stmt)}


def _load_scale(session, scale: int, rng) -> None:
    existing = {r.nummer for r in session.scalars(select(Ronde))}
    users = {a.key: auth_ops.find_user_by_email(session, email_for(a.key)) for a in ACCOUNTS}
    for extra in range(1, scale):
        nummer = 100 + extra
        if nummer not in existing:
            _create_demo_ronde(session, users, nummer, rng)


def _create_demo_ronde(session, users, nummer: int, rng) -> None:
    from visitatie.reference.seed import seed_codeboek_for

    start = date(2026 + 2 * (nummer - 100), 1, 1)
    ronde = Ronde(nummer=nummer, naam=f"Demoronde {nummer - 100} (verzonnen)",
                  start_datum=start, eind_datum=start + timedelta(days=729))
    session.add(ronde)
    session.flush()
    seed_codeboek_for(session, ronde)
    diensten = session.scalars(select(Dienst).where(Dienst.geldig_tot.is_(None))
                               .order_by(Dienst.naam)).all()
    for index, dienst in enumerate(diensten):
        visitatie = _create_visitatie(session, users, ronde, dienst,
                                      start + timedelta(days=14 * index))
        _advance(session, users, visitatie, rng.choice(ORDER), rng)
