"""The pdf app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PdfConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS; when ready, queues the render of public
    profiles' PDFs after each publication (pdf.tasks)."""

    name = "pdf"
    verbose_name = _("PDF export")

    def ready(self):
        from wagtail.signals import page_published

        from .tasks import on_published

        page_published.connect(on_published, dispatch_uid="pdf-prerender")
