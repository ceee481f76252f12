"""`manage.py add_languages`: make every configured language's locale, tree, translators' group
and review in the database (translation.languages); does nothing for languages that have them."""

from django.core.management.base import BaseCommand

from translation.languages import add_language, configured_languages


class Command(BaseCommand):
    """Prints, per language, the pages it translated and submitted for review."""

    help = "Make the locale, page tree, translators' group and review of each configured language."

    def handle(self, *args, **options):
        for code in configured_languages():
            made = add_language(code)
            if made:
                titles = ", ".join(page.title for page in made)
                self.stdout.write(f"{code}: translated and submitted for review: {titles}")
            else:
                self.stdout.write(f"{code}: nothing to add.")
