"""`manage.py rebuild_search_index`: index every live page again."""

from django.core.management.base import BaseCommand

from search.indexing import rebuild
from search.models import SearchDocument


class Command(BaseCommand):
    """Rebuilds the search index from every live page; with --if-empty only when it has no
    documents."""

    help = (
        "Index every live page for the portal's search again. Publishing keeps the index up to "
        "date; run this after changing what is indexed or restoring a database."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when the index has documents."
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and SearchDocument.objects.exists():
            self.stdout.write("The search index is not empty; nothing to do.")
            return
        rebuild(log=self.stdout.write)
