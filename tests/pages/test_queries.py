"""Pages fetch what they show in a fixed number of queries, within the budget of DESIGN section 8:
at most 8 SQL queries uncached for every page type, in both languages, anonymous and signed in,
the same for few or many blocks, children, occupations and menu items.

"Uncached" is the page cache out of the way (a signed-in reader's requests never reach it); the
process keeps what is the same for every reader while the content version stands
(pages.public_cache), so a warm process is the usual case. The first request after a change to
the content costs more (COLD) and is counted too.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moderation.publishing import trusted_publication
from pages import public_cache
from portal import roles
from tests.factories import pages as factories
from tests.factories.moderation import user_with
from tests.leaks import restricted_content

BUDGET = 8  # DESIGN section 8: every page uncached
# Each page type's count today (anonymous, warm process): the budget a change must not exceed.
ANONYMOUS = {
    "home": 5,
    "countries": 6,
    "country": 5,
    "profile": 4,
    "about": 3,
    "news_index": 6,
    "news": 4,
    "finder": 4,
}
# The first request after a content change, anonymous: what the process reads anew (a profile's
# link to the competent authority finder and the footer's links among it).
COLD = 16
# Signed in, over the anonymous count: the user with their groups, the second factor's device,
# the permissions (the footer's admin link). The session comes from the cache, which the database
# confirms once a minute (accounts.sessions): not in a warm count.
SIGNED_IN = 3
# Registered staff see the outcomes recorded for a professional profile on it: the newest of
# them with their counts per result.
OUTCOMES = 1
# An editor (admin access) sees Wagtail's user bar besides: their admin profile, the page's
# parent, their page permissions, the view restrictions, the page's workflow and the page types
# they may add. Over the budget: see docs/architecture.md#query-budget.
USER_BAR = 6
# Registered staff in the restricted area, warm process: area 7, outcome index, outcomes and an
# outcome 8, guidelines 8, a guideline 6.
STAFF = 8


@pytest.fixture(autouse=True)
def uncached(settings):
    """Every request rendered: the page cache (pages.page_cache) out of the way."""
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if name != "pages.page_cache.PageCacheMiddleware"
    ]


def count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def queries_for(client, url):
    """The queries of `url` in a warm process (after one request that fills its memo)."""
    client.get(url)
    return count(client, url)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name", sorted(ANONYMOUS))
def test_every_page_type_keeps_its_budget(client, tree, language, name):
    assert ANONYMOUS[name] <= BUDGET
    assert queries_for(client, tree[language][name].get_url()) <= ANONYMOUS[name]


def test_the_first_request_after_a_change_reads_what_the_process_keeps(client, tree):
    url = tree["de"]["profile"].get_url()
    client.get(url)
    public_cache.changed()
    cold = count(client, url)
    assert cold <= COLD
    assert count(client, url) <= ANONYMOUS["profile"] < cold


@pytest.mark.parametrize("name", ["home", "country", "profile", "about"])
def test_a_signed_in_reader_costs_the_user_device_and_permissions_more(client, tree, name):
    url = tree["de"][name].get_url()
    anonymous = queries_for(client, url)
    client.force_login(user_with(roles.REGISTERED_STAFF, username="reader"))
    budget = anonymous + SIGNED_IN + (OUTCOMES if name == "profile" else 0)
    assert queries_for(client, url) <= budget
    assert budget <= BUDGET


@pytest.mark.parametrize("name", ["home", "country", "profile", "about"])
def test_an_editor_costs_wagtails_user_bar_more(client, tree, name):
    url = tree["de"][name].get_url()
    anonymous = queries_for(client, url)
    client.force_login(user_with(roles.TRANSLATORS, username="editor"))
    assert queries_for(client, url) <= anonymous + SIGNED_IN + USER_BAR


@pytest.fixture
def restricted_urls(tree, german):
    restricted = restricted_content(tree, german)
    outcomes = restricted["outcome"].get_parent()
    return {
        "area": restricted["area"].url,
        "outcome_index": outcomes.get_parent().url,
        "outcomes": outcomes.url,
        "outcome": restricted["outcome"].url,
        "guidelines": restricted["guideline"].get_parent().url,
        "guideline": restricted["guideline"].url,
    }


def test_restricted_pages_keep_their_budget_for_staff(client, restricted_urls):
    assert STAFF <= BUDGET
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    counts = {name: queries_for(client, url) for name, url in restricted_urls.items()}
    assert max(counts.values()) <= STAFF, counts


def test_country_page_costs_the_same_for_one_or_many_profiles(client, tree):
    country = tree["de"]["country"]
    few = queries_for(client, country.get_url())
    for number in range(8):
        factories.ProfessionalProfilePageFactory(parent=country, slug=f"beruf-{number}")
    assert queries_for(client, country.get_url()) == few


def test_profile_page_costs_the_same_for_one_or_many_blocks_and_occupations(client, tree):
    profile = tree["de"]["profile"]
    few = queries_for(client, profile.get_url())
    profile.body = [factories.profile_section(text=f"Absatz {n}") for n in range(25)]
    profile.reference_occupations.set(
        [tree["occupation"], *factories.ReferenceOccupationFactory.create_batch(5)]
    )
    with trusted_publication():  # test setup writes live content directly
        profile.save()
    assert queries_for(client, profile.get_url()) == few


def test_menu_costs_the_same_for_one_or_many_items(client, tree):
    home = tree["de"]["home"]
    url = tree["de"]["about"].get_url()
    few = queries_for(client, url)
    factories.StandardPageFactory.create_batch(6, parent=home)
    assert queries_for(client, url) == few


def test_country_index_costs_the_same_for_few_or_many_countries(client, tree):
    index = tree["de"]["countries"]
    few = queries_for(client, index.get_url())
    for code in ["PL", "RO", "IT", "ES", "GR"]:
        country = factories.CountryProfilePageFactory(parent=index, iso_code=code)
        factories.ProfessionalProfilePageFactory(parent=country)
    assert queries_for(client, index.get_url()) == few


def test_news_and_home_cost_the_same_for_few_or_many_news(client, tree):
    urls = [tree["de"][name].get_url() for name in ("home", "news_index")]
    few = [queries_for(client, url) for url in urls]
    factories.NewsPageFactory.create_batch(25, parent=tree["de"]["news_index"])
    assert [queries_for(client, url) for url in urls] == few


def test_restricted_listings_cost_staff_the_same_for_few_or_many_entries(
    client, tree, german, restricted_urls
):
    from pages.models import GuidelineIndexPage, GuidelinePage, RecognitionOutcomePage

    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    names = ("area", "outcome_index", "outcomes", "guidelines", "profile")
    urls = {**restricted_urls, "profile": tree["de"]["profile"].url}
    few = {name: queries_for(client, urls[name]) for name in names}
    outcome = RecognitionOutcomePage.objects.get(url_path__endswith="bescheid-geheim-7f3a9c/")
    for number in range(6):
        outcome.get_parent().add_child(
            instance=RecognitionOutcomePage(
                title=f"Bescheid {number}",
                profile=outcome.profile,
                reference_occupation=outcome.reference_occupation,
                result="full",
                decision_year=2024,
                completion_year=2010,
                locale=german,
            )
        )
        GuidelineIndexPage.objects.get(locale=german).add_child(
            instance=GuidelinePage(title=f"Arbeitshilfe {number}", locale=german)
        )
    assert {name: queries_for(client, urls[name]) for name in names} == few
