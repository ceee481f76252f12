"""The operator's reports (admin → Reports), each with CSV and XLSX export of what is filtered.

Portal administrators only (who are registered staff: the outcomes report shows restricted
records); everyone else gets 403 and no menu item. Each report reads a fixed number of queries
per screen (reports.queries).
"""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from accounts.admin_views import forbidden
from moderation.permissions import is_portal_administrator
from pages.models import CountryProfilePage, ProfessionalProfilePage, RecognitionOutcomePage
from pages.snippets import Chamber
from portal.spreadsheets import defuse_formula
from privacy.rules import is_registered_staff, visible_pages

from . import queries
from .models import PageViewCount, SearchTermCount


def may_read_reports(user):
    """Portal administrators, who are registered staff by their role."""
    return is_portal_administrator(user) and is_registered_staff(user)


class RowsPaginator(WagtailPaginator):
    """Counts aggregated rows as rows, not as the model they were counted from."""

    model = None

    @cached_property
    def verbose_name(self):
        return _("row")

    @cached_property
    def verbose_name_plural(self):
        return _("rows")


class OperatorReport(ReportView):
    """A report of the operator: permission, and no CSV cell that is a formula."""

    header_icon = "table"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not may_read_reports(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filtered_queryset(self):
        return self.get_queryset()  # which is filtered already (ReportView would filter twice)

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        if self.request.GET.get("export") == "csv":
            row = {name: defuse_formula(value) for name, value in row.items()}
        return row


class CoverageFilterSet(WagtailFilterSet):
    """Countries without profiles, or with few."""

    profiles = django_filters.ChoiceFilter(
        label=_("Professional profiles"),
        choices=[
            ("none", _("none")),
            ("few", _("at most %(number)s") % {"number": queries.FEW_PROFILES}),
        ],
        method="filter_profiles",
        empty_label=_("All"),
    )

    class Meta:
        model = CountryProfilePage
        fields = []

    def filter_profiles(self, queryset, name, value):
        if value == "none":
            return queryset.filter(profile_count=0)
        return queryset.filter(profile_count__lte=queries.FEW_PROFILES)


class CountryCoverageReport(OperatorReport):
    """Countries without professional profiles, and with few."""

    page_title = _("Countries by professional profiles")
    index_url_name = "report_country_coverage"
    verbose_name_plural = _("countries")
    index_results_url_name = "report_country_coverage_results"
    filterset_class = CoverageFilterSet
    model = CountryProfilePage
    export_filename = "countries-by-profiles"
    columns = [
        TitleColumn("title", label=_("Country"), url_name="wagtailadmin_pages:edit"),
        Column("iso_code", label=_("ISO code")),
        Column("profile_count", label=_("Professional profiles")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
    ]
    list_export = ["title", "iso_code", "profile_count", "last_reviewed"]
    export_headings = {
        "title": _("Country"),
        "iso_code": _("ISO code"),
        "profile_count": _("Professional profiles"),
        "last_reviewed": _("Last reviewed"),
    }

    def get_base_queryset(self):
        return queries.countries_by_profiles()


class OverdueFilterSet(WagtailFilterSet):
    """The chamber of the profile's owner."""

    chamber = django_filters.ModelChoiceFilter(
        label=_("Chamber"),
        queryset=Chamber.objects.order_by("name"),
        field_name="owner__staff_profile__chamber",
    )

    class Meta:
        model = ProfessionalProfilePage
        fields = []


class OverdueReviewReport(OperatorReport):
    """Professional profiles last reviewed over 24 months ago, by their owner's chamber."""

    page_title = _("Profiles overdue for review")
    index_url_name = "report_overdue_review"
    verbose_name_plural = _("professional profiles")
    index_results_url_name = "report_overdue_review_results"
    filterset_class = OverdueFilterSet
    model = ProfessionalProfilePage
    export_filename = "profiles-overdue-for-review"
    columns = [
        TitleColumn("title", label=_("Professional profile"), url_name="wagtailadmin_pages:edit"),
        Column("country_title", label=_("Country")),
        Column("chamber_name", label=_("Chamber")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
        Column("last_reviewed_by", label=_("Last reviewed by")),
    ]
    list_export = ["title", "external_id", "country_title", "chamber_name", "last_reviewed"]
    export_headings = {
        "title": _("Professional profile"),
        "external_id": _("External ID"),
        "country_title": _("Country"),
        "chamber_name": _("Chamber"),
        "last_reviewed": _("Last reviewed"),
    }

    def get_base_queryset(self):
        return queries.overdue_profiles()


class OutcomeStatisticsFilterSet(WagtailFilterSet):
    """One year of decision."""

    decision_year = django_filters.NumberFilter(label=_("Year of decision"))

    class Meta:
        model = RecognitionOutcomePage
        fields = []


class OutcomeStatisticsReport(OperatorReport):
    """Recognition outcomes per chamber, year and result."""

    page_title = _("Outcomes per chamber and year")
    index_url_name = "report_outcome_statistics"
    paginator_class = RowsPaginator
    verbose_name_plural = _("rows")
    index_results_url_name = "report_outcome_statistics_results"
    filterset_class = OutcomeStatisticsFilterSet
    export_filename = "outcomes-per-chamber-and-year"
    columns = [
        Column("chamber_name", label=_("Chamber")),
        Column("decision_year", label=_("Year of decision")),
        Column("full", label=_("Full equivalence")),
        Column("partial", label=_("Partial equivalence")),
        Column("none", label=_("No equivalence")),
        Column("total", label=_("Total")),
    ]
    list_export = ["chamber_name", "decision_year", "full", "partial", "none", "total"]
    export_headings = {column.name: column.label for column in columns}

    def get_base_queryset(self):
        return queries.outcome_statistics()


class OpenErrorReportsReport(OperatorReport):
    """Readers' error reports per chamber: open, resolved, dismissed."""

    page_title = _("Error reports per chamber")
    index_url_name = "report_error_reports"
    paginator_class = RowsPaginator
    verbose_name_plural = _("rows")
    index_results_url_name = "report_error_reports_results"
    export_filename = "error-reports-per-chamber"
    columns = [
        Column("chamber__name", label=_("Chamber")),
        Column("open", label=_("Open")),
        Column("resolved", label=_("Resolved")),
        Column("dismissed", label=_("Dismissed")),
        Column("total", label=_("Total")),
    ]
    list_export = ["chamber__name", "open", "resolved", "dismissed", "total"]
    export_headings = {column.name: column.label for column in columns}

    def get_base_queryset(self):
        return queries.open_error_reports()


class TranslationCoverageReport(OperatorReport):
    """Per language and page type: how much of the German content is translated, and how much
    of it is out of date."""

    page_title = _("Translation coverage")
    index_url_name = "report_translation_coverage"
    verbose_name_plural = _("rows")
    index_results_url_name = "report_translation_coverage_results"
    export_filename = "translation-coverage"
    columns = [
        Column("language", label=_("Language")),
        Column("page_type", label=_("Page type")),
        Column("originals", label=_("German pages")),
        Column("translated", label=_("Translated")),
        Column("share", label=_("Translated (%)")),
        Column("out_of_date", label=_("Out of date")),
    ]
    list_export = ["language", "page_type", "originals", "translated", "share", "out_of_date"]
    export_headings = {column.name: column.label for column in columns}

    def get_base_queryset(self):
        return queries.translation_coverage()


class OutOfDateTranslationsReport(OperatorReport):
    """Translations whose German original changed since they were translated."""

    page_title = _("Out-of-date translations")
    index_url_name = "report_out_of_date_translations"
    verbose_name_plural = _("translations")
    index_results_url_name = "report_out_of_date_translations_results"
    export_filename = "out-of-date-translations"
    columns = [
        TitleColumn("title", label=_("Title"), url_name="wagtailadmin_pages:edit"),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        DateColumn("original_published_at", label=_("Original published")),
        DateColumn("translated_at", label=_("Translated")),
    ]
    list_export = ["title", "locale.language_code", "original_published_at", "translated_at"]
    export_headings = {
        "title": _("Title"),
        "locale.language_code": _("Language"),
        "original_published_at": _("Original published"),
        "translated_at": _("Translated"),
    }

    def get_base_queryset(self):
        return queries.out_of_date_translations()


CHART_HEIGHT = 100  # the tallest bar, in the chart's units


class MonthlyChartMixin:
    """A bar chart of the last months' totals above the report (reports/monthly_chart.html)."""

    template_name = "reports/report_with_chart.html"
    chart_title = ""

    def monthly_counts(self):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        months = queries.per_month(*self.monthly_counts())
        highest = max((total for _month, total in months), default=0) or 1
        bars = []
        for index, (month, total) in enumerate(months):
            height = round(CHART_HEIGHT * total / highest)
            bars.append(
                {
                    "month": month,
                    "total": total,
                    "x": index * 30 + 4,
                    "y": CHART_HEIGHT + 10 - height,
                    "height": height,
                }
            )
        context["chart"] = {"title": self.chart_title, "bars": bars}
        return context


class PageViewsReport(MonthlyChartMixin, OperatorReport):
    """Pages by how often they were shown in the last 12 months (the portal's own counts)."""

    page_title = _("Page views")
    chart_title = _("Page views per month")
    index_url_name = "report_page_views"
    paginator_class = RowsPaginator
    verbose_name_plural = _("pages")
    index_results_url_name = "report_page_views_results"
    export_filename = "page-views"
    columns = [
        Column("page__title", label=_("Page")),
        Column("page__locale__language_code", label=_("Language")),
        Column("views", label=_("Views (12 months)")),
    ]
    list_export = ["page__title", "page__locale__language_code", "views"]
    export_headings = {column.name: column.label for column in columns}

    def get_base_queryset(self):
        return queries.page_views(self.request.user)

    def monthly_counts(self):
        pages = visible_pages(Page.objects.all(), self.request.user)
        return PageViewCount.objects.filter(page__in=pages), "views"


class SearchTermsReport(MonthlyChartMixin, OperatorReport):
    """What visitors searched for in the last 12 months, most often first."""

    page_title = _("Search terms")
    chart_title = _("Searches per month")
    index_url_name = "report_search_terms"
    paginator_class = RowsPaginator
    verbose_name_plural = _("search terms")
    index_results_url_name = "report_search_terms_results"
    export_filename = "search-terms"
    columns = [
        Column("term", label=_("Search term")),
        Column("language", label=_("Language")),
        Column("searches", label=_("Searches (12 months)")),
    ]
    list_export = ["term", "language", "searches"]
    export_headings = {column.name: column.label for column in columns}

    def get_base_queryset(self):
        return queries.search_terms()

    def monthly_counts(self):
        return SearchTermCount.objects.all(), "searches"


REPORTS = [
    CountryCoverageReport,
    OverdueReviewReport,
    OutcomeStatisticsReport,
    OpenErrorReportsReport,
    TranslationCoverageReport,
    OutOfDateTranslationsReport,
    PageViewsReport,
    SearchTermsReport,
]
