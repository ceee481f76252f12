"""The filters of the professional profiles report (and so of its export)."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from pages.choices import IscedLevel, QualificationType
from pages.models import CountryProfilePage, ProfessionalProfilePage
from pages.snippets import SOURCE_LOCALE_FILTER, OccupationalField, ReferenceOccupation
from pages.tree import under


class CountryFilter(django_filters.ModelChoiceFilter):
    """A German country profile; profiles of its English translation match as well."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        countries = CountryProfilePage.objects.filter(translation_key=value.translation_key)
        return queryset.filter(under(countries.values_list("path", flat=True)))


class ProfileReportFilterSet(WagtailFilterSet):
    """Filters of the profiles report and export."""

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
