"""How long browsers and shared caches (a CDN) may keep a response: one rule per kind.

A response is either public, for `settings.PORTAL_CACHE_SECONDS[kind]` seconds, or private
and never stored (`private, no-store`). Only what is the same for every reader may be public;
everything a signed-in user is sent is private (portal.middleware). Public pages tell shared
caches their own lifetime (s-maxage, "page_shared"): a CDN is told of publishing and
unpublishing (wagtail.contrib.frontend_cache) and holds a page longer than a browser.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control


def cache_publicly(response, kind):
    """Mark `response` as the same for everyone, kept for the lifetime of its kind."""
    patch_cache_control(response, public=True, max_age=settings.PORTAL_CACHE_SECONDS[kind])
    return response


def cache_page_publicly(response):
    """Mark a public page as the same for everyone: browsers keep it for the lifetime "page",
    shared caches for "page_shared"."""
    seconds = settings.PORTAL_CACHE_SECONDS
    patch_cache_control(
        response, public=True, max_age=seconds["page"], s_maxage=seconds["page_shared"]
    )
    return response


def keep_private(response):
    """Mark `response` as for its reader only: never stored by a browser or a shared cache
    (whatever lifetime it was given before)."""
    response["Cache-Control"] = "private, no-store"
    return response
