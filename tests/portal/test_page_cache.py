"""The page cache (pages.page_cache): what an anonymous visitor gets from it, what it never
stores, and that every change a reader could see reaches both languages at once."""

import datetime
import sys

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from moderation.publishing import trusted_publication
from pages import public_cache
from pages.page_cache import MARKER, page_key
from portal import roles
from portal.public_address import public_url
from tests.factories import pages as factories
from tests.factories.moderation import user_with

PUBLIC = "public, max-age=0, s-maxage=300"
PRIVATE = "private, no-store"
OUTDATED = "The German original of this page has changed since it was translated."


def stored(path):
    """The cache's entry of `path` under the current content version, or None."""
    return cache.get(page_key(f"http://testserver{path}", public_cache.version()))


def publish(page):
    with trusted_publication():
        page.save_revision().publish()


def text(response):
    return response.content.decode()


@pytest.fixture
def staff_client(client, db):
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    return client


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name", ["home", "countries", "country", "profile", "about", "news"])
def test_the_second_anonymous_visit_comes_from_the_cache(
    client, tree, language, name, django_assert_num_queries
):
    path = tree[language][name].url
    first = client.get(path)
    assert first.status_code == 200
    assert first[MARKER] == "stored"
    assert first["Cache-Control"] == PUBLIC
    assert stored(path) is not None
    with django_assert_num_queries(1):  # the content version, nothing else
        second = client.get(path)
    assert second[MARKER] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == PUBLIC
    # The security headers come with the page; the policy needs no nonce (no inline script).
    for header in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy"):
        assert second[header] == first[header]
    assert "'nonce-" not in second["Content-Security-Policy"]
    assert second["X-Request-ID"] != first["X-Request-ID"]


def test_a_publication_is_visible_at_once_in_both_languages(client, tree, translate):
    german, english = tree["de"]["profile"], tree["en"]["profile"]
    client.get(german.url), client.get(english.url)
    assert OUTDATED not in text(client.get(english.url))
    german.title = "Elektrotechniker (neu)"
    publish(german)
    assert "Elektrotechniker (neu)" in text(client.get(german.url))
    assert OUTDATED in text(client.get(english.url))
    translate(german)  # the translation follows, published
    english_page = text(client.get(english.url))
    assert "[en] Elektrotechniker (neu)" in english_page
    assert OUTDATED not in english_page


def test_an_unpublication_is_visible_at_once_in_both_languages(client, tree):
    german, english = tree["de"]["news"], tree["en"]["news"]
    german_url = german.url
    client.get(german_url)
    assert f'hreflang="de" href="{public_url(german_url)}"' in text(client.get(english.url))
    german.unpublish()
    assert client.get(german_url).status_code == 404
    english_page = text(client.get(english.url))
    assert german_url not in english_page  # neither hreflang nor the language switcher


def test_a_scheduled_publication_is_visible_at_once_in_both_languages(client, tree):
    german, english = tree["de"]["profile"], tree["en"]["profile"]
    for page in (german, english):
        client.get(page.url)
    german.title = "Elektrotechniker (geplant)"
    revision = german.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    call_command("publish_scheduled")
    assert "Elektrotechniker (geplant)" in text(client.get(german.url))
    assert OUTDATED in text(client.get(english.url))


def test_a_move_and_a_deletion_are_visible_at_once_in_both_languages(client, tree):
    profile, news = tree["de"]["profile"], tree["de"]["news"]
    old, english_profile = profile.url, tree["en"]["profile"].url
    for path in (old, english_profile, news.url, tree["en"]["news"].url):
        client.get(path)
    other = factories.CountryProfilePageFactory(parent=tree["de"]["countries"], iso_code="PL")
    publish(other)
    profile.move(other, pos="last-child")
    moved = client.get(old)  # Wagtail's redirect from the old address, not the cached page
    assert moved.status_code == 301
    assert moved["Location"] == Page.objects.get(pk=profile.pk).url
    assert client.get(moved["Location"]).status_code == 200
    assert old not in text(client.get(english_profile))  # hreflang follows the move
    news_url = news.url
    news.delete()
    assert client.get(news_url).status_code == 404
    assert news_url not in text(client.get(tree["en"]["news"].url))


def test_a_restriction_is_visible_at_once_in_both_languages(client, tree):
    german, english = tree["de"]["profile"], tree["en"]["profile"]
    for page in (german, english):
        assert client.get(page.url)[MARKER] == "stored"
    restriction = PageViewRestriction.objects.create(page=german, restriction_type="groups")
    restriction.groups.set([Group.objects.get(name=roles.REGISTERED_STAFF)])
    for page in (german, english):
        response = client.get(page.url)
        assert response.status_code == 302
        assert response["Cache-Control"] == PRIVATE
        assert stored(page.url) is None


