"""`manage.py load_demo_content`: the demo content and demo accounts (demo/loader.py)."""

from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    """manage.py load_demo_content: the demo content and demo accounts."""

    help = "Load demo content and demo accounts (idempotent: existing objects are left alone)."

    def handle(self, *args, **options):
        DemoLoader(log=self.stdout.write).load()
