"""Pages fetch what they show in a fixed number of queries: none per block, child or menu item."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from moderation.publishing import trusted_publication
from tests.factories import pages as factories


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


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
