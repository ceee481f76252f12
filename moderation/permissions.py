"""Page permissions of the portal on top of Wagtail's group page permissions.

- Nobody publishes around quality control: where a workflow applies, the editor's "Publish",
  bulk publishing, "publish copies" and `revision.publish(user=...)` are refused; content goes
  live only when the workflow's final task is approved (see moderation.workflows).
- Privacy (view restrictions) changes only through portal administrators, although Wagtail
  ties it to the publish permission.
- Nobody holds a permission on a page they may not read (privacy.rules): a group permission
  above a restricted tree stops at it.
"""

from wagtail.models import PagePermissionTester

from portal import roles
from privacy.rules import is_hidden


def is_portal_administrator(user):
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=roles.PORTAL_ADMINISTRATORS).exists()
    )


class PortalPagePermissionTester(PagePermissionTester):
    """Wagtail's page permission tester with the portal's rules on top: no permission on a page the
    user may not read, no publishing where a workflow applies, privacy for portal administrators
    only."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if is_hidden(page, user):
            self.permissions = set()

    def has_publish_permission(self):
        """Wagtail's own answer: the user holds publish permission on this part of the tree."""
        return super().can_publish()

    def can_publish(self):
        return self.has_publish_permission() and not self.page.has_workflow

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not self.page.has_workflow

    def can_set_view_restrictions(self):
        return is_portal_administrator(self.user) and not self.page_is_root
