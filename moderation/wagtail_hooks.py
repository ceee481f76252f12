"""Admin integration of roles, quality control and translation review."""

from django.db.models import Q
from wagtail import hooks
from wagtail.models import Collection

from . import registration_admin  # noqa: F401  (registration and staff accounts in the admin)
from .permissions import is_registered_staff
from .translation_review import admin_urls as translation_review_urls
from .workbench import (
    DueForReviewPanel,
    MyChamberPanel,
    MyDraftsPanel,
    MySubmissionsPanel,
    NewForumTopicsPanel,
    TranslationsToDoPanel,
)

REPLACED_PANELS = {"user_objects_in_workflow_moderation"}


@hooks.register("construct_homepage_panels")
def add_workbench_panels(request, panels):
    """The dashboard is each user's workbench (DESIGN section 4)."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in REPLACED_PANELS]
    panels.extend(
        [
            MyDraftsPanel(),
            MySubmissionsPanel(),
            TranslationsToDoPanel(),
            MyChamberPanel(),
            DueForReviewPanel(),
            NewForumTopicsPanel(),
        ]
    )


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    return translation_review_urls()


def restricted_collection_ids():
    """Collections with a view restriction, and everything below them."""
    paths = Q()
    for collection in Collection.objects.filter(view_restrictions__isnull=False):
        paths |= Q(path__startswith=collection.path)
    return list(Collection.objects.filter(paths).values_list("pk", flat=True)) if paths else []


@hooks.register("construct_page_chooser_queryset")
def hide_restricted_pages_from_choosers(pages, request):
    """Choosers list restricted pages only to those who may read them (DESIGN section 6)."""
    return pages if is_registered_staff(request.user) else pages.public()


@hooks.register("construct_document_chooser_queryset")
@hooks.register("construct_image_chooser_queryset")
def hide_restricted_media_from_choosers(media, request):
    if is_registered_staff(request.user):
        return media
    hidden = restricted_collection_ids()
    return media.exclude(collection_id__in=hidden) if hidden else media