def test_a_menu_change_is_visible_at_once_in_both_languages(client, tree, translate):
    home = tree["de"]["home"]
    paths = [tree["de"]["about"].url, tree["en"]["about"].url]
    for path in paths:
        assert "Kontakt" not in text(client.get(path))
    contact = factories.StandardPageFactory(parent=home, title="Kontakt", slug="kontakt")
    publish(contact)
    assert "Kontakt" in text(client.get(paths[0]))
    translate(contact)
    assert "[en] Kontakt" in text(client.get(paths[1]))


def test_a_snippet_change_is_visible_at_once_in_both_languages(client, tree, english):
    occupation = tree["occupation"]
    paths = [tree["de"]["profile"].url, tree["en"]["profile"].url]
    for path in paths:
        client.get(path)
    occupation.name = "Elektroniker/-in für Betriebstechnik"
    occupation.save()
    assert "Elektroniker/-in für Betriebstechnik" in text(client.get(paths[0]))
    translated = occupation.get_translation(english)
    translated.name = "Electronics technician for industrial engineering"
    translated.save()
    assert "Electronics technician for industrial engineering" in text(client.get(paths[1]))


def test_only_visitors_without_cookies_of_their_own_are_served_from_the_cache(client, tree):
    path = tree["de"]["profile"].url
    assert client.get(path)[MARKER] == "stored"
    client.cookies["csrftoken"] = "a" * 32  # left by a form: nothing of the visitor's own
    assert client.get(path)[MARKER] == "hit"
    client.cookies["messages"] = "a message for this visitor"
    assert client.get(path)[MARKER] != "hit"


def test_only_the_query_parameters_pages_read_are_cached(client, tree):
    countries = tree["de"]["countries"].url
    assert client.get(f"{countries}?letter=T")[MARKER] == "stored"
    assert client.get(f"{countries}?letter=T")[MARKER] == "hit"
    for made_up in ("?utm_source=x", "?letter=T&letter=U", f"?page={'9' * 40}"):
        response = client.get(f"{countries}{made_up}")
        assert response[MARKER] == "skip", made_up
        assert stored(f"{countries}{made_up}") is None


def test_signed_in_responses_are_never_stored(staff_client, tree):
    for path in (tree["de"]["home"].url, tree["en"]["profile"].url, "/de/arbeitsbereich/"):
        response = staff_client.get(path)
        assert response.status_code == 200
        assert response["Cache-Control"] == PRIVATE
        assert response[MARKER] == "skip"
        assert stored(path) is None


def test_an_anonymous_visitor_after_staff_never_sees_staff_markup(staff_client, client, tree):
    path = tree["de"]["home"].url
    staff_page = text(staff_client.get(path))
    assert 'href="/de/arbeitsbereich/"' in staff_page
    anonymous = type(client)()
    for _visit in range(2):
        page = text(anonymous.get(path))
        assert "/de/arbeitsbereich/" not in page
        assert "site-footer__logout" not in page
        assert "csrfmiddlewaretoken" not in page


def test_restricted_pages_are_never_stored(client, tree):
    for path in ("/de/arbeitsbereich/", "/en/workspace/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Cache-Control"] == PRIVATE
        assert stored(path) is None


@pytest.mark.parametrize("name", ["login", "register"])
def test_forms_with_csrf_tokens_are_never_stored(client, db, name):
    from django.urls import reverse
    from django.utils import translation

    with translation.override("de"):
        path = reverse(name)
    response = client.get(path)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in text(response)
    assert response["Cache-Control"] == PRIVATE
    assert stored(path) is None
    assert client.get(path)["Cache-Control"] == PRIVATE


def test_the_language_redirect_of_the_root_is_never_stored(client, db):
    response = client.get("/", headers={"accept-language": "en"})
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert stored("/") is None
    assert client.get("/", headers={"accept-language": "de"})["Location"] == "/de/"


BACKENDS = (
    "import django; django.setup(); from wagtail.contrib.frontend_cache.utils import get_backends;"
    " print(sorted((name, type(backend).__name__) for name, backend in get_backends().items()))"
)


def test_production_purges_the_cdn_configured_in_the_environment():
    from tests.portal.test_settings import NEEDED, run, start

    cdn = {
        "FRONTEND_CACHE_URL": "http://varnish:6081",
        "CLOUDFLARE_ZONE_ID": "zone",
        "CLOUDFLARE_BEARER_TOKEN": "token-from-the-vault",
    }
    result = run([sys.executable, "-c", BACKENDS], **NEEDED, **cdn)
    assert result.returncode == 0, result.stderr
    backends = "[('cloudflare', 'CloudflareBackend'), ('proxy', 'HTTPBackend')]"
    assert result.stdout.strip() == backends
    refused = start(**NEEDED, CLOUDFLARE_ZONE_ID="zone")
    assert refused.returncode != 0
    assert "environment variable CLOUDFLARE_BEARER_TOKEN" in refused.stderr


def test_an_entry_stored_before_pages_had_ids_is_still_served(client, tree):
    url = tree["de"]["profile"].url
    response = client.get(url)
    key = page_key(response.wsgi_request.build_absolute_uri(), public_cache.version())
    status, headers, content, _page_id = cache.get(key)
    cache.set(key, (status, headers, content))  # as the page cache stored entries before
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == content
