from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .snippets import Chamber, GlossaryTerm, OccupationalField, ReferenceOccupation


class ReferenceOccupationViewSet(SnippetViewSet):
    model = ReferenceOccupation
    icon = "tag"
    list_display = ["name", "kldb_code", "chamber_type", "regulated"]
    list_filter = ["chamber_type", "regulated", "locale"]
    list_per_page = 50


class ChamberViewSet(SnippetViewSet):
    model = Chamber
    icon = "group"
    list_display = ["name", "chamber_type", "federal_state", "town"]
    list_filter = ["chamber_type", "federal_state"]
    list_per_page = 50


class OccupationalFieldViewSet(SnippetViewSet):
    model = OccupationalField
    icon = "folder-open-inverse"
    list_display = ["name"]
    list_filter = ["locale"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    list_display = ["term"]
    list_filter = ["locale"]
    list_per_page = 50


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "folder-inverse"
    menu_order = 300
    items = [
        ReferenceOccupationViewSet,
        ChamberViewSet,
        OccupationalFieldViewSet,
        GlossaryTermViewSet,
    ]


register_snippet(ReferenceDataGroup)


# Import and export of professional profiles (pages.importing, pages.reports) -----------------


@hooks.register("register_admin_urls")
def register_profile_data_urls():
    from django.urls import path

    from .reports import ProfileImportView, ProfileReportView

    return [
        path("import-profiles/", ProfileImportView.as_view(), name="import_profiles"),
        path("reports/profiles/", ProfileReportView.as_view(), name="profile_report"),
        path(
            "reports/profiles/results/",
            ProfileReportView.as_view(results_only=True),
            name="profile_report_results",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    from .reports import ImportMenuItem

    return ImportMenuItem(
        _("Import profiles"),
        reverse("import_profiles"),
        name="import-profiles",
        icon_name="upload",
        order=310,
    )


@hooks.register("register_reports_menu_item")
def register_profile_report_menu_item():
    from .reports import ReportMenuItem

    return ReportMenuItem(
        _("Professional profiles"),
        reverse("profile_report"),
        name="profile-report",
        icon_name="doc-full",
        order=1200,
    )
