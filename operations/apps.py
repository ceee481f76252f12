"""The operations app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "operations"
    verbose_name = _("Operations")
