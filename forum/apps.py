"""The forum app: topics and posts of the restricted area's forum; registers its part of personal
data when ready."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    """The forum app ("Forum" in the admin)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "forum"
    verbose_name = _("Forum")

    def ready(self):
        from . import personal_data

        personal_data.register()
