"""The admin's choosers, copies and wagtail-localize's open views, through the privacy rules;
the audit log's actions of privacy changes (privacy.audit)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from pages import hooks as page_hooks

from .forms import refuse_unreadable_references
from .mirroring import secure_copy
from .rules import groups_of, is_registered_staff, public_media, visible_media, visible_pages
from .views import GuardedTranslationsReportView, guarded_convert_to_alias


@hooks.register("before_serve_page")
def read_the_readers_groups(page, request, serve_args, serve_kwargs):
    """The reader's groups in one query for the whole request: Wagtail's view restriction check
    and the rules (the restricted area's link, outcomes for staff) share them."""
    groups_of(request.user)


@hooks.register("construct_page_chooser_queryset")
def hide_restricted_pages_from_choosers(pages, request):
    """Choosers list restricted pages only to those who may read them (DESIGN section 6)."""
    return visible_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_restricted_pages_from_explorer(parent_page, pages, request):
    return visible_pages(pages, request.user)


@hooks.register("construct_document_chooser_queryset")
@hooks.register("construct_image_chooser_queryset")
def hide_restricted_media_from_choosers(media, request):
    return visible_media(media, request.user)


class VisiblePagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count, of the pages the user may read."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        root = context["root_page"]
        if root is not None:
            pages = visible_pages(
                Page.objects.descendant_of(root, inclusive=True), self.request.user
            )
            context["total_pages"] = pages.filter(depth__gt=1).count()
        return context


@hooks.register("construct_homepage_summary_items", order=1)
def count_only_visible_pages(request, items):
    items[:] = [
        VisiblePagesSummaryItem(request) if type(item) is PagesSummaryItem else item
        for item in items
    ]


@hooks.register("construct_reports_menu")
def hide_staff_only_reports(request, menu_items):
    """Reports that count every page regardless of permissions (privacy.middleware)."""
    if not is_registered_staff(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


@hooks.register("after_copy_page")
def keep_copies_restricted(request, page, new_page):
    secure_copy(page, new_page)


hooks.register(page_hooks.AFTER_COPY, secure_copy)
hooks.register(page_hooks.CLEAN_FORM, refuse_unreadable_references)
hooks.register(page_hooks.SHOWN_TO_EVERY_EDITOR, public_media)


@hooks.register("register_admin_urls")
def register_guarded_localize_urls():
    """Registered before wagtail-localize's own admin URLs (INSTALLED_APPS order): the same
    paths land here."""
    return [
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            guarded_convert_to_alias,
        ),
        path("localize/reports/translations/", GuardedTranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            GuardedTranslationsReportView.as_view(results_only=True),
        ),
    ]


# Audit log: privacy changes, written by privacy.audit ----------------------------------------


class RestrictionFormatter(LogFormatter):
    """A view restriction's change: its kind, its groups, and whether mirroring copied it."""

    message = _("View restriction “%(restriction)s”")

    def format_message(self, log_entry):
        data = log_entry.data
        message = self.message % {"restriction": data.get("restriction", {}).get("title", "")}
        if data.get("groups"):
            message = _("%(message)s for the groups %(groups)s") % {
                "message": message,
                "groups": ", ".join(data["groups"]),
            }
        if data.get("mirrored"):
            message = _("%(message)s (mirrored from another language version or alias)") % {
                "message": message
            }
        return message


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    formatters = {
        "privacy.view_restriction.groups": (
            _("Change view restriction groups"),
            _("Groups of the view restriction “%(restriction)s” changed"),
        ),
        "privacy.collection_restriction.create": (
            _("Add collection view restriction"),
            _("Added the collection view restriction “%(restriction)s”"),
        ),
        "privacy.collection_restriction.edit": (
            _("Update collection view restriction"),
            _("Updated the collection view restriction to “%(restriction)s”"),
        ),
        "privacy.collection_restriction.delete": (
            _("Remove collection view restriction"),
            _("Removed the collection view restriction “%(restriction)s”"),
        ),
        "privacy.collection_restriction.groups": (
            _("Change collection view restriction groups"),
            _("Groups of the collection view restriction “%(restriction)s” changed"),
        ),
    }
    for action, (label, message) in formatters.items():
        formatter = type(
            "RestrictionLogFormatter", (RestrictionFormatter,), {"label": label, "message": message}
        )
        actions.register_action(action)(formatter)
