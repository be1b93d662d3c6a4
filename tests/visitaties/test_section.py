"""The planning partial of the visitatie page shows only the buttons the user may press."""
import pytest

from tests.visitaties.factories import put_in_state
from visitatie.visitaties.planning_permissions import section_context


@pytest.mark.parametrize("key,dates,compose", [
    ("beheerder", True, True), ("secretaris", True, False), ("voorzitter", False, False),
    ("commissielid", False, False), ("directeur", False, False), ("bestuur", False, False)])
def test_section_context_follows_the_predicates(session, world, key, dates, compose):
    context = section_context(session, world.users[key], world.visitatie)
    assert context == {"commissie_can_edit_dates": dates, "commissie_can_compose": compose}


def test_buttons_disappear_when_the_state_no_longer_allows_them(session, world, beheerder):
    put_in_state(session, world.visitatie, "vastgesteld")
    assert section_context(session, beheerder, world.visitatie) == {
        "commissie_can_edit_dates": False, "commissie_can_compose": False}


def test_visitatie_page_shows_the_planning_links_to_the_beheerder(login, world, beheerder,
                                                                  directeur):
    url = f"/visitaties/{world.visitatie.id}"
    page = login(beheerder).get(url).text
    assert f"{url}/bezoekdata" in page and f'{url}/commissie"' in page
    page = login(directeur).get(url).text
    assert "/bezoekdata" not in page and f'{url}/commissie"' not in page
