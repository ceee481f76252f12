"""The `pdf/` route of the profile page types: `<page url>pdf/` is the page as PDF.

The view is the pdf app's, named by settings.PORTAL_PDF_VIEW (a dotted path to a view taking the
request and the page) and imported on the first request: pages never imports the pdf app, and
WeasyPrint is loaded only when a PDF is asked for. A professional profile may therefore not have
the slug "pdf" (ProfessionalProfilePage.clean).
"""

from django.conf import settings
from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class PdfRouteMixin(RoutablePageMixin):
    """A routable page with a `pdf/` route to settings.PORTAL_PDF_VIEW."""

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        """The page as PDF in its language."""
        return import_string(settings.PORTAL_PDF_VIEW)(request, self)
