"""WCAG 2.1 AA with axe-core: every public page, and the main pages behind the login.

Fails on any serious or critical violation (assert_accessible). The public pages are read
from the live server's own sitemap, so a new public page is checked without listing it here.
"""
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from flask import url_for
from sqlalchemy import select

from tests.browser.test_journeys import assert_accessible, log_in
from visitatie.diensten.models import Dienst
from visitatie.extensions import db
from visitatie.rapporten.models import RapportVersie
from visitatie.rondes.models import Ronde
from visitatie.verbeterplannen.models import Verbeterplan
from visitatie.visitaties.models import Visitatie

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
EXTRA_PUBLIC = ["/", "/openbaar?stand=verbeterplan_gepubliceerd&provincie=Noord-Holland",
                "/openbaar?q=geen-dienst-heet-zo", "/openbaar/diensten/bestaat-niet"]
ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur")


def _public_urls(page) -> list[str]:
    sitemap = page.request.get("/sitemap.xml")
    assert sitemap.status == 200
    locs = [loc.text for loc in ElementTree.fromstring(sitemap.body()).iter(f"{SITEMAP}loc")]
    return [urlsplit(u).path for u in locs] + EXTRA_PUBLIC


def test_every_public_page_is_accessible(page):
    urls = _public_urls(page)
    assert any(u.startswith("/openbaar/diensten/") for u in urls)
    assert "/openbaar/data" in urls
    checked = []
    for url in urls:
        page.goto(url)
        assert_accessible(page)
        checked.append(url)
    assert len(checked) >= 30   # the index, every dienst, every ronde, the open data page


def test_public_pages_are_accessible_at_mobile_width(page):
    page.set_viewport_size({"width": 390, "height": 844})
    for url in ("/openbaar", "/openbaar/diensten/odnzkg", "/openbaar/rondes/2",
                "/openbaar/data"):
        page.goto(url)
        assert_accessible(page)


@pytest.mark.parametrize("role", ROLES)
def test_werkruimte_of_each_role_is_accessible(page, role):
    log_in(page, role)
    assert_accessible(page)


def _main_pages(live_app) -> dict[str, list[str]]:
    """Role -> URLs of the main working pages, on the demo data."""
    with live_app.app_context():
        visitatie = db.session.scalars(select(Visitatie).join(Dienst).join(Ronde).where(
            Dienst.slug == "odt", Ronde.nummer == 2)).one()
        versie = db.session.scalars(select(RapportVersie).where(
            RapportVersie.visitatie_id == visitatie.id).order_by(
            RapportVersie.nummer.desc())).first()
        plan = db.session.scalars(select(Verbeterplan).join(Visitatie).join(Dienst).join(
            Ronde).where(Dienst.slug == "odnzkg", Ronde.nummer == 2)).one()
        ronde_2 = db.session.scalars(select(Ronde).where(Ronde.nummer == 2)).one()
        with live_app.test_request_context():
            pages = {
                "secretaris": [
                    url_for("visitaties.show", visitatie_id=visitatie.id),
                    url_for("bevindingen.index", visitatie_id=visitatie.id),
                    url_for("rapporten.index", visitatie_id=visitatie.id),
                    url_for("rapporten.edit_section", visitatie_id=visitatie.id,
                            nummer=versie.nummer, sectie_id=versie.secties[0].id),
                    url_for("gesprekken.index", visitatie_id=visitatie.id),
                ],
                "beheerder": [
                    url_for("verbeterplannen.show", plan_id=plan.id),
                    url_for("voortgang.index", plan_id=plan.id),
                    url_for("monitoring.index"),
                    url_for("gebruikers.index"),
                    url_for("dashboard.index"),
                ],
                "auteur": _rode_draden_pages(live_app, ronde_2),
            }
        db.session.remove()
    return pages


def _rode_draden_pages(live_app, ronde) -> list[str]:
    wanted = [("synthese.index", {}), ("analyse.index", {}),
              ("analyse.matrix", {"ronde_id": ronde.id})]
    return [url_for(endpoint, **args) for endpoint, args in wanted
            if endpoint in live_app.view_functions]


@pytest.mark.parametrize("role", ("secretaris", "beheerder", "auteur"))
def test_main_pages_behind_the_login_are_accessible(page, live_app, role):
    urls = _main_pages(live_app)[role]
    assert urls
    log_in(page, role)
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        assert_accessible(page)
