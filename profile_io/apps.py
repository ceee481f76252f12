"""The profile_io app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfileIoConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "profile_io"
    verbose_name = _("Import and export")
