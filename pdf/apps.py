"""The pdf app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PdfConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "pdf"
    verbose_name = _("PDF export")
