"""manage.py import_profiles FILE --user USERNAME [--format csv|json] [--dry-run]

Imports professional profiles from CSV or JSON (profile_io.importing; docs/import.md). All or
nothing: on any error, every error is printed to stderr as "row N, field F: message", nothing is
written and the command exits non-zero.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from profile_io.importing import import_profiles
from profile_io.reading import FORMATS, ProfileImportError


class Command(BaseCommand):
    """manage.py import_profiles FILE --user NAME: the import from the shell."""

    help = "Import professional profiles from a CSV or JSON file, as drafts into quality control."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV (UTF-8, ';' or ',') or JSON (a list of objects).")
        parser.add_argument(
            "--format", choices=FORMATS, help="Default: from the file name's extension."
        )
        parser.add_argument(
            "--user",
            required=True,
            help="Username of the active account that imports and submits the profiles.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check and import everything, then roll it back (nothing is submitted).",
        )

    def handle(self, *args, **options):
        user = (
            get_user_model()
            ._default_manager.filter(**{get_user_model().USERNAME_FIELD: options["user"]})
            .first()
        )
        if user is None or not user.is_active:
            raise CommandError(f"No active user named {options['user']!r}.")
        path = Path(options["file"])
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        try:
            result = import_profiles(
                content,
                user,
                format=options["format"],
                name=path.name,
                dry_run=options["dry_run"],
            )
        except ProfileImportError as failure:
            for error in failure.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(failure.errors)} error(s) in {path.name}: nothing was imported."
            ) from failure
        prefix = "Dry run, rolled back: " if result.dry_run else ""
        self.stdout.write(
            f"{prefix}{result.created} created, {result.updated} updated, "
            f"{result.unchanged} unchanged."
        )
