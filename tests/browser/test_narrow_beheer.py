"""The beheerder's pages at phone width: a wide table scrolls in its box, not the page."""
from sqlalchemy import func, select

from tests.browser.test_journeys import assert_accessible, log_in
from visitatie.auth.models import RoleAssignment
from visitatie.extensions import db


def _person_with_most_roles(live_app) -> int:
    with live_app.app_context():
        return db.session.execute(
            select(RoleAssignment.user_id).group_by(RoleAssignment.user_id)
            .order_by(func.count().desc(), RoleAssignment.user_id).limit(1)).scalar_one()


def test_the_roles_of_a_person_scroll_in_their_box_at_390_pixels(page, live_app):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, "beheerder")
    page.goto(f"/beheer/gebruikers/{_person_with_most_roles(live_app)}")
    widths = page.evaluate("""() => {
        const box = document.querySelector('#rollen-kop ~ .table-scroll');
        return {page: document.documentElement.scrollWidth,
                box: box.clientWidth, table: box.querySelector('table').scrollWidth};
    }""")
    assert widths["page"] <= 390, widths
    assert widths["box"] <= widths["page"]
    assert_accessible(page)
