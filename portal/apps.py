"""The portal package as an app: the site's chrome (its template tags) lives here, and the
patches of frameworks that belong to no feature app are applied here."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project package, installed for its template tags (menu, alternates, restricted area)."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db import connection

        if connection.vendor == "postgresql":
            from portal.frameworks.psycopg import escape_array_items_quickly

            escape_array_items_quickly()  # bulk inserts of JSON-heavy rows (pages, revisions)
