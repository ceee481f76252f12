"""Page permissions of the portal on top of Wagtail's group page permissions.

- Nobody publishes around quality control: where a workflow applies, the editor's "Publish",
  bulk publishing, "publish copies" and `revision.publish(user=...)` are refused; content goes
  live only when the workflow's final task is approved (see moderation.workflows).
- Privacy (view restrictions) changes only through portal administrators, although Wagtail
  ties it to the publish permission.
"""

from wagtail.models import PagePermissionTester

from . import roles


def is_registered_staff(user):
    """Approved chamber staff: the only readers of the restricted area (cached on the user)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if not hasattr(user, "_is_registered_staff"):
        user._is_registered_staff = user.is_superuser or (
            user.groups.filter(name=roles.REGISTERED_STAFF).exists()
        )
    return user._is_registered_staff


def is_portal_administrator(user):
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=roles.PORTAL_ADMINISTRATORS).exists()
    )


class PortalPagePermissionTester(PagePermissionTester):
    def has_publish_permission(self):
        """Wagtail's own answer: the user holds publish permission on this part of the tree."""
        return super().can_publish()

    def can_publish(self):
        return self.has_publish_permission() and not self.page.has_workflow

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not self.page.has_workflow

    def can_set_view_restrictions(self):
        return is_portal_administrator(self.user) and not self.page_is_root
