from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfileIoConfig(AppConfig):
    name = "profile_io"
    verbose_name = _("Import and export")
