"""Admin integration of roles and quality control."""

from wagtail import hooks

from . import registration_admin  # noqa: F401  (registration and staff accounts in the admin)
from .workbench import DueForReviewPanel, MyChamberPanel, MyDraftsPanel, MySubmissionsPanel

REPLACED_PANELS = {"user_objects_in_workflow_moderation"}


@hooks.register("construct_homepage_panels")
def add_workbench_panels(request, panels):
    """The dashboard is each user's workbench (DESIGN section 4)."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in REPLACED_PANELS]
    panels.extend([MyDraftsPanel(), MySubmissionsPanel(), MyChamberPanel(), DueForReviewPanel()])
