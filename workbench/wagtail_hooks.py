"""The admin dashboard is each user's workbench: the panels of workbench.panels."""

from wagtail import hooks

from .panels import (
    AwaitingMyReviewPanel,
    DueForReviewPanel,
    MyChamberPanel,
    MyDraftsPanel,
    MyLockedPagesPanel,
    MySubmissionsPanel,
    NewForumTopicsPanel,
    TranslationsToDoPanel,
)

REPLACED_PANELS = {
    "user_objects_in_workflow_moderation",
    "workflow_objects_to_moderate",
    "locked_pages",
}


@hooks.register("construct_homepage_panels")
def add_workbench_panels(request, panels):
    """The dashboard is each user's workbench (DESIGN section 4)."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in REPLACED_PANELS]
    panels.extend(
        [
            AwaitingMyReviewPanel(),
            MyDraftsPanel(),
            MyLockedPagesPanel(),
            MySubmissionsPanel(),
            TranslationsToDoPanel(),
            MyChamberPanel(),
            DueForReviewPanel(),
            NewForumTopicsPanel(),
        ]
    )
