from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = _("Roles and quality control")

    def ready(self):
        from . import chamber_groups  # noqa: F401  (connect its signal receivers)
