from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import membership, mirroring, patches  # noqa: F401  (signal receivers)
        from .policies import PrivacyPagePermissionPolicy

        register_permission_policy(Page, PrivacyPagePermissionPolicy(Page))
        patches.apply()
