"""Every public page type renders in German and English, with the site chrome around it."""

import pytest
from django.utils import translation

PAGE_NAMES = ["home", "countries", "country", "profile", "about", "news_index", "news"]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_renders_in_both_languages(client, tree, name, language):
    page = tree[language][name]
    url = page.get_url()
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html
    assert page.title in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert "<table" not in html or 'class="data-table"' in html


def test_english_pages_have_english_slugs(tree):
    assert tree["en"]["country"].get_url() == "/en/countries/tuerkei-en/"
    assert tree["en"]["profile"].slug == "elektrotechniker-en"


def test_root_redirects_by_accept_language(client, tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE")["Location"] == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR")["Location"] == "/de/"


def test_profile_shows_facts_and_linked_reference_occupation(client, tree):
    html = client.get(tree["en"]["profile"].get_url()).content.decode()
    assert "Electronics technician" in html
    assert "Electrical engineering" in html
    assert "Last reviewed" in html
    assert "June 30, 2025" in html
    assert "48 months" in html
    german_html = client.get(tree["de"]["profile"].get_url()).content.decode()
    assert "Elektroniker/-in" in german_html
    assert "Zuletzt geprüft" in german_html
    assert "30. Juni 2025" in german_html


def test_reference_occupation_lists_its_profiles(client, tree):
    occupation = tree["occupation"]
    index = tree["de"]["countries"]
    url = index.url + index.reverse_subpage("reference_occupation", args=[occupation.pk])
    assert "/referenzberuf/" in url
    response = client.get(url)
    assert response.status_code == 200
    assert tree["de"]["profile"].title in response.content.decode()
    english_index = tree["en"]["countries"]
    english_occupation = occupation.get_translation(tree["en"]["home"].locale)
    with translation.override("en"):
        with_english = english_index.url + english_index.reverse_subpage(
            "reference_occupation", args=[english_occupation.pk]
        )
    assert with_english == f"/en/countries/reference-occupation/{english_occupation.pk}/"
    html = client.get(with_english).content.decode()
    assert "Electronics technician" in html
    assert tree["en"]["profile"].title in html


def test_country_index_filters_by_letter_and_region(client, tree):
    from tests.factories.pages import CountryProfilePageFactory

    index = tree["de"]["countries"]
    CountryProfilePageFactory(
        parent=index, title="Ägypten", slug="aegypten", iso_code="EG", region="africa"
    )
    CountryProfilePageFactory(parent=index, title="Polen", slug="polen", iso_code="PL", region="eu")
    html = client.get(index.url).content.decode()
    assert html.index("Ägypten") < html.index("Polen") < html.index("Türkei")
    html = client.get(index.url, {"letter": "A"}).content.decode()
    assert "Ägypten" in html and "Polen" not in html
    html = client.get(index.url, {"region": "eu"}).content.decode()
    assert "Polen" in html and "Ägypten" not in html and "Türkei" not in html


def test_unknown_page_gives_localised_404(client, tree):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Seite nicht gefunden" in client.get("/de/gibt-es-nicht/").content.decode()


def test_a_renamed_reference_occupation_or_field_shows_at_once(client, tree):
    """The reference tables are kept in the process while the content stands (pages.localized):
    a change to one of them is a change of the content."""
    url = tree["en"]["profile"].get_url()
    client.get(url)
    english = tree["en"]["home"].locale
    occupation = tree["occupation"].get_translation(english)
    occupation.name = "Electronics engineer"
    occupation.save()
    field = tree["field"].get_translation(english)
    field.name = "Electrical trades"
    field.save()
    html = client.get(url).content.decode()
    assert "Electronics engineer" in html and "Electrical trades" in html
