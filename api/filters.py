"""Query filters: the facets of the portal's search. Invalid values give 400, never 500."""

import re
import uuid

import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field

from pages.choices import ChamberType, IscedLevel, OutcomeResult, QualificationType, Region
from pages.models import CountryProfilePage, ProfessionalProfilePage, RecognitionOutcomePage
from pages.snippets import ReferenceOccupation
from pages.tree import parent_path

KLDB_RE = re.compile(r"^\d{5}$")
iso_code_validator = RegexValidator(
    r"^[A-Za-z]{2}([A-Za-z]{2})?$",
    _("Enter an ISO 3166-1 alpha-2 code (TR) or an ISO 3166-3 code (YUCS)."),
)


ISO_CODE_SCHEMA = {
    "type": "string",
    "pattern": "^[A-Za-z]{2}([A-Za-z]{2})?$",
    "description": _("ISO 3166 code of the country, for example TR (or YUCS)."),
}
OCCUPATION_SCHEMA = {
    "type": "string",
    "pattern": "^([0-9]{5}|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})$",
    "description": _("Id of a German reference occupation (UUID), or its KldB 2010 code."),
}
TEXT_SCHEMA = {
    "type": "string",
    "maxLength": 200,
    "description": _("Words in the title (or name); case does not matter."),
}


class OccupationReferenceField(forms.CharField):
    """A reference occupation by its id (translation_key) or its KldB 2010 code."""

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        if KLDB_RE.match(value):
            return Q(kldb_code=value)
        try:
            return Q(translation_key=uuid.UUID(value))
        except ValueError:
            raise forms.ValidationError(
                _("Enter the id of a reference occupation (UUID) or a five-digit KldB code."),
                code="invalid",
            ) from None


class OccupationReferenceFilter(django_filters.Filter):
    """Filter by a reference occupation, given by its id or its KldB 2010 code."""

    field_class = OccupationReferenceField


class YearField(forms.IntegerField):
    """A year from 1900 to 2100."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1900, max_value=2100, **kwargs)


class YearFilter(django_filters.NumberFilter):
    """Filter by a year from 1900 to 2100."""

    field_class = YearField


class TextFilter(django_filters.CharFilter):
    """Filter by words of at most 200 characters; longer text is refused (400)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)


def filter_by_country(queryset, path_field, code):
    countries = CountryProfilePage.objects.filter(iso_code=code.upper()).values("path")
    return queryset.annotate(_country_path=parent_path(path_field)).filter(
        _country_path__in=countries
    )


class CountryFilter(django_filters.FilterSet):
    """Query parameters of the country profiles: ISO code, region, words in the title."""

    iso_code = django_filters.CharFilter(
        method="filter_iso_code",
        validators=[iso_code_validator],
        help_text=_("ISO 3166 code, for example TR."),
    )
    region = django_filters.ChoiceFilter(choices=Region.choices, help_text=_("Region."))
    q = TextFilter(method="filter_q", help_text=_("Words in the title."))

    class Meta:
        model = CountryProfilePage
        fields = []

    @extend_schema_field(ISO_CODE_SCHEMA)
    def filter_iso_code(self, queryset, name, value):
        return queryset.filter(iso_code=value.upper())

    @extend_schema_field(TEXT_SCHEMA)
    def filter_q(self, queryset, name, value):
        return queryset.filter(title__icontains=value)


