"""The `<page url>pdf/` view of country and professional profiles (DESIGN section 7).

The profile page types route `pdf/` to the view named by settings.PORTAL_PDF_VIEW
(pages.models.pdf_route), which is `serve_pdf`; WeasyPrint is loaded on the first PDF.

Privacy: Wagtail's serve view runs the view-restriction hook for routable sub-routes too, but
every custom serve path checks `get_view_restrictions()` itself (DESIGN section 10), so a
restricted profile's PDF reaches only those who may read the page, uncached by anyone else.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from django_ratelimit.core import is_ratelimited

from portal.cache import limited_status
from portal.http_cache import cache_publicly, keep_private
from privacy.views import is_public, refusal

from .public import cached_public_pdf, store_public_pdf
from .rendering import render_pdf


def too_many_renders():
    status, outage = limited_status()
    if outage:
        text = gettext("PDFs cannot be made at the moment. Please try again in a few minutes.")
    else:
        text = gettext(
            "Too many PDFs were asked for from your address. Please try again in a minute."
        )
    response = HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)
    response["Retry-After"] = "60"
    return keep_private(response)


def serve_pdf(request, page):
    """The page's PDF. A public one is rendered once per content version (every publish changes it
    on, pages.public_cache) and host, and kept in the cache (pdf.public; after a publication the
    task queue renders it in advance: pdf.tasks); renders are limited per address
    (settings.PDF_RENDER_RATE), as each takes about half a second of a worker."""
    refused = refusal(request, page)
    if refused is not None:
        return refused
    public = is_public(page) and not request.user.is_authenticated
    pdf = cached_public_pdf(request, page) if public else None
    if pdf is None:
        if is_ratelimited(
            request, group="pdf-render", key="ip", rate=settings.PDF_RENDER_RATE, increment=True
        ):
            return too_many_renders()
        pdf = store_public_pdf(request, page) if public else render_pdf(request, page)[0]
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=f"{page.slug}.pdf"
    )
    return cache_publicly(response, "pdf") if public else keep_private(response)
