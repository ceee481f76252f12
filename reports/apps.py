"""The reports app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "reports"
    verbose_name = _("Reports")
