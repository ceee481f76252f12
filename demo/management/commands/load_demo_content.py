"""`manage.py load_demo_content`: the demo content and demo accounts (demo/loader.py).

Refused where settings.DEMO_CONTENT_ALLOWED is False (production settings): demo accounts with a
known password must never exist there.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from demo.loader import DemoLoader


class Command(BaseCommand):
    """manage.py load_demo_content: the demo content and demo accounts."""

    help = "Load demo content and demo accounts (idempotent: existing objects are left alone)."

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                _("Demo content is never loaded with production settings: nothing was changed.")
            )
        DemoLoader(log=self.stdout.write).load()
