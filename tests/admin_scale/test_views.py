"""The admin's page views cost a fixed number of queries, however many pages they show
(DESIGN section 8): the same count for a country of 3 and of 30 profiles, a search finding 3 or
30, a profile of 1 and of 100 sections, for a chamber editor (Wagtail's slow path of page
permissions) and a superuser."""

import pytest

from .conftest import LARGE, queries, signed_in

EDITORS = ["editor", "superuser"]


@pytest.mark.parametrize("who", EDITORS)
def test_explorer_of_a_country(world, who):
    client = signed_in(world["users"][who])
    small, response = queries(client, f"/admin/pages/{world['small']}/")
    large, response = queries(client, f"/admin/pages/{world['large']}/")
    assert response.content.decode().count("Gross ") >= LARGE
    assert small == large


@pytest.mark.parametrize("who", EDITORS)
def test_edit_view_of_a_long_profile(world, who):
    client = signed_in(world["users"][who])
    short, _response = queries(client, f"/admin/pages/{world['short']}/edit/")
    long, _response = queries(client, f"/admin/pages/{world['long']}/edit/")
    assert short == long


@pytest.mark.parametrize("who", EDITORS)
@pytest.mark.parametrize("view", ["/admin/pages/search/", "/admin/choose-page/search/"])
def test_search_and_chooser_search(world, who, view):
    client = signed_in(world["users"][who])
    small, _response = queries(client, f"{view}?q=Klein")
    large, response = queries(client, f"{view}?q=Gross")
    assert "Gross 29" in response.content.decode() or "Gross 1" in response.content.decode()
    assert small == large


@pytest.mark.parametrize("who", EDITORS)
def test_page_chooser_of_a_country(world, who):
    client = signed_in(world["users"][who])
    small, _response = queries(client, f"/admin/choose-page/{world['small']}/")
    large, response = queries(client, f"/admin/choose-page/{world['large']}/")
    assert "Gross 0" in response.content.decode()
    assert small == large
