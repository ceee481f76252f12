"""Atom feeds of new and changed professional profiles, for the portal and per country, in each
language: live public profiles only, newest change first, under the public address."""

from xml.etree import ElementTree

from moderation.publishing import trusted_publication
from portal.public_address import public_url
from tests.factories import pages as factories
from tests.factories.moderation import restrict_to_registered_staff

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)  # noqa: S314  (the portal's own feed)
    return [
        (entry.find(f"{ATOM}title").text, entry.find(f"{ATOM}link").get("href"))
        for entry in feed.findall(f"{ATOM}entry")
    ]


def published(page):
    with trusted_publication():
        page.save_revision().publish()
    return page


def test_the_portals_feed_lists_live_public_profiles_newest_first(client, tree):
    country = tree["de"]["country"]
    published(tree["de"]["profile"])
    newer = published(factories.ProfessionalProfilePageFactory(parent=country, title="Neuer"))
    factories.ProfessionalProfilePageFactory(parent=country, title="Entwurf", live=False)
    hidden = factories.ProfessionalProfilePageFactory(parent=country, title="Geschützt")
    restrict_to_registered_staff(hidden)
    german = entries(client, "/de/aenderungen.atom")
    assert [title for title, _link in german] == ["Neuer", "Elektrotechniker"]
    assert german[0][1] == public_url(newer.url)
    english = entries(client, "/en/changes.atom")
    assert [title for title, _link in english] == ["[en] Elektrotechniker"]


def test_a_countrys_feed_lists_its_profiles_only(client, tree):
    other = factories.CountryProfilePageFactory(
        parent=tree["de"]["countries"], title="Polen", iso_code="PL"
    )
    factories.ProfessionalProfilePageFactory(parent=other, title="Technik")
    assert [t for t, _l in entries(client, "/de/aenderungen/tr.atom")] == ["Elektrotechniker"]
    assert [t for t, _l in entries(client, "/de/aenderungen/PL.atom")] == ["Technik"]
    assert client.get("/de/aenderungen/XX.atom").status_code == 404


def test_a_change_moves_a_profile_to_the_top(client, tree):
    country = tree["de"]["country"]
    factories.ProfessionalProfilePageFactory(parent=country, title="Neuer Beruf")
    profile = tree["de"]["profile"]
    profile.title = "Elektrotechniker (geändert)"
    published(profile)
    first = entries(client, "/de/aenderungen.atom")[0][0]
    assert first == "Elektrotechniker (geändert)"


def test_pages_link_their_feeds_and_profiles_say_when_they_changed(client, tree):
    home = client.get("/de/").content.decode()
    assert 'type="application/atom+xml"' in home and "/de/aenderungen.atom" in home
    country = client.get(tree["de"]["country"].url).content.decode()
    assert "/de/aenderungen/TR.atom" in country
    published(tree["de"]["profile"])
    profile = client.get(tree["de"]["profile"].url).content.decode()
    assert "Zuletzt geändert" in profile
