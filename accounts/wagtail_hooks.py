"""The admin's "Staff" menu (registration requests, staff accounts, deletion requests), the
account page's two-factor item, e-mail panel and "My data", and the audit log actions of
accounts.

The menu and its views are for portal administrators only (accounts.admin_views). The log
actions of registrations and staff accounts keep their "moderation." names: entries already in
the audit log use them. Sign-ins, failed sign-ins, lockouts, unlocks and two-factor enrolments
and resets are logged against the account they concern, and so are the permission changes that
accounts.audit logs ("accounts." actions).
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.log_actions import LogFormatter

from . import personal_data_views
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


# Personal data (GDPR): "My data" for every admin user, its audit log actions -----------------


@hooks.register("register_admin_urls")
def register_my_data_urls():
    return personal_data_views.urlpatterns()


@hooks.register("register_account_menu_item")
def register_my_data_menu_item(request):
    return {
        "url": reverse("my_data"),
        "label": _("My data"),
        "help_text": _("See and download what the portal holds about you, or ask for deletion."),
    }


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    actions.register_action(
        "moderation.registration.withdraw",
        _("Withdraw registration"),
        _("Registration withdrawn"),
    )
    actions.register_action(
        "accounts.personal_data.export", _("Download own data"), _("Own data downloaded")
    )
    actions.register_action(
        "accounts.personal_data.request_deletion",
        _("Ask for deletion of personal data"),
        _("Deletion of personal data requested"),
    )
    actions.register_action(
        "accounts.personal_data.erase",
        _("Delete personal data"),
        _("Personal data deleted: account pseudonymised"),
    )


# Audit log: permission changes, written by accounts.audit -------------------------------------


class ChangeFormatter(LogFormatter):
    """What an entry's data says was added and removed."""

    def format_message(self, log_entry):
        parts = []
        if log_entry.data.get("added"):
            parts.append(_("added: %(names)s") % {"names": ", ".join(log_entry.data["added"])})
        if log_entry.data.get("removed"):
            parts.append(_("removed: %(names)s") % {"names": ", ".join(log_entry.data["removed"])})
        return f"{self.message} ({'; '.join(str(part) for part in parts)})"


class ObjectPermissionFormatter(LogFormatter):
    """A group's permission on one page or collection."""

    def format_message(self, log_entry):
        data = log_entry.data
        return self.message % {
            "permission": data.get("permission", ""),
            "object": data.get("page", data.get("collection", "")),
        }


@hooks.register("register_log_actions")
def register_permission_log_actions(actions):
    formatters = {
        "accounts.group.permissions": (
            ChangeFormatter,
            _("Change group permissions"),
            _("Group permissions changed"),
        ),
        "accounts.user.groups": (ChangeFormatter, _("Change user groups"), _("Groups changed")),
        "accounts.group.page_permission.add": (
            ObjectPermissionFormatter,
            _("Add page permission"),
            _("Page permission “%(permission)s” on “%(object)s” added"),
        ),
        "accounts.group.page_permission.remove": (
            ObjectPermissionFormatter,
            _("Remove page permission"),
            _("Page permission “%(permission)s” on “%(object)s” removed"),
        ),
        "accounts.group.collection_permission.add": (
            ObjectPermissionFormatter,
            _("Add collection permission"),
            _("Collection permission “%(permission)s” on “%(object)s” added"),
        ),
        "accounts.group.collection_permission.remove": (
            ObjectPermissionFormatter,
            _("Remove collection permission"),
            _("Collection permission “%(permission)s” on “%(object)s” removed"),
        ),
    }
    for action, (base, label, message) in formatters.items():
        actions.register_action(action)(
            type("PermissionLogFormatter", (base,), {"label": label, "message": message})
        )

    @actions.register_action("accounts.user.superuser")
    class SuperuserFormatter(LogFormatter):
        label = _("Change superuser status")

        def format_message(self, log_entry):
            if log_entry.data.get("is_superuser"):
                return _("Made a superuser")
            return _("No longer a superuser")
