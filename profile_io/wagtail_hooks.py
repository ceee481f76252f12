"""The admin's entries to the profile data: "Import profiles" in the menu, "Professional
profiles" under Reports, "Import outcomes" and "Record an outcome" (linked from a profile), and
their URLs. The menu
items show only to who may use them (profile_io.permissions); the views refuse everyone else."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .outcome_entry import OutcomeImportView, RecordOutcomeView, may_enter_outcomes
from .permissions import may_export, may_import
from .views import ProfileImportView, ProfileReportView


class ImportMenuItem(MenuItem):
    """ "Import profiles", for those who may import."""

    def is_shown(self, request):
        return may_import(request.user)


class OutcomeImportMenuItem(MenuItem):
    """ "Import outcomes", for those who may add outcomes for a chamber."""

    def is_shown(self, request):
        return may_enter_outcomes(request.user)


class ReportMenuItem(MenuItem):
    """ "Professional profiles" under Reports, for those who may export."""

    def is_shown(self, request):
        return may_export(request.user)


@hooks.register("register_admin_urls")
def register_profile_data_urls():
    return [
        path("import-profiles/", ProfileImportView.as_view(), name="import_profiles"),
        path("outcomes/import/", OutcomeImportView.as_view(), name="import_outcomes"),
        path(
            "outcomes/record/<int:profile_id>/",
            RecordOutcomeView.as_view(),
            name="record_outcome",
        ),
        path("reports/profiles/", ProfileReportView.as_view(), name="profile_report"),
        path(
            "reports/profiles/results/",
            ProfileReportView.as_view(results_only=True),
            name="profile_report_results",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import profiles"),
        reverse("import_profiles"),
        name="import-profiles",
        icon_name="upload",
        order=310,
    )


@hooks.register("register_admin_menu_item")
def register_outcome_import_menu_item():
    return OutcomeImportMenuItem(
        _("Import outcomes"),
        reverse("import_outcomes"),
        name="import-outcomes",
        icon_name="upload",
        order=320,
    )


@hooks.register("register_reports_menu_item")
def register_profile_report_menu_item():
    return ReportMenuItem(
        _("Professional profiles"),
        reverse("profile_report"),
        name="profile-report",
        icon_name="doc-full",
        order=1200,
    )
