"""The pages app: the content model."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The content model's app ("Pages and reference data" in the admin)."""

    name = "pages"
    verbose_name = _("Pages and reference data")

    def ready(self):
        """Register the system checks; connect every change readers could see to the content
        version (pages.public_cache): page publishing, unpublishing, moves and deletions (a live
        page deleted is not unpublished first), sites, locales and the snippets that pages show
        (cached pages show them: pages.page_cache); the CDN's purges beyond Wagtail's own
        (pages.cdn). The page chooser fetches the parents and locales of its rows at once
        (pages.admin_rows)."""
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.models import Locale, Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

        from portal.frameworks.wagtail import prepare_page_chooser_rows

        from . import cdn, checks  # noqa: F401  (checks registers the system checks)
        from .admin_rows import fetch_parents_and_locales
        from .public_cache import changed
        from .snippets import Chamber, GlossaryTerm, OccupationalField, ReferenceOccupation

        for name, signal in (
            ("published", page_published),
            ("unpublished", page_unpublished),
            ("moved", post_page_move),
        ):
            signal.connect(changed, dispatch_uid=f"content-version-page-{name}")
        post_delete.connect(changed, sender=Page, dispatch_uid="content-version-page-deleted")
        prepare_page_chooser_rows(fetch_parents_and_locales)
        from .models import FooterLinks

        snippets = (Chamber, GlossaryTerm, OccupationalField, ReferenceOccupation)
        for model in (Site, Locale, FooterLinks, *snippets):
            for signal in (post_save, post_delete):
                signal.connect(changed, sender=model, dispatch_uid=f"content-version-{model}")
        for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
            signal.connect(cdn.page_published, dispatch_uid=f"cdn-page-{name}")
        pre_page_move.connect(cdn.page_moving, dispatch_uid="cdn-page-moving")
        pre_delete.connect(cdn.page_deleted, sender=Page, dispatch_uid="cdn-page-deleted")
