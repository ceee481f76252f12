from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import indexing

        page_published.connect(indexing.on_published, dispatch_uid="search-published")
        page_unpublished.connect(indexing.on_unpublished, dispatch_uid="search-unpublished")
        post_page_move.connect(indexing.on_moved, dispatch_uid="search-moved")
