"""manage.py backup [--dir DIR]: the database and the media in one dated archive with a checksum
(operations.backups; docs/operations.md#backups)."""

from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, back_up


class Command(BaseCommand):
    """manage.py backup: writes the archive and prints its path."""

    help = "Back up the database and the uploaded files into one archive with a checksum."

    def add_arguments(self, parser):
        parser.add_argument("--dir", help="Where the archive goes (default: BACKUP_DIR).")

    def handle(self, *args, **options):
        try:
            archive = back_up(options["dir"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(archive))
