"""The pages app: the content model."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The content model's app ("Pages and reference data" in the admin)."""

    name = "pages"
    verbose_name = _("Pages and reference data")

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
