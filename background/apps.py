"""The background app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackgroundConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "background"
    verbose_name = _("Background work")
