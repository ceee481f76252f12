"""Public profiles' PDFs rendered in the background after each publication.

Publishing changes the content version, which makes every stored PDF out of date
(pages.public_cache); the first visitor to ask for a profile's PDF would wait for its render
(about half a second). So each published country or professional profile that anonymous visitors
may read is queued for a render once the publication is committed (settings.PDF_PRERENDER), for
the host, port and scheme of its site's URL, into the cache where pdf.views looks.
"""

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.models import Page

from pages.models.pdf_route import PdfRouteMixin
from portal.frameworks.wagtail import anonymous_request
from privacy.views import is_public


@task()
def prerender_pdf(page_id):
    """Render the PDF of the live, public page `page_id` unless the cache holds it already; what
    was done ("rendered", "cached", "skipped")."""
    from .public import cached_public_pdf, store_public_pdf  # WeasyPrint: in workers only

    page = Page.objects.live().filter(pk=page_id).specific().first()
    if page is None or not is_public(page) or page.url is None:
        return "skipped"
    request = anonymous_request(page, f"{page.url}pdf/")
    if cached_public_pdf(request, page) is not None:
        return "cached"
    store_public_pdf(request, page)
    return "rendered"


def on_published(sender, instance, **kwargs):
    """page_published: queue the render of a profile's PDF after the commit."""
    if settings.PDF_PRERENDER and issubclass(instance.specific_class, PdfRouteMixin):
        transaction.on_commit(lambda: prerender_pdf.enqueue(instance.pk))
