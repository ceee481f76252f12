"""The editor's "Confirm as current": an unchanged, published profile sent through quality
control as it stands, so that its final approval records that it was checked (last reviewed,
moderation.workflows). It submits as Wagtail's "Submit to ..." does; it is offered only where
nothing has changed since publication and no workflow is under way."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import SubmitForModerationMenuItem

from pages.models.base import ReviewedMixin


class ConfirmAsCurrentMenuItem(SubmitForModerationMenuItem):
    """Submit to quality control, offered as what it means for an unchanged profile."""

    label = _("Confirm as current")
    icon_name = "tick"
    order = 25

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and isinstance(page, ReviewedMixin)
            and page.live
            and not page.has_unpublished_changes
            and page.current_workflow_state is None
            and super().is_shown(context)
        )

    def get_context_data(self, parent_context):
        return {**super().get_context_data(parent_context), "label": self.label}
