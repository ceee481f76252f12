"""Each page type may only live under its proper parent and hold its proper children."""

import pytest
from wagtail.models import Page

from authorities.models import AuthorityFinderPage
from pages.models import (
    ChamberOutcomesPage,
    CountryIndexPage,
    CountryProfilePage,
    GuidelineIndexPage,
    GuidelinePage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OutcomeIndexPage,
    ProfessionalProfilePage,
    RecognitionOutcomePage,
    RestrictedAreaPage,
    StandardPage,
)

RULES = {
    HomePage: (
        {Page},
        {
            CountryIndexPage,
            StandardPage,
            NewsIndexPage,
            RestrictedAreaPage,
            AuthorityFinderPage,
        },
    ),
    AuthorityFinderPage: ({HomePage}, set()),
    RestrictedAreaPage: ({HomePage}, {OutcomeIndexPage, GuidelineIndexPage}),
    OutcomeIndexPage: ({RestrictedAreaPage}, {ChamberOutcomesPage}),
    ChamberOutcomesPage: ({OutcomeIndexPage}, {RecognitionOutcomePage}),
    RecognitionOutcomePage: ({ChamberOutcomesPage}, set()),
    GuidelineIndexPage: ({RestrictedAreaPage}, {GuidelinePage}),
    GuidelinePage: ({GuidelineIndexPage}, set()),
    CountryIndexPage: ({HomePage}, {CountryProfilePage}),
    CountryProfilePage: ({CountryIndexPage}, {ProfessionalProfilePage}),
    ProfessionalProfilePage: ({CountryProfilePage}, set()),
    StandardPage: ({HomePage, StandardPage}, {StandardPage}),
    NewsIndexPage: ({HomePage}, {NewsPage}),
    NewsPage: ({NewsIndexPage}, set()),
}


@pytest.mark.parametrize(("model", "rule"), RULES.items(), ids=lambda v: getattr(v, "__name__", ""))
def test_parents_and_children(model, rule):
    parents, children = rule
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.allowed_subpage_models()) == children


def test_one_country_index_and_news_index_per_home(tree):
    home = tree["de"]["home"]
    assert not CountryIndexPage.can_create_at(home)
    assert not NewsIndexPage.can_create_at(home)
    assert not AuthorityFinderPage.can_create_at(home)
    assert StandardPage.can_create_at(home)


def test_admin_refuses_a_profile_directly_under_home(admin_client, home):
    url = f"/admin/pages/add/pages/professionalprofilepage/{home.pk}/"
    response = admin_client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    admin_client.post(url, {"title": "Falsch", "slug": "falsch", "action-publish": "1"})
    assert not ProfessionalProfilePage.objects.filter(slug="falsch").exists()


def test_admin_offers_profile_under_country(admin_client, tree):
    country = tree["de"]["country"]
    response = admin_client.get(f"/admin/pages/add/pages/professionalprofilepage/{country.pk}/")
    assert response.status_code == 200
