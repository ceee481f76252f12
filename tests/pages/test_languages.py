"""The language switcher and hreflang link only to live, public translations of the same page."""

import re

from wagtail.models import PageViewRestriction


def hreflang_links(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html))


def switcher_link(html, code):
    match = re.search(rf'<a href="([^"]+)" hreflang="{code}" lang="{code}"', html)
    return match.group(1) if match else None


PUBLIC = "https://bq-portal.example.de"


def test_switcher_and_hreflang_point_to_the_translation(client, tree, settings):
    """hreflang names the portal's public address (settings), not the host the request came in
    by nor the Wagtail Site's hostname."""
    settings.WAGTAILADMIN_BASE_URL = PUBLIC + "/"
    german, english = tree["de"]["profile"], tree["en"]["profile"]
    html = client.get(german.get_url(), HTTP_HOST="localhost").content.decode()
    assert switcher_link(html, "en") == english.get_url()
    links = hreflang_links(html)
    assert links["de"] == PUBLIC + german.get_url()
    assert links["en"] == PUBLIC + english.get_url()
    assert links["x-default"] == PUBLIC + german.get_url()
    back = client.get(english.get_url()).content.decode()
    assert switcher_link(back, "de") == german.get_url()


def test_views_that_are_not_pages_have_hreflang_under_the_public_address(client, db, settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    links = hreflang_links(
        client.get("/de/suche/?q=Elektro", HTTP_HOST="localhost").content.decode()
    )
    assert links == {
        "de": PUBLIC + "/de/suche/?q=Elektro",
        "en": PUBLIC + "/en/search/?q=Elektro",
        "x-default": PUBLIC + "/de/suche/?q=Elektro",
    }


def test_draft_translation_is_not_linked(client, tree):
    english = tree["en"]["profile"]
    english.unpublish()
    html = client.get(tree["de"]["profile"].get_url()).content.decode()
    assert switcher_link(html, "en") == tree["en"]["home"].get_url() == "/en/"
    assert "en" not in hreflang_links(html)
    assert english.get_url() not in html


def test_private_translation_is_not_linked(client, tree):
    english = tree["en"]["country"]
    # Restrictions are mirrored to every language version (privacy.mirroring); bulk_create
    # skips that, to check that the switcher stays safe even if the versions ever differ.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=english, restriction_type=PageViewRestriction.LOGIN)]
    )
    html = client.get(tree["de"]["country"].get_url()).content.decode()
    assert switcher_link(html, "en") == "/en/"
    assert "en" not in hreflang_links(html)


def test_missing_translation_links_to_the_other_home(client, tree):
    from tests.factories.pages import NewsPageFactory

    untranslated = NewsPageFactory(parent=tree["de"]["news_index"], title="Nur deutsch", slug="nur")
    html = client.get(untranslated.get_url()).content.decode()
    assert switcher_link(html, "en") == "/en/"
    assert set(hreflang_links(html)) == {"de", "x-default"}


def test_german_page_texts_are_german_and_english_are_english(client, tree):
    german = client.get(tree["de"]["country"].get_url()).content.decode()
    english = client.get(tree["en"]["country"].get_url()).content.decode()
    assert "Zum Hauptinhalt springen" in german and "Berufsprofile" in german
    assert "Skip to main content" in english and "Professional profiles" in english
    assert '<span aria-current="true" lang="de">Deutsch</span>' in german
