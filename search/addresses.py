"""Addresses of result pages from their tree paths: what Page.get_url(request) answers.

A page of results links twenty pages. Rather than reversing Wagtail's serve view under each
page's language for every one of them, each site root and language is reversed once, and the
rest of a page's path is appended, quoted as reverse() quotes it. tests/test_search.py holds
both to the same answers.
"""

from urllib.parse import quote

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.coreutils import WAGTAIL_APPEND_SLASH, get_supported_content_language_variant
from wagtail.models import Site

SAFE = RFC3986_SUBDELIMS + "/~:@"  # what reverse() leaves unquoted


class Addresses:
    """Page addresses as seen from `request`'s site (relative there, absolute elsewhere)."""

    def __init__(self, request):
        self.site = Site.find_for_request(request)
        self.roots = Site.get_site_root_paths()  # Wagtail's order: the best match first
        self.single_site = len({root.site_id for root in self.roots}) == 1
        self.prefixes = {}

    def url(self, url_path):
        roots = [root for root in self.roots if url_path.startswith(root.root_path)]
        if not roots:
            return None
        root = roots[0]
        if self.site is not None and len({item.site_id for item in roots}) > 1:
            root = next((item for item in roots if item.site_id == self.site.pk), root)
        prefix = self._prefix(root)
        if prefix is None:
            return None
        path = prefix + quote(url_path[len(root.root_path) :], safe=SAFE)
        if not WAGTAIL_APPEND_SLASH and path != "/":
            path = path.rstrip("/")
        if self.single_site or (self.site is not None and root.site_id == self.site.pk):
            return path
        return root.root_url + path

    def _prefix(self, root):
        """The serve view's address of the site root in its language (or the active variant)."""
        language = root.language_code
        try:
            if get_supported_content_language_variant(translation.get_language()) == language:
                language = translation.get_language()
        except LookupError:
            pass
        key = (root.root_path, language)
        if key not in self.prefixes:
            try:
                with translation.override(language):
                    self.prefixes[key] = reverse("wagtail_serve", args=("",))
            except NoReverseMatch:
                self.prefixes[key] = None
        return self.prefixes[key]
