"""A world full of confidential things, each with a unique marker, for the confidentiality tests.

A visitatie in EVERY state, each with interview notes, named interviewees, a kernstuk, a
bevinding, a concept report version with a committee comment, a wederhoor correction and an
unpublished verbeterplan; plus a Rode draden concept with a klankbord comment. The world's
own visitatie (whose directeur can publish) is the one in `vastgesteld`: its definitive
report carries PUBLIC_TEXT and nothing secret, so publishing it must show exactly that.
"""
from datetime import time

from tests.bevindingen.factories import make_bevinding, make_codeboek, set_state
from tests.documenten.factories import make_report
from tests.factories import make_dienst, make_visitatie
from tests.gesprekken.factories import make_gesprek, make_notitie
from tests.kernstukken.factories import make_kernstuk_type
from tests.verbeterplannen.factories import make_actie, make_plan
from visitatie.kernstukken.models import KernstukDocument
from visitatie.rapporten.models import SectieCommentaar
from visitatie.synthese.models import KlankbordOpmerking, Synthese, SyntheseSectie
from visitatie.wederhoor.models import WederhoorCorrectie
from workflows.visitatie import VisitatieState

PREFIX = "GEHEIM"
PUBLIC_TEXT = "PUBLIEKE-RAPPORTTEKST-V1"
CORRECTED_TEXT = "GECORRIGEERDE-RAPPORTTEKST-V2"
PUBLISHED_STATE = "vastgesteld"   # the world's visitatie: ready to be published
KINDS = ("notitie", "geinterviewde", "kernstuk", "bevinding", "concept", "commentaar",
         "wederhoor", "plan", "actie")


def marker(kind: str, state: str) -> str:
    return f"{PREFIX}-{kind.upper()}-{state.upper()}"


def all_markers() -> list[str]:
    found = [marker(kind, s.value) for s in VisitatieState for kind in KINDS]
    return found + [marker(k, "synthese") for k in ("titel", "inleiding", "sectie", "klankbord")]


def build(session, world) -> dict:
    """Make the confidential world; return {state: visitatie}."""
    themas = make_codeboek(session, world.ronde)
    kernstuk_type = make_kernstuk_type(session, world.ronde, "ZE", "Zelfevaluatie")
    visitaties = {}
    for index, state in enumerate(s.value for s in VisitatieState):
        visitatie = (world.visitatie if state == PUBLISHED_STATE else make_visitatie(
            session, world.ronde, make_dienst(session, f"Omgevingsdienst Fase {index}")))
        _fill(session, world, visitatie, state, themas, kernstuk_type)
        set_state(session, visitatie, state)
        visitaties[state] = visitatie
    _rode_draden_concept(session, world, list(visitaties.values()))
    session.commit()
    return visitaties


def _fill(session, world, visitatie, state, themas, kernstuk_type) -> None:
    users = world.users
    gesprek = make_gesprek(session, visitatie, start=time(9), eind=time(10),
                           deelnemers=((marker("geinterviewde", state), "teamleider", "dienst"),))
    make_notitie(session, gesprek, users["commissielid"], marker("notitie", state))
    session.add(KernstukDocument(
        visitatie_id=visitatie.id, kernstuk_type_id=kernstuk_type.id, versie=1,
        bestandsnaam=f"{marker('kernstuk', state)}.pdf", opslagnaam=f"k{visitatie.id:063d}",
        sha256="0" * 64, grootte=10, mime_type="application/pdf"))
    aanbeveling = make_bevinding(session, visitatie, "aanbeveling", marker("bevinding", state),
                                 [themas["2"]], users["secretaris"], nummer=1)
    concept = make_report(session, visitatie, status="goedgekeurd", nummer=1, sections=(
        ("inleiding", "Inleiding", f"Conceptversie: {marker('concept', state)}"),))
    session.add(SectieCommentaar(sectie_id=concept.secties[0].id, auteur_id=users["voorzitter"].id,
                                 tekst=marker("commentaar", state)))
    session.add(WederhoorCorrectie(visitatie_id=visitatie.id, sectie_id=concept.secties[0].id,
                                   auteur_id=users["directeur"].id,
                                   tekst=marker("wederhoor", state)))
    if state == PUBLISHED_STATE:
        make_report(session, visitatie, status="definitief", nummer=2, sections=(
            ("inleiding", "Inleiding", f"Het definitieve rapport. {PUBLIC_TEXT}"),))
    session.commit()
    plan = make_plan(session, visitatie, state="concept")
    plan.toelichting = marker("plan", state)
    make_actie(session, plan, [aanbeveling], titel=marker("actie", state))


def _rode_draden_concept(session, world, visitaties) -> None:
    synthese = Synthese(ronde_id=world.ronde.id, titel=marker("titel", "synthese"),
                        slug="rode-draden-concept-test", inleiding=marker("inleiding", "synthese"),
                        created_by_id=world.users["auteur"].id, visitaties=visitaties)
    sectie = SyntheseSectie(titel="Governance", tekst=f"<p>{marker('sectie', 'synthese')}</p>",
                            volgorde=1)
    synthese.secties = [sectie]
    session.add(synthese)
    session.flush()
    session.add(KlankbordOpmerking(sectie_id=sectie.id, klankbord_ronde=1,
                                   auteur_id=world.users["klankbord"].id,
                                   tekst=marker("klankbord", "synthese")))
