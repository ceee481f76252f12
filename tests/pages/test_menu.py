"""The main menu: the live, public pages below the language's home, the same for every visitor
and cached until content changes (portal.templatetags.portal_tags.menu_links)."""

import re

import pytest
from wagtail.models import PageViewRestriction

from moderation.publishing import trusted_publication
from tests.factories import pages as factories


def menu(response):
    """[(title, aria-current or None)] of the main navigation."""
    html = response.content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group()
    return [
        (title, current or None)
        for current, title in re.findall(
            r'<a href="[^"]+"(?: aria-current="([a-z]+)")?>([^<]*)</a>', nav
        )
    ]


def titles(client, url="/de/suche/"):
    return [title for title, _current in menu(client.get(url))]


def publish(page):
    with trusted_publication():
        page.save_revision().publish()


@pytest.mark.parametrize("url", ["/de/suche/", "/de/ueber-uns/"])
def test_the_menu_follows_publishing_restrictions_and_deletion(client, tree, url):
    home = tree["de"]["home"]
    assert "Über uns" in titles(client, url)
    contact = factories.StandardPageFactory(
        parent=home, title="Kontakt", slug="kontakt", live=False
    )
    assert "Kontakt" not in titles(client, url)
    publish(contact)
    assert "Kontakt" in titles(client, url)

    countries = tree["de"]["countries"]  # a type the search does not index
    countries.title = "Länderprofile"
    publish(countries)
    assert "Länderprofile" in titles(client, url)

    restriction = PageViewRestriction.objects.create(
        page=contact, restriction_type=PageViewRestriction.LOGIN
    )
    assert "Kontakt" not in titles(client, url)
    restriction.delete()
    assert "Kontakt" in titles(client, url)

    contact.refresh_from_db()
    contact.unpublish()
    assert "Kontakt" not in titles(client, url)
    publish(contact)
    contact.delete()
    assert "Kontakt" not in titles(client, url)


def test_the_menu_marks_the_page_and_its_section(client, tree):
    about = dict(menu(client.get(tree["de"]["about"].get_url())))
    assert about["Über uns"] == "page"
    country = dict(menu(client.get(tree["de"]["country"].get_url())))
    assert country[tree["de"]["countries"].title] == "true"
    assert country["Über uns"] is None
    assert dict(menu(client.get("/de/suche/")))["Über uns"] is None


def test_each_language_has_its_own_menu(client, tree):
    english = titles(client, "/en/search/")
    assert tree["en"]["about"].title in english
    assert "Über uns" not in english
