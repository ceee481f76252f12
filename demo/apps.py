"""The demo app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "demo"
    verbose_name = _("Demo content")
