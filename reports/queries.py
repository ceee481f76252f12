"""What the operator's reports count: each a queryset or a list of rows, read in a fixed number
of queries whatever the size of the portal."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from wagtail.models import Locale, Page

from accounts.models import StaffProfile
from feedback.models import ErrorReport, Status
from pages.models import CountryProfilePage, ProfessionalProfilePage
from pages.models.base import REVIEW_INTERVAL
from pages.models.restricted import outcomes_with_chamber_names
from pages.tree import parent_path
from privacy.rules import visible_pages
from translation.status import out_of_date

from .models import PageViewCount, SearchTermCount

FEW_PROFILES = 5  # a country with at most this many professional profiles has few
MONTHS = 12  # the view counts' reports cover this many months, this one included


def german():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def countries_by_profiles():
    """The German country profiles with their number of live professional profiles."""
    profiles = (
        ProfessionalProfilePage.objects.live()
        .filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
        .order_by()
        .values("depth")
        .annotate(number=Count("pk"))
        .values("number")
    )
    number = Coalesce(Subquery(profiles, output_field=IntegerField()), 0)
    return (
        CountryProfilePage.objects.filter(locale=german())
        .annotate(profile_count=number)
        .order_by("profile_count", "title")
    )


def overdue_profiles():
    """German professional profiles last reviewed over REVIEW_INTERVAL ago (or never), with the
    chamber of their owner."""
    cutoff = timezone.localdate() - REVIEW_INTERVAL
    chamber = StaffProfile.objects.filter(user_id=OuterRef("owner_id")).values("chamber__name")
    country = Page.objects.filter(path=parent_path(OuterRef("path"))).values("title")
    return (
        ProfessionalProfilePage.objects.filter(locale=german())
        .filter(Q(last_reviewed__lt=cutoff) | Q(last_reviewed__isnull=True))
        .annotate(chamber_name=Subquery(chamber[:1]), country_title=Subquery(country[:1]))
        .select_related("last_reviewed_by")
        .order_by("last_reviewed", "path")
    )


def outcome_statistics():
    """Live outcomes counted per chamber and year of decision, by result."""
    return (
        outcomes_with_chamber_names()
        .order_by()
        .values("chamber_name", "decision_year")
        .annotate(
            total=Count("pk"),
            full=Count("pk", filter=Q(result="full")),
            partial=Count("pk", filter=Q(result="partial")),
            none=Count("pk", filter=Q(result="none")),
        )
        .order_by("chamber_name", "-decision_year")
    )


def open_error_reports():
    """Error reports per chamber (no chamber: every chamber's), open and closed."""
    return (
        ErrorReport.objects.order_by()
        .values("chamber__name")
        .annotate(
            open=Count("pk", filter=Q(status=Status.OPEN)),
            resolved=Count("pk", filter=Q(status=Status.RESOLVED)),
            dismissed=Count("pk", filter=Q(status=Status.DISMISSED)),
            total=Count("pk"),
        )
        .order_by("-open", "chamber__name")
    )


def translation_coverage():
    """Per locale other than German and page type: German live pages, their live translations
    into it, the share, and how many of those are out of date. Two queries per locale (content
    types come from Django's cache of them)."""
    source = german()
    originals = (
        Page.objects.live()
        .filter(locale=source, depth__gt=1)
        .order_by()
        .values("content_type")
        .annotate(number=Count("pk"))
    )
    by_type = {row["content_type"]: row["number"] for row in originals}
    rows = []
    for locale in Locale.objects.exclude(pk=source.pk).order_by("language_code"):
        translated = Page.objects.live().filter(
            locale=locale,
            translation_key__in=Page.objects.live().filter(locale=source).values("translation_key"),
        )
        numbers = dict(
            translated.values("content_type")
            .annotate(n=Count("pk"))
            .values_list("content_type", "n")
        )
        behind = dict(
            out_of_date(translated, source.pk)
            .order_by()
            .values("content_type")
            .annotate(n=Count("pk"))
            .values_list("content_type", "n")
        )
        for content_type, number in sorted(by_type.items()):
            done = numbers.get(content_type, 0)
            rows.append(
                {
                    "language": locale.get_display_name(),
                    "page_type": ContentType.objects.get_for_id(content_type).name,
                    "originals": number,
                    "translated": done,
                    "share": round(100 * done / number),
                    "out_of_date": behind.get(content_type, 0),
                }
            )
    return rows


def out_of_date_translations():
    """Live translations whose German original changed since they were translated."""
    source = german()
    pages = Page.objects.live().exclude(locale=source).filter(depth__gt=1)
    return out_of_date(pages, source.pk).select_related("locale").order_by("locale", "path")


def first_month():
    """The first day of the first month the view counts' reports cover."""
    today = timezone.localdate()
    month = today.year * 12 + today.month - 1 - (MONTHS - 1)
    return today.replace(year=month // 12, month=month % 12 + 1, day=1)


def page_views(user):
    """The pages the user may read, by their views in the last MONTHS months."""
    return (
        PageViewCount.objects.filter(date__gte=first_month())
        .filter(page__in=visible_pages(Page.objects.all(), user))
        .values("page_id", "page__title", "page__locale__language_code")
        .annotate(views=Sum("views"))
        .order_by("-views", "page__title")
    )


def search_terms():
    """Search terms by their searches in the last MONTHS months."""
    return (
        SearchTermCount.objects.filter(date__gte=first_month())
        .values("term", "language")
        .annotate(searches=Sum("searches"))
        .order_by("-searches", "term")
    )


def per_month(counts, field):
    """[(first day of the month, total of `field`)] for each of the last MONTHS months, oldest
    first, months without counts included (as 0)."""
    totals = dict(
        counts.filter(date__gte=first_month())
        .annotate(month=TruncMonth("date"))
        .order_by()
        .values("month")
        .annotate(total=Sum(field))
        .values_list("month", "total")
    )
    start = first_month()
    months = []
    for number in range(MONTHS):
        index = start.year * 12 + start.month - 1 + number
        month = start.replace(year=index // 12, month=index % 12 + 1)
        months.append((month, totals.get(month, 0)))
    return months
