"""The secretaris judges each delivered kernstuk: akkoord, or terug with a remark."""
import pytest
from sqlalchemy import select

from tests.kernstukken import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.kernstukken import operations as ops
from visitatie.kernstukken.models import KernstukDocument


@pytest.fixture()
def submitted(session, world, checklist, directeur):
    """Both required types delivered (zelfevaluatie twice), the set submitted."""
    old = f.make_document(session, world.visitatie, checklist.zelfevaluatie, directeur)
    new = f.make_document(session, world.visitatie, checklist.zelfevaluatie, directeur,
                          naam="Zelfevaluatie v2.pdf")
    jaar = f.make_document(session, world.visitatie, checklist.jaarverslagen, directeur)
    f.set_state(session, world.visitatie, "kernstukken_ingediend")
    return old, new, jaar


def _url(world, document):
    return f"/visitaties/{world.visitatie.id}/kernstukken/documenten/{document.id}/beoordelen"


def _reload(session, document):
    session.expire_all()
    return session.get(KernstukDocument, document.id)


def _review_events(session):
    return session.scalars(select(AuditEvent).where(
        AuditEvent.action == "kernstuk_beoordeeld").order_by(AuditEvent.id)).all()


def test_secretaris_marks_a_document_akkoord(login, session, world, submitted, secretaris):
    _, new, _ = submitted
    client = login(secretaris)
    form = client.get(_url(world, new))
    assert form.status_code == 200 and 'name="stand"' in form.text
    response = client.post(_url(world, new), data={"beoordeling": "akkoord", "opmerking": ""})
    assert response.status_code == 302
    document = _reload(session, new)
    assert (document.beoordeling, document.opmerking, document.beoordeeld_by_id) == (
        "akkoord", None, secretaris.id)
    assert document.beoordeeld_at is not None
    [event] = _review_events(session)
    assert (event.actor_id, event.object_id, event.comment) == (secretaris.id, new.id, None)
    assert event.details == {"visitatie_id": world.visitatie.id, "versie": 2, "van": "open",
                             "naar": "akkoord"}


def test_secretaris_sends_a_document_back_with_a_remark(login, session, world, submitted,
                                                        secretaris):
    _, _, jaar = submitted
    response = login(secretaris).post(_url(world, jaar), data={
        "beoordeling": "terug", "opmerking": "  Het jaarverslag 2024 ontbreekt.  "})
    assert response.status_code == 302
    document = _reload(session, jaar)
    assert (document.beoordeling, document.opmerking) == (
        "terug", "Het jaarverslag 2024 ontbreekt.")
    [event] = _review_events(session)
    assert event.comment == "Het jaarverslag 2024 ontbreekt."
    page = login(secretaris).get(f"/visitaties/{world.visitatie.id}/kernstukken/").text
    assert "Het jaarverslag 2024 ontbreekt." in page and "terug naar de dienst" in page


@pytest.mark.parametrize("opmerking", ["", "   "])
def test_terug_without_remark_is_refused(login, session, world, submitted, secretaris,
                                         opmerking):
    _, _, jaar = submitted
    response = login(secretaris).post(_url(world, jaar), data={
        "beoordeling": "terug", "opmerking": opmerking})
    assert response.status_code == 400
    assert "Schrijf bij ‘terug’ een opmerking" in response.text
    assert '<input checked id="beoordeling-1"' in response.text
    assert _reload(session, jaar).beoordeling == "open" and _review_events(session) == []


def test_no_choice_is_refused(login, session, world, submitted, secretaris):
    _, new, _ = submitted
    response = login(secretaris).post(_url(world, new), data={"opmerking": "Prima"})
    assert response.status_code == 400 and "Kies akkoord of terug." in response.text
    assert "Prima</textarea>" in response.text


def test_unknown_choice_is_refused(login, session, world, submitted, secretaris):
    _, new, _ = submitted
    response = login(secretaris).post(_url(world, new), data={"beoordeling": "misschien"})
    assert response.status_code == 400 and "Kies akkoord of terug." in response.text
    assert _reload(session, new).beoordeling == "open"


def test_an_older_version_cannot_be_reviewed(login, session, world, submitted, secretaris):
    old, _, _ = submitted
    client = login(secretaris)
    page = client.get(_url(world, old))
    assert "Alleen de nieuwste versie kan worden beoordeeld." in page.text
    assert 'name="beoordeling"' not in page.text
    response = client.post(_url(world, old), data={"beoordeling": "akkoord"})
    assert response.status_code == 400
    assert "Alleen de nieuwste versie van een kernstuk kan worden beoordeeld." in response.text
    assert _reload(session, old).beoordeling == "open"


