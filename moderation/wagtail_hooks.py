"""Admin integration of roles, quality control and translation review."""

from wagtail import hooks

from . import registration_admin  # noqa: F401  (registration and staff accounts in the admin)
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
