"""Public PDFs in the cache: one per page, content version (pages.public_cache) and host.

Rendered by the first visitor who asks (pdf.views) or, after each publication, in advance by the
task queue (pdf.tasks); restricted profiles' PDFs are never stored (pdf.views checks).
"""

from django.conf import settings
from django.core.cache import cache

from pages.public_cache import public_key

from .rendering import render_pdf


def public_pdf_key(request, page):
    return public_key("pdf", [page.pk, request.scheme, request.get_host()])


def cached_public_pdf(request, page):
    return cache.get(public_pdf_key(request, page))


def store_public_pdf(request, page):
    """Render the page's PDF for anonymous visitors and keep it; the PDF."""
    pdf, _fetcher = render_pdf(request, page)
    cache.set(public_pdf_key(request, page), pdf, settings.PORTAL_CACHE_SECONDS["pdf"])
    return pdf