def test_a_review_made_meanwhile_is_not_overwritten(login, session, world, submitted,
                                                    secretaris, beheerder):
    _, new, _ = submitted
    client = login(secretaris)
    stale = ops.review_stand(new)
    ops.review_kernstuk(session, secretaris, world.visitatie, new, beoordeling="terug",
                        opmerking="Eerste oordeel")
    session.commit()
    response = client.post(_url(world, new), data={
        "beoordeling": "akkoord", "opmerking": "Mijn oordeel", "stand": stale})
    assert response.status_code == 400
    assert "intussen door iemand anders beoordeeld" in response.text
    assert "Mijn oordeel</textarea>" in response.text
    assert f'value="{ops.review_stand(_reload(session, new))}"' in response.text
    assert _reload(session, new).opmerking == "Eerste oordeel"


def test_the_review_can_be_changed(login, session, world, submitted, secretaris):
    _, new, _ = submitted
    client = login(secretaris)
    client.post(_url(world, new), data={"beoordeling": "terug", "opmerking": "Onvolledig"})
    client.post(_url(world, new), data={"beoordeling": "akkoord", "opmerking": ""})
    assert _reload(session, new).beoordeling == "akkoord"
    assert [e.details["naar"] for e in _review_events(session)] == ["terug", "akkoord"]


@pytest.mark.parametrize("key", ["beheerder", "bestuur", "voorzitter", "commissielid",
                                 "directeur", "contactpersoon", "klankbord",
                                 "directeur_elders"])
def test_only_the_secretaris_may_review(login, session, world, submitted, key):
    _, new, _ = submitted
    client = login(world.users[key])
    assert client.get(_url(world, new)).status_code == 403
    assert client.post(_url(world, new), data={"beoordeling": "akkoord"}).status_code == 403
    assert _reload(session, new).beoordeling == "open"


@pytest.mark.parametrize("state", ["gepland", "voorbereiding", "bezoek"])
def test_review_is_refused_outside_kernstukken_ingediend(login, session, world, submitted,
                                                         secretaris, state):
    _, new, _ = submitted
    f.set_state(session, world.visitatie, state)
    response = login(secretaris).post(_url(world, new), data={"beoordeling": "akkoord"})
    assert response.status_code == 409 and "Beoordelen kan nu niet" in response.text
    assert _reload(session, new).beoordeling == "open"


def test_review_link_only_for_the_secretaris(login, world, submitted, secretaris, voorzitter):
    _, new, _ = submitted
    index = f"/visitaties/{world.visitatie.id}/kernstukken/"
    assert _url(world, new) in login(secretaris).get(index).text
    assert "/beoordelen" not in login(voorzitter).get(index).text


def test_document_of_another_visitatie_is_404(login, session, world, checklist, submitted,
                                              secretaris, directeur_elders):
    foreign = f.make_document(session, world.other_visitatie, checklist.zelfevaluatie,
                              directeur_elders)
    assert login(secretaris).get(_url(world, foreign)).status_code == 404


def test_accept_open_documents_accepts_only_open_newest_versions(session, world, submitted,
                                                                 secretaris):
    old, new, jaar = submitted
    ops.review_kernstuk(session, secretaris, world.visitatie, jaar, beoordeling="terug",
                        opmerking="Aanvullen")
    assert ops.accept_open_documents(session, secretaris, world.visitatie) == 1
    session.commit()
    assert [_reload(session, d).beoordeling for d in (old, new, jaar)] == [
        "open", "akkoord", "terug"]
    events = _review_events(session)
    assert events[-1].object_id == new.id
    assert events[-1].details["bij_accepteren_set"] is True
    assert ops.accept_open_documents(session, secretaris, world.visitatie) == 0


def test_upload_after_sending_back_is_a_new_open_version(login, session, world, submitted,
                                                         secretaris, directeur, checklist):
    _, _, jaar = submitted
    ops.review_kernstuk(session, secretaris, world.visitatie, jaar, beoordeling="terug",
                        opmerking="Aanvullen")
    f.set_state(session, world.visitatie, "voorbereiding")
    response = login(directeur).post(
        f"/visitaties/{world.visitatie.id}/kernstukken/types/{checklist.jaarverslagen.id}"
        "/uploaden", data=f.upload_data(f.pdf_bytes("aangevuld"), "Jaarverslagen.pdf"),
        content_type="multipart/form-data")
    assert response.status_code == 302
    versions = session.scalars(select(KernstukDocument).where(
        KernstukDocument.kernstuk_type_id == checklist.jaarverslagen.id,
        KernstukDocument.visitatie_id == world.visitatie.id)
        .order_by(KernstukDocument.versie)).all()
    assert [(d.versie, d.beoordeling) for d in versions] == [(1, "terug"), (2, "open")]
