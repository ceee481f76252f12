"""The admin's "Staff" menu (registration requests, staff accounts) and its audit log actions.

The menu and its views are for portal administrators only (accounts.admin_views). The log
actions keep their "moderation." names: entries already in the audit log use them.
"""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .admin_views import StaffViewSetGroup


@hooks.register("register_admin_viewset")
def register_staff_viewsets():
    return StaffViewSetGroup()


# Audit log -----------------------------------------------------------------------------------


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    actions.register_action(
        "moderation.registration.approve", _("Approve registration"), _("Registration approved")
    )

    @actions.register_action("moderation.registration.reject")
    class RejectFormatter(LogFormatter):
        label = _("Reject registration")

        def format_message(self, log_entry):
            reason = Truncator(log_entry.data.get("reason", "")).chars(200)
            return _("Registration rejected: %(reason)s") % {"reason": reason}

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")

    actions.register_action(
        "moderation.staff_account.change", _("Change staff account"), _("Staff account changed")
    )
    actions.register_action(
        "moderation.staff_account.password_link",
        _("Send set-password link"),
        _("Set-password link sent"),
    )
