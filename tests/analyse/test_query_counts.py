"""The matrix, the drill-down and the exports run a fixed number of statements (under 15)."""
import pytest

from tests.analyse.factories import make_coded_ronde
from tests.factories import make_dienst, make_visitatie
from tests.query_counter import count_queries
from visitatie.bevindingen.models import Bevinding, BevindingThema

PAGES = ["/rode-draden/analyse/{ronde}", "/rode-draden/analyse/{ronde}?type=aanbeveling",
         "/rode-draden/analyse/{ronde}/thema/{thema}",
         "/rode-draden/analyse/{ronde}/thema/{thema}?provincie=Utrecht",
         "/rode-draden/analyse/", "/rode-draden/analyse/{ronde}/export.xlsx",
         "/rode-draden/analyse/{ronde}/export.csv"]


def _grow(session, coded, diensten: int, per_visitatie: int) -> None:
    """Add diensten with coded findings on several themes to the ronde and the previous one.

    Past 500 findings on purpose: a selectin load would take one more statement there.
    """
    t = coded.themas
    for i in range(diensten):
        dienst = make_dienst(session, provincie="Utrecht")
        for ronde, themas in ((coded.ronde, t), (coded.vorige_ronde, coded.vorige_themas)):
            visitatie = make_visitatie(session, ronde, dienst)
            session.add_all(_findings(visitatie, themas, per_visitatie))
    session.commit()


def _findings(visitatie, themas, count: int) -> list[Bevinding]:
    codes = (["4.1", "4"], ["4.6", "7.5", "2"], ["4"], ["7"])
    findings = []
    for n in range(1, count + 1):
        type_ = ("bevinding", "aanbeveling", "sterk_punt")[n % 3]
        finding = Bevinding(visitatie_id=visitatie.id, type=type_, tekst=f"Tekst {n}.",
                            nummer=n if type_ == "aanbeveling" else None)
        finding.themas = [BevindingThema(thema_id=themas[c].id) for c in codes[n % 4]]
        findings.append(finding)
    return findings


def _statements(app, session, client, url) -> int:
    session.remove()  # a fresh session, as a real request gets
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get(url).status_code == 200
    return len(statements)


@pytest.mark.parametrize("page", PAGES)
def test_statement_count_does_not_grow_with_the_data(app, session, world, login, beheerder,
                                                     page):
    coded = make_coded_ronde(session, world)
    url = page.format(ronde=coded.ronde.id, thema=coded.themas["4"].id)
    client = login(beheerder)
    small = _statements(app, session, client, url)
    _grow(session, coded, diensten=30, per_visitatie=20)
    large = _statements(app, session, client, url)
    assert large <= small, f"{url}: {small} statements before, {large} after growing"
    assert large < 15, f"{url}: {large} statements"


def test_the_matrix_reads_each_codebook_once(app, session, world, login, beheerder):
    coded = make_coded_ronde(session, world)
    client = login(beheerder)
    session.remove()
    with count_queries(app.extensions["database_engine"]) as statements:
        assert client.get(f"/rode-draden/analyse/{coded.ronde.id}").status_code == 200
    codebook_reads = [s for s in statements if "max(codeboek.versie)" in s.lower()]
    # this ronde's codebook (filter choices and matrix rows) and the previous ronde's
    assert len(codebook_reads) == 2, statements
    assert len(statements) == 11, statements
