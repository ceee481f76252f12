"""Quality control attached to every portal page (pages.hooks): permissions and publishing."""

from wagtail import hooks

from pages import hooks as page_hooks

from .permissions import PortalPagePermissionTester
from .publishing import guard_live_content, guarded_publication

hooks.register(page_hooks.PERMISSION_TESTER, PortalPagePermissionTester)
hooks.register(page_hooks.PUBLICATION, guarded_publication)
hooks.register(page_hooks.BEFORE_SAVE, guard_live_content)
