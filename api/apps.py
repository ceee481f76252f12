"""The API app: registers the outcomes API's bearer scheme with the OpenAPI schema and its part of
personal data when ready."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The API app ("Interfaces for other authorities" in the admin)."""

    name = "api"
    verbose_name = _("Interfaces for other authorities")

    def ready(self):
        from . import schema  # noqa: F401  (registers the bearer scheme with drf-spectacular)
        from .personal_data import register

        register()
