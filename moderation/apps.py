"""The moderation app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "moderation"
    verbose_name = _("Roles and quality control")
