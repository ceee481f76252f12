"""The privacy app: installs its rules when Django is ready."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """The privacy app; when ready, connects its signal receivers, registers the page permission
    policy and patches wagtail-localize's copying of view restrictions."""

    name = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import audit, membership, mirroring, patches  # noqa: F401  (signal receivers)
        from .policies import PrivacyPagePermissionPolicy

        register_permission_policy(Page, PrivacyPagePermissionPolicy(Page))
        patches.apply()