class ProfileFilter(django_filters.FilterSet):
    """Query parameters of the professional profiles: country, qualification type, ISCED level,
    occupational field, reference occupation, validity on a date, words in the names."""

    country = django_filters.CharFilter(
        method="filter_country",
        validators=[iso_code_validator],
        help_text=_("ISO 3166 code of the country, for example TR."),
    )
    qualification_type = django_filters.ChoiceFilter(
        choices=QualificationType.choices, help_text=_("Qualification type.")
    )
    isced_level = django_filters.TypedChoiceFilter(
        choices=IscedLevel.choices, coerce=int, help_text=_("ISCED 2011 level.")
    )
    occupational_field = django_filters.UUIDFilter(
        field_name="occupational_field__translation_key",
        help_text=_("Id of the occupational field."),
    )
    reference_occupation = OccupationReferenceFilter(
        method="filter_reference_occupation",
        help_text=_("Id of a German reference occupation, or its KldB 2010 code."),
    )
    valid_at = django_filters.DateFilter(
        method="filter_valid_at",
        help_text=_("Training regulation in force on this date (YYYY-MM-DD)."),
    )
    q = TextFilter(
        method="filter_q", help_text=_("Words in the title, original name or transliteration.")
    )

    class Meta:
        model = ProfessionalProfilePage
        fields = []

    @extend_schema_field(ISO_CODE_SCHEMA)
    def filter_country(self, queryset, name, value):
        return filter_by_country(queryset, "path", value)

    @extend_schema_field(OCCUPATION_SCHEMA)
    def filter_reference_occupation(self, queryset, name, value):
        occupations = ReferenceOccupation.objects.filter(value)
        matching = ProfessionalProfilePage.objects.filter(reference_occupations__in=occupations)
        return queryset.filter(pk__in=matching.values("pk"))

    @extend_schema_field(
        {
            "type": "string",
            "format": "date",
            "description": _("Training regulation in force on this date (YYYY-MM-DD)."),
        }
    )
    def filter_valid_at(self, queryset, name, value):
        return queryset.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=value),
            Q(valid_until__isnull=True) | Q(valid_until__gte=value),
        )

    @extend_schema_field(TEXT_SCHEMA)
    def filter_q(self, queryset, name, value):
        return queryset.filter(
            Q(title__icontains=value)
            | Q(original_name__icontains=value)
            | Q(transliteration__icontains=value)
        )


class ReferenceOccupationFilter(django_filters.FilterSet):
    """Query parameters of the reference occupations: KldB code or its beginning, chamber type,
    regulated or not, occupational field, words in the name."""

    kldb_code = django_filters.CharFilter(
        validators=[RegexValidator(r"^\d{1,5}$", _("Enter up to five digits."))],
        method="filter_kldb_code",
        help_text=_("KldB 2010 code or its beginning, for example 262."),
    )
    chamber_type = django_filters.ChoiceFilter(
        choices=ChamberType.choices, help_text=_("Responsible chamber type.")
    )
    regulated = django_filters.TypedChoiceFilter(
        choices=[("true", "true"), ("false", "false")],
        coerce=lambda value: value == "true",
        help_text=_("true: regulated occupations only; false: the others."),
    )
    occupational_field = django_filters.UUIDFilter(
        field_name="occupational_field__translation_key",
        help_text=_("Id of the occupational field."),
    )
    q = TextFilter(method="filter_q", help_text=_("Words in the name (German or English)."))

    class Meta:
        model = ReferenceOccupation
        fields = []

    @extend_schema_field(
        {
            "type": "string",
            "pattern": "^[0-9]{1,5}$",
            "description": _("KldB 2010 code or its beginning, for example 262."),
        }
    )
    def filter_kldb_code(self, queryset, name, value):
        return queryset.filter(kldb_code__startswith=value)

    @extend_schema_field(TEXT_SCHEMA)
    def filter_q(self, queryset, name, value):
        keys = ReferenceOccupation.objects.filter(name__icontains=value).values("translation_key")
        return queryset.filter(translation_key__in=keys)


class OutcomeFilter(django_filters.FilterSet):
    """Query parameters of the recognition outcomes: profile, country, reference occupation, result,
    year of the decision."""

    profile = django_filters.UUIDFilter(
        field_name="profile__translation_key", help_text=_("Id of the professional profile.")
    )
    country = django_filters.CharFilter(
        method="filter_country",
        validators=[iso_code_validator],
        help_text=_("ISO 3166 code of the profile's country, for example TR."),
    )
    reference_occupation = OccupationReferenceFilter(
        method="filter_reference_occupation",
        help_text=_("Id of a German reference occupation, or its KldB 2010 code."),
    )
    result = django_filters.ChoiceFilter(
        choices=OutcomeResult.choices, help_text=_("Result of the procedure.")
    )
    decision_year = YearFilter(help_text=_("Year of the decision."))

    class Meta:
        model = RecognitionOutcomePage
        fields = []

    @extend_schema_field(ISO_CODE_SCHEMA)
    def filter_country(self, queryset, name, value):
        return filter_by_country(queryset, "profile__path", value)

    @extend_schema_field(OCCUPATION_SCHEMA)
    def filter_reference_occupation(self, queryset, name, value):
        return queryset.filter(reference_occupation__in=ReferenceOccupation.objects.filter(value))
