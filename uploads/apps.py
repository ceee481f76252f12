"""The uploads app: the admin's document and image forms check every upload's content."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    """The uploads app (no models: its forms are Wagtail's document and image form bases)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "uploads"
    verbose_name = _("Uploads")
