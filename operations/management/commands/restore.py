"""manage.py restore ARCHIVE [--noinput]: the database and the media of a backup, in place of
what the portal holds now (operations.backups; docs/operations.md#backups)."""

from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, restore


class Command(BaseCommand):
    """manage.py restore ARCHIVE: checks the archive, asks, then replaces everything."""

    help = "Replace the database and the uploaded files with those of a backup archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A bqportal-*.tar with its .sha256 beside it.")
        parser.add_argument(
            "--noinput", action="store_false", dest="interactive", help="Do not ask first."
        )

    def handle(self, *args, **options):
        if options["interactive"]:
            answer = input(
                "Everything in the database and the media folder is replaced by the archive's. "
                "Type 'yes' to go on: "
            )
            if answer != "yes":
                raise CommandError("Nothing was restored.")
        try:
            manifest = restore(options["archive"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = ", ".join(f"{count} {name}" for name, count in manifest["counts"].items())
        self.stdout.write(f"Restored the backup of {manifest['created']}: {counts}.")
