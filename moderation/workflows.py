"""What happens when the last task of a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports this module while its own models load: models are imported where used.
"""

from django.utils import timezone

from .publishing import trusted_publication


def publish_approved(workflow_state, user=None):
    """Publish the approved revision in the name of the final approver.

    Everywhere a workflow applies, direct publishing is refused (moderation.permissions and
    moderation.publishing), so the final approval is the one way to publish. Who may give it is
    decided by the final task (its groups and the four-eyes rules), not by page permissions:
    Translation review is approved by a reviewer who holds no publish permission.
    """
    revision = workflow_state.content_object.get_latest_revision()
    if user is not None and checked_the_content(workflow_state):
        stamp_review(revision, user)
    with trusted_publication():
        revision.publish(user=user, skip_permission_checks=True)


def checked_the_content(workflow_state):
    """Whether the workflow ended with a final check of the content (quality control, where
    "confirm as current" goes too), not a review of a translation's wording."""
    from .models import FinalCheckTask

    return isinstance(workflow_state.current_task_state.task.specific, FinalCheckTask)


def stamp_review(revision, user):
    """A reviewed page's approved revision says that `user` checked it today ("last
    reviewed"), before it is published: the date is set by approval, never typed. Only the
    German original is checked against the sources; its translations take the date over with
    its other synchronised fields."""
    from wagtail.models import Locale

    from pages.models.base import ReviewedMixin

    page = revision.as_object()
    if isinstance(page, ReviewedMixin) and page.locale_id == Locale.get_default().pk:
        page.mark_reviewed(user, timezone.localdate())
        revision.content = page.serializable_data()
        revision.save(update_fields=["content"])
