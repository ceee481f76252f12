"""Page permissions of the portal on top of Wagtail's group page permissions.

- Nobody publishes around quality control: where a workflow applies, the editor's "Publish",
  bulk publishing, "publish copies" and `revision.publish(user=...)` are refused; content goes
  live only when the workflow's final task is approved (see moderation.workflows).
- Privacy (view restrictions) changes only through portal administrators, although Wagtail
  ties it to the publish permission.
- Nobody holds a permission on a page they may not read (privacy.rules): a group permission
  above a restricted tree stops at it.

Deleting and moving a leaf page is decided from the page's own row: Wagtail asks the database
whether the page "and its descendants" are live or someone else's, a query per row of every
admin listing (twice: the delete and the move button). tests/moderation/test_permissions.py
compares the answer with Wagtail's own for every case.
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

    def can_delete(self, ignore_bulk=False):
        if not self.page.is_leaf() or self.user.is_superuser or not self.user.is_active:
            return super().can_delete(ignore_bulk)
        if self.page_is_root:
            return False
        own_draft = not self.page.live and self.page.owner_id == self.user.pk
        if "change" in self.permissions:
            return "publish" in self.permissions or not self.page.live
        if "add" in self.permissions:
            if "publish" in self.permissions:
                return self.page.owner_id == self.user.pk
            return own_draft
        return False

    def can_set_view_restrictions(self):
        return is_portal_administrator(self.user) and not self.page_is_root
