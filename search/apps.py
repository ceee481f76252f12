"""The search app: keeps the search documents and cached answers in step with the content."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The search app; when ready, connects indexing and the cache to publishing, moves, deletes and
    the changes of facet values, sites, locales and view restrictions."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.models import Locale, Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from pages.snippets import OccupationalField, ReferenceOccupation

        from . import cache, indexing

        page_published.connect(indexing.on_published, dispatch_uid="search-published")
        page_unpublished.connect(indexing.on_unpublished, dispatch_uid="search-unpublished")
        post_page_move.connect(indexing.on_moved, dispatch_uid="search-moved")
        # Cached answers show facet labels, page addresses and menus of public pages, and
        # rest on the locales and view restrictions (search.cache); a live page deleted is not
        # unpublished first.
        for model in (OccupationalField, ReferenceOccupation, Site, PageViewRestriction, Locale):
            for signal in (post_save, post_delete):
                signal.connect(
                    cache.on_content_changed, sender=model, dispatch_uid=f"search-{model}"
                )
        m2m_changed.connect(
            cache.on_content_changed,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="search-restriction-groups",
        )
        post_delete.connect(cache.on_content_changed, sender=Page, dispatch_uid="search-deleted")
        for model in (OccupationalField, ReferenceOccupation):
            post_delete.connect(
                indexing.on_facet_value_deleted, sender=model, dispatch_uid=f"search-gone-{model}"
            )
