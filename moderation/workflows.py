"""What happens when the last task of a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION)."""

from .publishing import trusted_publication


def publish_approved(workflow_state, user=None):
    """Publish the approved revision in the name of the final approver.

    Everywhere a workflow applies, direct publishing is refused (moderation.permissions and
    moderation.publishing), so the final approval is the one way to publish. Who may give it is
    decided by the final task (its groups and the four-eyes rules), not by page permissions:
    Translation review is approved by a reviewer who holds no publish permission.
    """
    revision = workflow_state.content_object.get_latest_revision()
    with trusted_publication():
        revision.publish(user=user, skip_permission_checks=True)
