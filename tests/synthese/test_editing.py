"""Writing an edition: chapter texts with an optimistic lock, beside the theme's material."""
import pytest
from sqlalchemy import select

from tests.synthese import factories as f
from visitatie.audit.models import AuditEvent
from visitatie.synthese.models import Synthese, SyntheseSectie


def _url(synthese, sectie):
    return f"/rode-draden/{synthese.id}/sectie/{sectie.id}"


def _sectie(session, sectie_id):
    session.expire_all()
    return session.get(SyntheseSectie, sectie_id)


def test_an_author_saves_a_chapter_as_plain_text(session, login, synthese, auteur):
    sectie = synthese.secties[0]
    response = login(auteur).post(_url(synthese, sectie), data={
        "tekst": "Eerste alinea <b>vet</b>.\r\n\r\nTweede alinea.  ",
        "version_id": sectie.version_id})
    assert response.status_code == 302
    saved = _sectie(session, sectie.id)
    assert saved.tekst == "Eerste alinea <b>vet</b>.\n\nTweede alinea."
    assert saved.updated_by_id == auteur.id
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "synthese_sectie_gewijzigd")).one()
    assert (event.object_id, event.actor_id, event.details["synthese_id"]) == (
        sectie.id, auteur.id, synthese.id)
    page = login(auteur).get(_url(synthese, sectie)).text
    assert "Eerste alinea &lt;b&gt;vet&lt;/b&gt;." in page and "<b>vet</b>" not in page


def test_the_text_is_shown_as_escaped_paragraphs(session, login, synthese, bestuur):
    sectie = synthese.secties[0]
    sectie.tekst = "Een <script>x</script>\n\nTwee"
    session.commit()
    page = login(bestuur).get(_url(synthese, sectie)).text
    assert '<p class="platte-tekst">Een &lt;script&gt;x&lt;/script&gt;</p>' in page
    assert '<p class="platte-tekst">Twee</p>' in page


def test_a_stale_save_is_refused_and_nothing_is_overwritten(session, login, synthese, auteur,
                                                            beheerder):
    sectie = synthese.secties[0]
    loaded_version = sectie.version_id
    assert login(beheerder).post(_url(synthese, sectie), data={
        "tekst": "Tekst van de beheerder.", "version_id": loaded_version}).status_code == 302
    response = login(auteur).post(_url(synthese, sectie), data={
        "tekst": "Tekst van de auteur.", "version_id": loaded_version})
    assert response.status_code == 400
    assert "Dit hoofdstuk is intussen door iemand anders gewijzigd." in response.text
    assert "Tekst van de auteur." in response.text  # still in the form
    assert "Tekst van de beheerder." in response.text  # and what is saved, below it
    assert _sectie(session, sectie.id).tekst == "Tekst van de beheerder."


def test_texts_of_the_edition(session, login, synthese, auteur):
    response = login(auteur).post(f"/rode-draden/{synthese.id}/teksten", data={
        "titel": "Nieuwe titel", "inleiding": "Inleiding.", "integrale_conclusies": "Slot.",
        "version_id": synthese.version_id})
    assert response.status_code == 302
    session.expire_all()
    saved = session.get(Synthese, synthese.id)
    assert (saved.titel, saved.inleiding, saved.integrale_conclusies) == (
        "Nieuwe titel", "Inleiding.", "Slot.")
    assert saved.slug == "rode-draden-test"  # the public address does not move
    event = session.scalars(select(AuditEvent).where(
        AuditEvent.action == "synthese_gewijzigd")).one()
    assert event.details["velden"] == ["inleiding", "integrale_conclusies", "titel"]


def test_texts_stale_edit(session, login, synthese, auteur):
    version = synthese.version_id
    synthese.inleiding = "Van een ander."
    session.commit()
    response = login(auteur).post(f"/rode-draden/{synthese.id}/teksten", data={
        "titel": "T", "inleiding": "Van mij.", "version_id": version})
    assert response.status_code == 400
    assert "De rapportage is intussen door iemand anders gewijzigd." in response.text
    session.expire_all()
    assert session.get(Synthese, synthese.id).inleiding == "Van een ander."


def test_no_writing_while_the_klankbord_reads(session, login, synthese, auteur):
    f.set_state(session, synthese, "klankbord", klankbord_ronde=1)
    sectie = synthese.secties[0]
    browser = login(auteur)
    response = browser.post(_url(synthese, sectie), data={"tekst": "Nu niet.",
                                                          "version_id": sectie.version_id})
    assert response.status_code == 409
    assert _sectie(session, sectie.id).tekst is None
    page = browser.get(_url(synthese, sectie)).text
    assert "<textarea" not in page.split('id="opmerkingen"')[0]
    assert "de tekst kan pas weer worden gewijzigd" in page
    assert browser.get(f"/rode-draden/{synthese.id}/teksten").status_code == 409


@pytest.mark.parametrize("key", ["bestuur", "klankbord"])
def test_bestuur_and_klankbord_do_not_write(session, login, world, synthese, key):
    f.set_state(session, synthese, "concept", klankbord_ronde=1)
    sectie = synthese.secties[0]
    response = login(world.users[key]).post(_url(synthese, sectie), data={
        "tekst": "Zomaar.", "version_id": sectie.version_id})
    assert response.status_code == 403
    assert _sectie(session, sectie.id).tekst is None


def test_beside_the_editor_the_theme_row_and_its_findings(session, login, world, synthese,
                                                          findings, auteur):
    ketensamenwerking = synthese.secties[1]  # theme 4 with sub-themes 4.1 and 4.6
    page = login(auteur).get(_url(synthese, ketensamenwerking)).text
    assert 'class="two-columns synthese-editor"' in page
    assert "in de 2 visitaties van deze rapportage" in page
    row = page.split("4 Ketensamenwerking</th>")[1].split("</tr>")[0]
    cells = [c.split("</td>")[0] for c in row.split("<td>")[1:]]
    assert cells[0].startswith("0")  # no sterke punten
    assert cells[1].startswith("1") and "bij 1 van 2 diensten" in cells[1]
    # the aanbeveling coded on 4 and 4.1 counts once for the chapter
    assert cells[2].startswith("1") and "bij 1 van 2 diensten" in cells[2]
    assert findings["bevinding"] in page and findings["aanbeveling"] in page
    assert findings["elders"] not in page
    assert "Omgevingsdienst Bezocht" in page  # the internal page names the dienst


def test_the_klankbord_never_sees_findings_with_their_dienst(session, login, world, synthese,
                                                             findings, klankbord):
    f.set_state(session, synthese, "klankbord", klankbord_ronde=1)
    page = login(klankbord).get(_url(synthese, synthese.secties[1])).text
    assert "bij 1 van 2 diensten" in page
    assert findings["bevinding"] not in page and "Omgevingsdienst Bezocht" not in page


def test_the_edition_page_lists_chapters_with_their_status(session, login, synthese, auteur,
                                                          klankbord):
    synthese.secties[0].tekst = "Geschreven."
    session.commit()
    f.add_comment(session, synthese, synthese.secties[0], klankbord)
    page = login(auteur).get(f"/rode-draden/{synthese.id}").text
    assert "1 van 6" in page
    row = page.split("Bestuurlijk-ambtelijk samenspel</a></th>")[1].split("</tr>")[0]
    assert "geschreven" in row and "<td>1</td>" in row
    assert "nog leeg" in page.split("Ketensamenwerking</a></th>")[1].split("</tr>")[0]
