"""The admin's menu items and addresses of the feedback: error reports and contact messages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class ErrorReportsMenuItem(MenuItem):
    """ "Error reports", for the chambers' editors and reviewers and the competent editors."""

    def is_shown(self, request):
        return admin_views.may_handle_reports(request.user)


class ContactMessagesMenuItem(MenuItem):
    """ "Contact messages", for the portal's operators."""

    def is_shown(self, request):
        return admin_views.may_read_messages(request.user)


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path("feedback/reports/", admin_views.error_reports, name="feedback_error_reports"),
        path(
            "feedback/reports/<int:pk>/close/",
            admin_views.close_report,
            name="feedback_close_report",
        ),
        path("feedback/messages/", admin_views.contact_messages, name="feedback_contact_messages"),
        path(
            "feedback/messages/<int:pk>/close/",
            admin_views.close_message,
            name="feedback_close_message",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_error_reports_menu_item():
    return ErrorReportsMenuItem(
        _("Error reports"), reverse("feedback_error_reports"), icon_name="warning", order=260
    )


@hooks.register("register_admin_menu_item")
def register_contact_messages_menu_item():
    return ContactMessagesMenuItem(
        _("Contact messages"), reverse("feedback_contact_messages"), icon_name="mail", order=270
    )
