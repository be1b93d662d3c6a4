"""The partial on the visitatie page, and the demo documents."""
import random

import pytest
from flask import render_template_string
from sqlalchemy import select

from tests.kernstukken import factories as f
from tests.query_counter import count_queries
from visitatie.kernstukken import queries
from visitatie.uploads import validation
from visitatie.kernstukken.demo import add_demo_kernstukken, minimal_pdf
from visitatie.kernstukken.models import KernstukDocument

SECTION = '{% include "kernstukken/_section.html" %}'


def _render(app, user, visitatie, context):
    with app.test_request_context():
        return render_template_string(SECTION, visitatie=visitatie, current_user=user,
                                      **context)


def test_section_context_has_the_newest_version_per_type(session, world, checklist, directeur):
    f.make_document(session, world.visitatie, checklist.zelfevaluatie, directeur)
    f.make_document(session, world.visitatie, checklist.zelfevaluatie, directeur, naam="v2.pdf")
    context = queries.section_context(session, directeur, world.visitatie)
    rows = context["kernstukken_rows"]
    assert [r.kernstuk_type.code for r in rows] == ["zelfevaluatie", "jaarverslagen",
                                                    "begroting"]
    assert [r.latest.versie if r.latest else None for r in rows] == [2, None, None]
    assert [r.status for r in rows] == ["open", "ontbreekt", "niet_geupload"]
    assert context["kernstukken_missing"] == ["Jaarverslagen"]
    assert context["kernstukken_can_view"] and context["kernstukken_can_upload"]
    assert not context["kernstukken_can_review"]


def test_section_context_runs_at_most_two_queries(app, session, world, checklist, directeur,
                                                  secretaris):
    for kernstuk_type in (checklist.zelfevaluatie, checklist.jaarverslagen):
        f.make_document(session, world.visitatie, kernstuk_type, directeur)
    queries.section_context(session, secretaris, world.visitatie)  # loads the user's roles
    with count_queries(app.extensions["database_engine"]) as statements:
        context = queries.section_context(session, secretaris, world.visitatie)
        assert [r.status for r in context["kernstukken_rows"]] == ["open", "open", "niet_geupload"]
    assert len(statements) == 2


def test_section_shows_the_checklist_and_upload_links_to_the_dienst(app, session, world,
                                                                    checklist, directeur):
    f.make_document(session, world.visitatie, checklist.zelfevaluatie, directeur)
    context = queries.section_context(session, directeur, world.visitatie)
    html = _render(app, directeur, world.visitatie, context)
    assert '<h2 id="kernstukken-kop">Kernstukken</h2>' in html
    assert "Nog 1 verplicht kernstuk ontbreekt: Jaarverslagen." in html
    assert "versie 1" in html and "nog niet beoordeeld" in html and ">ontbreekt<" in html
    assert "niet geüpload (optioneel)" in html
    assert f"/kernstukken/types/{checklist.jaarverslagen.id}/uploaden" in html
    assert f'href="/visitaties/{world.visitatie.id}/kernstukken/"' in html


def test_section_for_the_secretaris_has_no_upload_links(app, session, world, checklist,
                                                        directeur, secretaris):
    f.make_document(session, world.visitatie, checklist.zelfevaluatie, directeur)
    f.set_state(session, world.visitatie, "kernstukken_ingediend")
    html = _render(app, secretaris, world.visitatie,
                   queries.section_context(session, secretaris, world.visitatie))
    assert "/uploaden" not in html and "Kernstukken bekijken en beoordelen" in html


@pytest.mark.parametrize("key", ["bestuur", "klankbord", "directeur_elders"])
def test_section_tells_outsiders_it_is_not_for_them(app, session, world, checklist, key):
    user = world.users[key]
    context = queries.section_context(session, user, world.visitatie)
    assert context["kernstukken_rows"] == [] and not context["kernstukken_can_view"]
    html = _render(app, user, world.visitatie, context)
    assert "alleen in te zien voor de visitatiecommissie" in html and "<table" not in html


def test_minimal_pdf_is_a_pdf(tmp_path):
    path = tmp_path / "demo.pdf"
    path.write_bytes(minimal_pdf(["Zelfevaluatie (demo)", "één \\ twee"]))
    assert validation.sniff_kind(path, 1024 * 1024) == "pdf"
    assert path.read_bytes().rstrip().endswith(b"%%EOF")


def test_demo_stores_a_real_pdf_for_every_required_type(session, world, checklist, directeur,
                                                        upload_folder):
    f.set_state(session, world.visitatie, "kernstukken_ingediend")
    documents = add_demo_kernstukken(session, world.visitatie, directeur, random.Random(1))
    session.commit()
    assert sorted(d.kernstuk_type.code for d in documents) == ["jaarverslagen",
                                                               "zelfevaluatie"]
    for document in documents:
        content = (upload_folder / document.opslagnaam).read_bytes()
        assert content.startswith(b"%PDF-1.4") and document.grootte == len(content)
        assert (document.versie, document.mime_type, document.beoordeling) == (
            1, "application/pdf", "open")
        assert document.bestandsnaam.endswith(f"-{world.dienst.slug}.pdf")
        assert document.uploaded_at < _visit_start(world)


def test_demo_with_a_reviewer_accepts_documents_past_submission(session, world, checklist,
                                                                directeur, secretaris):
    f.set_state(session, world.visitatie, "bezoek")
    add_demo_kernstukken(session, world.visitatie, directeur, random.Random(1),
                         reviewer=secretaris)
    session.commit()
    assert set(session.scalars(select(KernstukDocument.beoordeling))) == {"akkoord"}


def _visit_start(world):
    from datetime import datetime, time, timezone

    return datetime.combine(world.visitatie.eerste_bezoekdag, time(0), tzinfo=timezone.utc)
