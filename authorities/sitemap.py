"""The chamber directory and every chamber's page in the sitemap, under each live, public finder.

Sub-routes of the finder page (authorities.models) are not pages, so the portal's page sitemap
(pages.sitemap) does not list them. Chambers are public reference data: only published ones.
"""

from django.utils import translation

from pages.sitemap import PortalSitemap
from pages.snippets import Chamber, published

from .models import AuthorityFinderPage


class ChamberSitemap(PortalSitemap):
    """(finder page, route name, route arguments) for the directory and each chamber's page."""

    def items(self):
        finders = AuthorityFinderPage.objects.live().public().select_related("locale")
        slugs = list(published(Chamber.objects.order_by("slug")).values_list("slug", flat=True))
        return [
            (finder, name, args)
            for finder in finders.order_by("path")
            for name, args in [("directory", ()), *[("chamber", (slug,)) for slug in slugs]]
        ]

    def location(self, item):
        finder, name, args = item
        with translation.override(finder.locale.language_code):
            return super().location(finder) + finder.reverse_subpage(name, args=args)

    def lastmod(self, item):
        return item[0].last_published_at

    def get_latest_lastmod(self):
        dates = [finder.last_published_at for finder, *_rest in self.items()]
        return max((date for date in dates if date is not None), default=None)
