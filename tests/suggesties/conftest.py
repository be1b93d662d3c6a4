import pytest

from tests.bevindingen.factories import make_bevinding, make_codeboek
from visitatie.themas.suggestie_queries import forget_models

# Coded findings to learn from: eight clear texts for each of three themes.
TRAINING = {
    "4.1": [
        "Het Openbaar Ministerie koppelt niet terug over de processen-verbaal.",
        "Politie en Functioneel Parket pakken milieuzaken traag op.",
        "Strafrechtelijke opvolging van overtredingen blijft uit.",
        "Er zijn te weinig BOA's om strafzaken voor te bereiden.",
        "Afspraken met het OM over strafbeschikkingen ontbreken.",
        "De strafrechtketen met politie en OM werkt moeizaam.",
        "Processen-verbaal blijven bij het Openbaar Ministerie liggen.",
        "Maak afspraken met politie en OM over de strafrechtelijke aanpak.",
    ],
    "4.6": [
        "De veiligheidsregio en de brandweer werken goed samen bij incidenten.",
        "Met de veiligheidsregio wordt crisisbeheersing samen geoefend.",
        "De brandweer adviseert over externe veiligheid.",
        "De veiligheidsregio is snel betrokken bij branden en incidenten.",
        "Samen met de brandweer worden risicovolle bedrijven bezocht.",
        "De crisisorganisatie van de veiligheidsregio kent de dienst goed.",
        "Oefen vaker met de veiligheidsregio voor milieu-incidenten.",
        "De brandweer en de dienst delen informatie bij calamiteiten.",
    ],
    "2": [
        "Het algemeen bestuur spreekt vooral over geld en begroting.",
        "De rol van eigenaar en opdrachtgever is in het bestuur onduidelijk.",
        "Bestuurders proberen invloed uit te oefenen op adviezen.",
        "Het bestuur vertrouwt de directeur en geeft ruimte.",
        "Maak spelregels in het bestuur over eigenaarsrol en opdrachtgeversrol.",
        "De verhouding tussen bestuur en directie is gespannen.",
        "Het dagelijks bestuur agendeert de toekomst van de dienst niet.",
        "Bestuurders en directie verschillen van mening over de koers.",
    ],
}
OBVIOUS = {
    "4.1": "Het OM geeft geen terugkoppeling over processen-verbaal en strafzaken.",
    "4.6": "De brandweer en de veiligheidsregio oefenen samen voor incidenten.",
    "2": "In het bestuur is de rol van eigenaar en opdrachtgever niet helder.",
}


@pytest.fixture(autouse=True)
def _fresh_models():
    """Each test trains its own model (ids may repeat between rolled-back tests)."""
    forget_models()
    yield
    forget_models()


@pytest.fixture()
def themas(session, world):
    found = make_codeboek(session, world.ronde)
    session.commit()
    return found


@pytest.fixture()
def coded(session, world, themas):
    """24 coded findings in the other dienst's visitatie of the same ronde."""
    rows = [make_bevinding(session, world.other_visitatie, "bevinding", tekst, [themas[code]])
            for code, teksten in TRAINING.items() for tekst in teksten]
    session.commit()
    return rows


def uncoded(session, visitatie, tekst, type="bevinding", nummer=None):
    """An uncoded finding (no theme yet); an aanbeveling needs its `nummer`."""
    bevinding = make_bevinding(session, visitatie, type, tekst, [], nummer=nummer,
                               rapport_sectie="Conclusie")
    session.commit()
    return bevinding
