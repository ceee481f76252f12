"""One sitemap for both languages, with live public pages only.

Wagtail's own sitemap lists only the default site's tree (German) and would need `.public()`
added; this one lists every live, public page of every locale, so nothing restricted appears.
Large trees are split into pages of the sitemap index by Django's sitemap framework. Every
address in either is under the portal's public address (portal.public_address), whichever host
the request came in by.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from wagtail.models import Page

from portal.public_address import public_url


def sitemap_index(request, sitemaps):
    """Django's sitemap index, with the address of each section under the public address."""
    response = sitemap_views.index(request, sitemaps)
    for item in response.context_data["sitemaps"]:
        item.location = public_url(urlsplit(item.location)._replace(scheme="", netloc="").geturl())
    return response


class PortalSitemap(Sitemap):
    """Every live, public page of every locale, with the date it was last published."""

    limit = 10_000

    @property
    def protocol(self):
        return urlsplit(public_url("")).scheme

    def get_domain(self, site=None):
        return urlsplit(public_url("")).netloc

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gte=2)
            .only("url_path", "locale_id", "last_published_at", "path", "depth")
            .order_by("path")
        )

    def location(self, item):
        _site_id, _root_url, page_path = item.get_url_parts()
        return page_path

    def lastmod(self, item):
        return item.last_published_at

    def get_latest_lastmod(self):
        """For the index, from the database, instead of Django's walk over every item."""
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]
