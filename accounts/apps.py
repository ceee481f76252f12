"""The accounts app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "accounts"
    verbose_name = _("Accounts and registration")

    def ready(self):
        from portal.frameworks.wagtail import log_through_lazy_objects, profile_read_once

        from . import audit, chamber_groups, signals  # noqa: F401  (connect their signal receivers)
        from .personal_data import register

        register()
        log_through_lazy_objects()  # request.user is wrapped twice once django-otp is installed
        profile_read_once()  # Wagtail's user bar and admin templates each read the profile
