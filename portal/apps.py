"""The portal package as an app: the site's chrome (its template tags) lives here."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project package, installed for its template tags (menu, alternates, restricted area)."""

    name = "portal"
    verbose_name = _("Portal")
