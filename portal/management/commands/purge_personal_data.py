"""`manage.py purge_personal_data`: delete personal data kept longer than its retention period.

Run daily by cron or the task queue. What is purged and after how many days: the apps'
registrations in portal.personal_data and the setting PORTAL_RETENTION.
"""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from portal import personal_data


class Command(BaseCommand):
    """Purges every registered kind of personal data older than its period and reports each."""

    help = (
        "Delete rejected and withdrawn registrations, API call logs and every other kind of "
        "personal data older than its period in PORTAL_RETENTION, and report what was deleted."
    )

    def handle(self, *args, **options):
        try:
            results = personal_data.purge()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        for name, days, deleted in results:
            self.stdout.write(f"{name}: {deleted} deleted (older than {days} days)")
