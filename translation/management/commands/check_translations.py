"""Fail when an interface string is untranslated or a catalogue is stale.

Runs `makemessages` and compares: every msgid the code and templates use must be in the
committed .po files (and nothing obsolete left there), every entry must be translated and not
fuzzy, and the committed .mo files must match their .po files; every language of settings.LANGUAGES
needs its catalogue. Entries a machine pre-translated carry the translator comment
MACHINE_COMMENT until a translator has reviewed them: they count as translated (gettext uses
them) and the check says how many are left to review. Django's makemessages writes into
the project's locale/ (it finds it by walking the tree), so the committed catalogues are kept
aside and put back afterwards: the check never changes them. Fix problems with `make messages`.
"""

import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

IGNORE = [".venv", "var", "node_modules", "docs", "tests", "build"]
MACHINE_COMMENT = "machine translation, to be reviewed"


def entry_keys(catalogue):
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural)
        for entry in catalogue
        if not entry.obsolete
    }


class Command(BaseCommand):
    """`manage.py check_translations`: fails when an interface string is untranslated or a catalogue
    is stale, and says which."""

    help = (
        "Check that locale/ covers every interface string, translated, and .mo files are current."
    )

    def handle(self, *args, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        codes = [code for code, _name in settings.LANGUAGES]
        with tempfile.TemporaryDirectory() as scratch:
            committed_dir = Path(scratch) / "committed"
            shutil.copytree(locale_dir, committed_dir)
            try:
                call_command(
                    "makemessages",
                    locale=codes,
                    ignore_patterns=IGNORE,
                    no_obsolete=True,
                    verbosity=0,
                )
                extracted = {
                    code: polib.pofile(str(locale_dir / code / "LC_MESSAGES" / "django.po"))
                    for code in codes
                }
            finally:
                shutil.rmtree(locale_dir)
                shutil.copytree(committed_dir, locale_dir)
        problems = []
        for code in codes:
            problems += self.check_language(locale_dir, extracted[code], code)
        if problems:
            raise CommandError("Translations are incomplete:\n  " + "\n  ".join(problems))
        self.stdout.write("Every interface string is translated; catalogues are current.")
        for code in codes:
            catalogue = polib.pofile(str(locale_dir / code / "LC_MESSAGES" / "django.po"))
            machine = sum(MACHINE_COMMENT in entry.tcomment for entry in catalogue)
            if machine:
                self.stdout.write(f"{code}: {machine} machine translations to be reviewed.")

    def check_language(self, locale_dir, extracted, code):
        po_path = locale_dir / code / "LC_MESSAGES" / "django.po"
        if not po_path.exists():
            return [f"{po_path} is missing"]
        committed = polib.pofile(str(po_path))
        problems = [
            f"{code}: not in the catalogue: {msgid!r}"
            for _ctx, msgid, _plural in entry_keys(extracted) - entry_keys(committed)
        ]
        problems += [
            f"{code}: no longer used: {msgid!r}"
            for _ctx, msgid, _plural in entry_keys(committed) - entry_keys(extracted)
        ]
        for entry in committed:
            if entry.obsolete:
                continue
            translated = all(entry.msgstr_plural.values()) if entry.msgid_plural else entry.msgstr
            if not translated or "fuzzy" in entry.flags:
                problems.append(f"{code}: untranslated or fuzzy: {entry.msgid!r}")
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists():
            problems.append(f"{mo_path} is missing")
            return problems
        compiled = {
            (entry.msgctxt, entry.msgid): (entry.msgstr, entry.msgstr_plural)
            for entry in polib.mofile(str(mo_path))
        }
        current = {
            (entry.msgctxt, entry.msgid): (entry.msgstr, entry.msgstr_plural)
            for entry in committed
            if not entry.obsolete and "fuzzy" not in entry.flags
        }
        if compiled != current:
            problems.append(f"{code}: {mo_path.name} is not compiled from {po_path.name}")
        return problems
