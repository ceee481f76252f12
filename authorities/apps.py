"""The competent authority finder's app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuthoritiesConfig(AppConfig):
    """The finder and the chamber directory (their page type lives in models.py)."""

    name = "authorities"
    verbose_name = _("Competent authorities")
