"""Admin views for the profile data (DESIGN section 7): the import upload and the export.

- "Import profiles" (`ProfileImportView`): upload a CSV or JSON file; pages.importing checks it
  and imports it all or nothing. Only for users who may add pages in the German country tree.
- "Professional profiles" (`ProfileReportView`): a report under Reports with filters (country,
  qualification type, ISCED level, occupational field, reference occupation, locale, live) and
  Wagtail's spreadsheet export (`?export=csv` or `?export=xlsx`) of exactly the filtered rows.
  For registered staff and for users who may edit pages in a country tree.

Both refuse everyone else with 403. Professional profiles exist only in the country trees, so
the report never lists pages of the restricted area (it is limited to the country trees anyway).
"""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from moderation.registration_admin import forbidden
from privacy.rules import is_registered_staff, visible_pages

from .choices import IscedLevel, QualificationType
from .importing import COLUMNS, ProfileImportError, import_profiles
from .models import CountryIndexPage, CountryProfilePage, ProfessionalProfilePage
from .snippets import SOURCE_LOCALE_FILTER, OccupationalField, ReferenceOccupation

MAX_UPLOAD_SIZE = 5 * 1024 * 1024
EXPORT_CHUNK = 2000
EDIT_PERMISSIONS = {"add_page", "change_page", "publish_page"}


# -- who may ------------------------------------------------------------------------------------


def has_page_permission_below(user, codenames, paths):
    """Whether a group of the user holds one of `codenames` on or below one of `paths`."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    for permission in PagePermissionPolicy().get_cached_permissions_for_user(user):
        if permission.permission.codename not in codenames:
            continue
        granted = permission.page.path
        if any(path.startswith(granted) or granted.startswith(path) for path in paths):
            return True
    return False


def may_import(user):
    """Who may add professional profiles somewhere in the German country tree."""
    paths = CountryIndexPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).values_list("path", flat=True)
    return user.is_authenticated and has_page_permission_below(user, {"add_page"}, list(paths))


def may_export(user):
    """Staff in the admin: registered staff, or who may edit pages in a country tree."""
    if not (user.is_authenticated and user.is_active):
        return False
    if not (user.is_superuser or user.has_perm("wagtailadmin.access_admin")):
        return False
    if is_registered_staff(user):
        return True
    paths = list(CountryIndexPage.objects.values_list("path", flat=True))
    return has_page_permission_below(user, EDIT_PERMISSIONS, paths)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_export(request.user)


# -- import upload ------------------------------------------------------------------------------


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.json,text/csv,application/json"}),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run"),
        required=False,
        help_text=_("Check and import everything, then undo it: nothing is saved or submitted."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "CSV (UTF-8, separated by ; or ,) or JSON (a list of objects), at most %(size)s."
        ) % {"size": filesizeformat(MAX_UPLOAD_SIZE)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("The file is larger than %(size)s.") % {"size": filesizeformat(MAX_UPLOAD_SIZE)}
            )
        name = upload.name.lower()
        if not name.endswith((".csv", ".json")):
            raise forms.ValidationError(_("Upload a .csv or .json file."))
        return upload


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


# -- export ---------------------------------------------------------------------------------------


def country_trees():
    """The country trees of every locale (where professional profiles live)."""
    condition = Q(pk__in=[])
    for path in CountryIndexPage.objects.values_list("path", flat=True):
        condition |= Q(path__startswith=path)
    return condition


class CountryFilter(django_filters.ModelChoiceFilter):
    """A German country profile; profiles of its English translation match as well."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        paths = CountryProfilePage.objects.filter(translation_key=value.translation_key)
        condition = Q(pk__in=[])
        for path in paths.values_list("path", flat=True):
            condition |= Q(path__startswith=path)
        return queryset.filter(condition)


class ProfileReportFilterSet(WagtailFilterSet):
    country = CountryFilter(
        label=_("Country"),
        queryset=lambda request: CountryProfilePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by("title"),
    )
    qualification_type = django_filters.ChoiceFilter(
        label=_("Qualification type"),
        choices=QualificationType.choices,
        empty_label=_("All"),
    )
    isced_level = django_filters.ChoiceFilter(
        label=_("ISCED 2011 level"), choices=IscedLevel.choices, empty_label=_("All")
    )
    occupational_field = django_filters.ModelChoiceFilter(
        label=_("Occupational field"),
        queryset=lambda request: OccupationalField.objects.filter(**SOURCE_LOCALE_FILTER),
    )
    reference_occupation = django_filters.ModelChoiceFilter(
        label=_("Reference occupation"),
        field_name="reference_occupations",
        queryset=lambda request: ReferenceOccupation.objects.filter(**SOURCE_LOCALE_FILTER),
    )
    live = django_filters.BooleanFilter(label=_("Live"))

    class Meta:
        model = ProfessionalProfilePage
        fields = []


def decorate(pages):
    """Country, reference occupations and URLs of a list of pages, in three queries in all."""
    countries = {
        page.path: page
        for page in Page.objects.filter(
            path__in={page.path[: -page.steplen] for page in pages}
        ).specific()
    }
    through = ProfessionalProfilePage.reference_occupations.through
    links = (
        through.objects.filter(professionalprofilepage_id__in=[page.pk for page in pages])
        .select_related("referenceoccupation")
        .order_by("referenceoccupation__name")
    )
    occupations = {}
    for link in links:
        occupations.setdefault(link.professionalprofilepage_id, []).append(link.referenceoccupation)
    for page in pages:
        country = countries.get(page.path[: -page.steplen])
        page.country_title = country.title if country else ""
        page.country_code = getattr(country, "iso_code", "")
        items = occupations.get(page.pk, [])
        page.occupation_codes = "; ".join(item.kldb_code for item in items if item.kldb_code)
        page.occupation_names = "; ".join(item.name for item in items)
    return pages


class ProfileReportView(ReportView):
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


def defuse_formula(value):
    """A CSV cell that a spreadsheet would run as a formula (=, +, -, @) is kept as text."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


class ExportRows:
    """The filtered pages in chunks, each decorated with a bounded number of queries."""

    def __init__(self, queryset):
        self.queryset = queryset
        self.model = queryset.model

    def __iter__(self):
        chunk = []
        for page in self.queryset.iterator(chunk_size=EXPORT_CHUNK):
            chunk.append(page)
            if len(chunk) == EXPORT_CHUNK:
                yield from decorate(chunk)
                chunk = []
        if chunk:
            yield from decorate(chunk)
