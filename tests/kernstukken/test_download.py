"""Kernstukken are seen and downloaded only through a permission-checked view."""
import pytest

from tests.kernstukken import factories as f

VIEWERS = ["voorzitter", "commissielid", "secretaris", "directeur", "contactpersoon",
           "beheerder"]
OUTSIDERS = ["bestuur", "klankbord", "directeur_elders"]


@pytest.fixture()
def document(session, world, checklist, directeur):
    return f.make_document(session, world.visitatie, checklist.zelfevaluatie, directeur,
                           content=f.docx_bytes(), naam="Zelfevaluatie ODBN 2026.docx")


def _download_url(world, document):
    return f"/visitaties/{world.visitatie.id}/kernstukken/documenten/{document.id}/download"


def _index_url(world):
    return f"/visitaties/{world.visitatie.id}/kernstukken/"


@pytest.mark.parametrize("key", VIEWERS)
def test_committee_dienst_and_beheerder_download_as_attachment(login, world, document, key):
    response = login(world.users[key]).get(_download_url(world, document))
    assert response.status_code == 200
    assert response.data == f.docx_bytes()
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert "Zelfevaluatie" in response.headers["Content-Disposition"]
    assert response.mimetype == document.mime_type
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "private" in response.headers["Cache-Control"]
    response.close()


def test_download_name_with_accents_is_encoded(login, session, world, checklist, directeur):
    document = f.make_document(session, world.visitatie, checklist.jaarverslagen, directeur,
                               naam="Jaarverslag één.pdf")
    response = login(directeur).get(_download_url(world, document))
    disposition = response.headers["Content-Disposition"]
    assert "filename*=UTF-8''Jaarverslag%20%C3%A9%C3%A9n.pdf" in disposition
    response.close()


@pytest.mark.parametrize("key", OUTSIDERS)
def test_others_may_not_download_or_see_the_list(login, world, document, key):
    client = login(world.users[key])
    assert client.get(_download_url(world, document)).status_code == 403
    assert client.get(_index_url(world)).status_code == 403


def test_anonymous_is_sent_to_login(client, world, document):
    response = client.get(_download_url(world, document))
    assert response.status_code == 302 and "/inloggen" in response.location


def test_document_of_another_visitatie_is_404(login, session, world, checklist, directeur,
                                               directeur_elders, beheerder):
    foreign = f.make_document(session, world.other_visitatie, checklist.zelfevaluatie,
                              directeur_elders)
    assert login(directeur).get(_download_url(world, foreign)).status_code == 404
    assert login(beheerder).get(_download_url(world, foreign)).status_code == 404
    assert login(beheerder).get(
        f"/visitaties/{world.visitatie.id}/kernstukken/documenten/999999/download"
    ).status_code == 404


def test_missing_file_on_disk_is_404(login, world, document, directeur, upload_folder):
    (upload_folder / document.opslagnaam).unlink()
    assert login(directeur).get(_download_url(world, document)).status_code == 404


@pytest.mark.parametrize("key", VIEWERS)
def test_viewers_see_the_checklist_with_versions(login, session, world, checklist, document,
                                                 contactpersoon, key):
    f.make_document(session, world.visitatie, checklist.zelfevaluatie, contactpersoon,
                    naam="Zelfevaluatie v2.pdf")
    page = login(world.users[key]).get(_index_url(world))
    assert page.status_code == 200
    text = page.text
    headings = text.split("</dl>")[1]
    order = [headings.index(n) for n in ("Zelfevaluatie langs het visitatiekader",
                                         "Jaarverslagen", "Begroting")]
    assert order == sorted(order)
    assert text.index("Zelfevaluatie v2.pdf") < text.index("Zelfevaluatie ODBN 2026.docx")
    assert document.sha256[:12] + "…" in text and f'title="{document.sha256}"' in text
    assert "Test contactpersoon" in text and "Test directeur" in text
    assert "1 van 2 aanwezig; ontbreekt nog: Jaarverslagen" in text
    assert "nog niet beoordeeld" in text and "optioneel" in text
    assert "vervangen door een nieuwere versie" in text


def test_list_shows_upload_links_only_to_the_dienst(login, world, checklist, document,
                                                     directeur, secretaris):
    upload = f"/kernstukken/types/{checklist.jaarverslagen.id}/uploaden"
    assert upload in login(directeur).get(_index_url(world)).text
    assert upload not in login(secretaris).get(_index_url(world)).text


def test_list_hides_upload_links_after_submission(login, session, world, checklist, document,
                                                  directeur):
    f.set_state(session, world.visitatie, "kernstukken_ingediend")
    assert "/uploaden" not in login(directeur).get(_index_url(world)).text


def test_list_without_checklist_says_so(login, session, world, directeur):
    page = login(directeur).get(_index_url(world))
    assert page.status_code == 200
    assert "Voor deze ronde is nog geen lijst met kernstukken vastgesteld." in page.text
