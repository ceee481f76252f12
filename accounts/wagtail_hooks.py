"""The admin's "Staff" menu (registration requests, staff accounts), the account page's two-factor
item and e-mail panel, and the audit log actions of accounts.

The menu and its views are for portal administrators only (accounts.admin_views). The log
actions of registrations and staff accounts keep their "moderation." names: entries already in
the audit log use them. Sign-ins, failed sign-ins, lockouts, unlocks and two-factor enrolments
and resets are logged against the account they concern ("accounts." actions).
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.log_actions import LogFormatter

from .admin_views import StaffViewSetGroup
from .forms import EmailChangeForm


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

    actions.register_action("accounts.sign_in", _("Sign in"), _("Signed in"))
    actions.register_action("accounts.sign_in_failed", _("Failed sign-in"), _("Sign-in failed"))
    actions.register_action(
        "accounts.lockout", _("Lockout"), _("Signing in locked after too many failed attempts")
    )
    actions.register_action("accounts.unlock", _("Unlock"), _("Signing in unlocked"))
    actions.register_action(
        "accounts.two_factor.enrol",
        _("Two-factor enrolment"),
        _("Two-factor authentication set up"),
    )
    actions.register_action(
        "accounts.two_factor.reset",
        _("Two-factor reset"),
        _("Two-factor authentication reset by an administrator"),
    )


# The account page ----------------------------------------------------------------------------


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Two-factor authentication"),
        "help_text": _("Set up an authenticator app and get recovery codes."),
    }


class EmailSettingsPanel(BaseSettingsPanel):
    """The e-mail address, changed only with the current password (Wagtail's own e-mail field
    is switched off: WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False)."""

    name = "email"
    title = _("E-mail address")
    order = 150
    form_class = EmailChangeForm

    def get_form(self):
        # Bound only when the address is changed, like Wagtail's password panel; compared with
        # the stored address, as a bound form has changed the user object's own already.
        kwargs = {"instance": self.user, "prefix": self.name, "request": self.request}
        new_email = self.request.POST.get(f"{self.name}-email", "").strip().lower()
        users = get_user_model()._default_manager
        stored = users.filter(pk=self.user.pk).values_list("email", flat=True).first() or ""
        if self.request.method == "POST" and new_email != stored.lower():
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)


@hooks.register("register_account_settings_panel")
def email_settings_panel(request, user, profile):
    return EmailSettingsPanel(request, user, profile)
