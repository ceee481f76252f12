"""The portal's public address: the base of every absolute link that leaves a request.

hreflang alternates, the sitemap, PDFs and e-mails name the portal by the address readers know
(settings.WAGTAILADMIN_BASE_URL, from the environment), never by the host a request came in by
nor by the Wagtail Site's hostname.
"""

from django.conf import settings


def public_url(path):
    """`path` (beginning with "/", or empty for the portal itself) under the public address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def public_page_url(page, request=None):
    """The page's address under the public address."""
    _site_id, _root_url, page_path = page.get_url_parts(request)
    return public_url(page_path)
