"""Admin views for the profile data (DESIGN section 7): the import upload and the export.

- "Import profiles" (`ProfileImportView`): upload a CSV or JSON file; profile_io.importing
  checks it and imports it all or nothing. Only for users who may add pages in the German
  country tree.
- "Professional profiles" (`ProfileReportView`): a report under Reports with filters (country,
  qualification type, ISCED level, occupational field, reference occupation, locale, live) and
  Wagtail's spreadsheet export (`?export=csv` or `?export=xlsx`) of exactly the filtered rows.
  For registered staff and for users who may edit pages in a country tree.

Both refuse everyone else with 403 (profile_io.permissions). Professional profiles exist only in
the country trees, so the report never lists pages of the restricted area (it is limited to the
country trees anyway).
"""

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from accounts.admin_views import forbidden
from pages.models import ProfessionalProfilePage
from portal.spreadsheets import defuse_formula
from privacy.rules import visible_pages

from .exporting import ExportRows, country_trees, decorate
from .filters import ProfileReportFilterSet
from .forms import ImportForm
from .importing import import_profiles
from .permissions import may_export, may_import
from .reading import COLUMNS, ProfileImportError


class ProfileImportView(View):
    """GET: the upload form. POST: import the file, then show the result or every error."""

    template_name = "pages/admin/import_profiles.html"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def render(self, request, form, **context):
        return TemplateResponse(
            request,
            self.template_name,
            {
                "form": form,
                "columns": COLUMNS,
                "action_url": reverse("import_profiles"),
                "report_url": reverse("profile_report"),
                **context,
            },
        )

    def get(self, request):
        return self.render(request, ImportForm())

    def post(self, request):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(request, form)
        upload = form.cleaned_data["file"]
        try:
            result = import_profiles(
                upload.read(),
                request.user,
                name=upload.name,
                dry_run=form.cleaned_data["dry_run"],
            )
        except ProfileImportError as failure:
            return self.render(request, form, errors=failure.errors, file_name=upload.name)
        return self.render(request, ImportForm(), result=result, file_name=upload.name)


class ProfileReportView(ReportView):
    """Reports → Professional profiles, with CSV and XLSX export of the filtered rows."""

    page_title = _("Professional profiles")
    header_icon = "doc-full"
    index_url_name = "profile_report"
    index_results_url_name = "profile_report_results"
    filterset_class = ProfileReportFilterSet
    model = ProfessionalProfilePage
    export_filename = "professional-profiles"
    paginate_by = 50
    default_ordering = "path"
    columns = [
        TitleColumn(
            "title", label=_("Title"), url_name="wagtailadmin_pages:edit", sort_key="title"
        ),
        Column("external_id", label=_("External ID")),
        Column("country_title", label=_("Country")),
        Column(
            "qualification_type",
            label=_("Qualification type"),
            accessor="get_qualification_type_display",
        ),
        Column("isced_level", label=_("ISCED")),
        Column("occupation_codes", label=_("Reference occupations")),
        Column("locale", label=_("Locale"), accessor="locale.get_display_name"),
        BooleanColumn("live", label=_("Live")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
    ]
    list_export = [
        "external_id",
        "title",
        "original_name",
        "country_code",
        "country_title",
        "qualification_type_label",
        "isced_level",
        "isco_code",
        "occupational_field_name",
        "occupation_codes",
        "occupation_names",
        "duration_months",
        "valid_from",
        "valid_until",
        "language",
        "live",
        "last_reviewed",
        "last_published_at",
        "page_url",
    ]
    export_headings = {
        "external_id": _("External ID"),
        "title": _("Title"),
        "original_name": _("Name in the original language"),
        "country_code": _("Country code"),
        "country_title": _("Country"),
        "qualification_type_label": _("Qualification type"),
        "isced_level": _("ISCED 2011 level"),
        "isco_code": _("ISCO-08 code"),
        "occupational_field_name": _("Occupational field"),
        "occupation_codes": _("Reference occupations (KldB)"),
        "occupation_names": _("Reference occupations"),
        "duration_months": _("Duration in months"),
        "valid_from": _("Valid from"),
        "valid_until": _("Valid until"),
        "language": _("Language"),
        "live": _("Live"),
        "last_reviewed": _("Last reviewed"),
        "last_published_at": _("Last published"),
        "page_url": _("URL"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_export(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        profiles = ProfessionalProfilePage.objects.filter(country_trees())
        profiles = visible_pages(profiles, self.request.user)
        return profiles.select_related("locale", "occupational_field")

    def get_filtered_queryset(self):
        return self.get_queryset()  # which is filtered already (ReportView would filter twice)

    def decorate_paginated_queryset(self, object_list):
        if self.is_export:
            return object_list
        return decorate(list(object_list))

    def to_row_dict(self, item):
        values = {
            "external_id": item.external_id,
            "title": item.title,
            "original_name": item.original_name,
            "country_code": item.country_code,
            "country_title": item.country_title,
            "qualification_type_label": item.get_qualification_type_display(),
            "isced_level": item.isced_level,
            "isco_code": item.isco_code,
            "occupational_field_name": (
                item.occupational_field.name if item.occupational_field_id else ""
            ),
            "occupation_codes": item.occupation_codes,
            "occupation_names": item.occupation_names,
            "duration_months": item.duration_months,
            "valid_from": item.valid_from,
            "valid_until": item.valid_until,
            "language": item.locale.language_code,
            "live": item.live,
            "last_reviewed": item.last_reviewed,
            "last_published_at": item.last_published_at,
            "page_url": item.get_full_url(self.request) or "",
        }
        row = {name: values[name] for name in self.list_export}
        if self.request.GET.get("export") == "csv":
            row = {name: defuse_formula(value) for name, value in row.items()}
        return row

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(ExportRows(queryset), spreadsheet_format)
