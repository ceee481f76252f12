from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from pages.snippets import OccupationalField, ReferenceOccupation

        from . import cache, indexing

        page_published.connect(indexing.on_published, dispatch_uid="search-published")
        page_unpublished.connect(indexing.on_unpublished, dispatch_uid="search-unpublished")
        post_page_move.connect(indexing.on_moved, dispatch_uid="search-moved")
        # Cached answers show facet labels and page addresses (search.cache).
        for model in (OccupationalField, ReferenceOccupation, Site):
            for signal in (post_save, post_delete):
                signal.connect(
                    cache.on_label_or_site_changed, sender=model, dispatch_uid=f"search-{model}"
                )
