"""The workbench app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkbenchConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "workbench"
    verbose_name = _("Workbench")
