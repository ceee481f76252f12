from django.core.management.base import BaseCommand

from pages.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load demo content and demo accounts (idempotent: existing objects are left alone)."

    def handle(self, *args, **options):
        DemoLoader(log=self.stdout.write).load()
