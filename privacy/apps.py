"""The privacy app: installs its rules when Django is ready."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """The privacy app; when ready, connects its signal receivers, registers the page permission
    policy and patches wagtail-localize's copying of view restrictions."""

    name = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.models import Page, PageViewRestriction
        from wagtail.permissions import register_permission_policy

        from pages.cdn import restriction_saved
        from pages.public_cache import changed

        from . import audit, membership, mirroring, patches  # noqa: F401  (signal receivers)
        from .policies import PrivacyPagePermissionPolicy

        register_permission_policy(Page, PrivacyPagePermissionPolicy(Page))
        patches.apply()
        # What is cached for everyone rests on the view restrictions (pages.public_cache).
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(changed, sender=PageViewRestriction, dispatch_uid=f"privacy-{name}")
        m2m_changed.connect(
            changed,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="privacy-restriction-groups",
        )
        # A page closed to the public leaves a CDN at once (pages.cdn).
        post_save.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid="privacy-cdn")
