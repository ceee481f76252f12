"""The CDN's purges (pages.cdn, wagtail.contrib.frontend_cache): a real HTTP server on this
machine takes the PURGE requests a caching proxy (Varnish, nginx) would get."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Page, PageViewRestriction

from moderation.publishing import trusted_publication
from portal import roles
from tests.factories import pages as factories


class Proxy(BaseHTTPRequestHandler):
    """Records each PURGE as (Host, path) on its server."""

    def do_PURGE(self):
        self.server.purged.add((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def proxy():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    server.purged = set()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


@pytest.fixture
def purged(proxy, settings):
    """The paths purged at the proxy while the test runs, after each change has committed."""
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{proxy.server_port}",
        }
    }
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    proxy.purged.clear()
    return lambda: {path for _host, path in proxy.purged}


def committed():
    return TestCase.captureOnCommitCallbacks(execute=True)


def test_a_restriction_purges_the_subtree_in_both_languages(tree, purged):
    country = tree["de"]["country"]
    with committed():
        restriction = PageViewRestriction.objects.create(page=country, restriction_type="groups")
        restriction.groups.set([Group.objects.get(name=roles.REGISTERED_STAFF)])
    paths = purged()
    for language in ("de", "en"):  # privacy mirrors the restriction to the translation
        assert tree[language]["country"].url in paths
        assert tree[language]["profile"].url in paths
    assert tree["de"]["news"].url not in paths


def test_a_publication_purges_the_page_and_its_translations(tree, purged):
    german = tree["de"]["profile"]
    german.title = "Elektrotechniker (neu)"
    with committed(), trusted_publication():
        german.save_revision().publish()
    assert {german.url, tree["en"]["profile"].url} <= purged()


def test_a_move_purges_the_old_addresses_and_a_deletion_the_page(tree, purged):
    country, profile = tree["de"]["country"], tree["de"]["profile"]
    other = factories.CountryProfilePageFactory(parent=tree["de"]["countries"], iso_code="PL")
    old = {country.url, profile.url}
    with committed():
        profile.move(other, pos="last-child")
    assert profile.url in purged()
    assert Page.objects.get(pk=profile.pk).url not in purged()
    with committed():
        country.delete()
    assert old <= purged()


def test_nothing_is_sent_without_a_cdn(tree, proxy, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    proxy.purged.clear()
    with committed():
        PageViewRestriction.objects.create(page=tree["de"]["country"], restriction_type="login")
    assert proxy.purged == set()
