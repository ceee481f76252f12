"""The search app: keeps the search documents and cached answers in step with the content."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The search app; when ready, connects indexing to publishing, moves and deletes, and the
    content version to changes of facet values (pages.public_cache)."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from pages.public_cache import changed
        from pages.snippets import OccupationalField, ReferenceOccupation

        from . import indexing

        page_published.connect(indexing.on_published, dispatch_uid="search-published")
        page_unpublished.connect(indexing.on_unpublished, dispatch_uid="search-unpublished")
        post_page_move.connect(indexing.on_moved, dispatch_uid="search-moved")
        # Cached answers show facet labels (pages, sites, locales and restrictions change the
        # content version where they are kept: pages.apps, privacy.apps).
        for model in (OccupationalField, ReferenceOccupation):
            for signal in (post_save, post_delete):
                signal.connect(changed, sender=model, dispatch_uid=f"search-{model}")
        post_save.connect(
            indexing.on_occupation_saved, sender=ReferenceOccupation, dispatch_uid="search-named"
        )
        for model in (OccupationalField, ReferenceOccupation):
            post_delete.connect(
                indexing.on_facet_value_deleted, sender=model, dispatch_uid=f"search-gone-{model}"
            )
