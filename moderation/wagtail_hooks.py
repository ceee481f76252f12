"""Quality control attached to every portal page (pages.hooks): permissions and publishing, and
the editor's "Confirm as current"."""

from wagtail import hooks

from pages import hooks as page_hooks

from .action_menu import ConfirmAsCurrentMenuItem
from .permissions import PortalPagePermissionTester
from .publishing import guard_live_content, guarded_publication

hooks.register(page_hooks.PERMISSION_TESTER, PortalPagePermissionTester)
hooks.register(page_hooks.PUBLICATION, guarded_publication)
hooks.register(page_hooks.BEFORE_SAVE, guard_live_content)


@hooks.register("register_page_action_menu_item")
def confirm_as_current():
    return ConfirmAsCurrentMenuItem()
