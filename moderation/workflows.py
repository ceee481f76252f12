"""What happens when the last task of a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION)."""

from django.core.exceptions import PermissionDenied


def publish_approved(workflow_state, user=None):
    """Publish the approved revision in the name of the final approver.

    The editor refuses direct publishing where a workflow applies (moderation.permissions), so
    the final approval is the one way to publish: it still requires the approver to hold publish
    permission on that part of the tree, which only Competent editors do.
    """
    content = workflow_state.content_object
    tester = content.permissions_for_user(user) if user is not None else None
    if tester is not None and hasattr(tester, "has_publish_permission"):
        if not tester.has_publish_permission():
            raise PermissionDenied("The final approver needs publish permission.")
        content.get_latest_revision().publish(user=user, skip_permission_checks=True)
    else:
        content.get_latest_revision().publish(user=user)
