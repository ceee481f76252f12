"""What the APIs show. Ids are translation keys: the same for every language version.

Views attach related objects in bulk before serialising (see `prepare` in api.views), so the
serializers read attributes and never query.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pages.choices import ChamberType, IscedLevel, OutcomeResult, QualificationType, Region

from .base import LOCALES

LOCALE_FIELD = {"type": "string", "enum": LOCALES}


def choice_schema(name, choices):
    """A component {"value": <enum>, "label": <text in the requested language>}."""
    return type(
        name,
        (serializers.Serializer,),
        {
            "value": serializers.ChoiceField(choices=choices.choices),
            "label": serializers.CharField(help_text=_("The value in words.")),
        },
    )


class ChoiceObjectField(serializers.Field):
    """A choice as {"value", "label"}: the stored value and its label in the requested language."""

    choices = None

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {"value": value, "label": str(self.choices(value).label)}


def choice_field(name, choices):
    schema = choice_schema(f"{name}Choice", choices)
    return extend_schema_field(schema)(
        type(f"{name}Field", (ChoiceObjectField,), {"choices": choices})
    )


RegionField = choice_field("Region", Region)
QualificationTypeField = choice_field("QualificationType", QualificationType)
IscedLevelField = choice_field("IscedLevel", IscedLevel)
ChamberTypeField = choice_field("ChamberType", ChamberType)
OutcomeResultField = choice_field("OutcomeResult", OutcomeResult)


def absolute(request, path):
    return request.build_absolute_uri(path) if request is not None else path


class PageSerializer(serializers.Serializer):
    """What every page in the API has: its stable id, the id and language of this version, its
    address, title and last publication."""

    id = serializers.UUIDField(
        source="translation_key",
        help_text=_("Stable id: the same for every language version of the page."),
    )
    page_id = serializers.IntegerField(source="pk", help_text=_("Id of this language version."))
    url = serializers.SerializerMethodField(help_text=_("The page on the portal."))
    locale = serializers.SerializerMethodField(help_text=_("Language of this version."))
    title = serializers.CharField()
    last_published_at = serializers.DateTimeField(allow_null=True)

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_url(self, page):
        return page.get_full_url(self.context.get("request"))

    @extend_schema_field(LOCALE_FIELD)
    def get_locale(self, page):
        return self.context["locale"].language_code


class CountryRefSerializer(serializers.Serializer):
    """The country of a professional profile: its id, ISO code and title."""

    id = serializers.UUIDField(source="translation_key")
    iso_code = serializers.CharField()
    title = serializers.CharField()


class SnippetRefSerializer(serializers.Serializer):
    """An entry of the reference data, such as an occupational field: its id and name."""

    id = serializers.UUIDField(source="translation_key")
    name = serializers.CharField()


class OccupationRefSerializer(SnippetRefSerializer):
    """A German reference occupation: its id, name and KldB 2010 code."""

    kldb_code = serializers.CharField(allow_blank=True)


class CountrySerializer(PageSerializer):
    """A country profile: the country, its region, official languages and validity, and the address
    of its professional profiles."""

    iso_code = serializers.CharField(help_text=_("ISO 3166-1 alpha-2 or ISO 3166-3 code."))
    historical = serializers.BooleanField(source="is_historical")
    region = RegionField()
    official_languages = serializers.CharField(allow_blank=True)
    valid_since = serializers.DateField(allow_null=True)
    valid_until = serializers.DateField(allow_null=True)
    summary = serializers.CharField(allow_blank=True)
    last_reviewed = serializers.DateField(allow_null=True)
    profiles = serializers.SerializerMethodField(
        help_text=_("The professional profiles of this country in this API.")
    )

    @extend_schema_field(OpenApiTypes.URI)
    def get_profiles(self, page):
        locale = self.context["locale"].language_code
        return absolute(
            self.context.get("request"),
            f"/api/v1/profiles/?country={page.iso_code}&locale={locale}",
        )


class ProfileSerializer(PageSerializer):
    """A professional profile: a foreign qualification, its country, and the German reference
    occupations it is compared with."""

    original_name = serializers.CharField(help_text=_("Name in the original language."))
    transliteration = serializers.CharField(allow_blank=True)
    qualification_type = QualificationTypeField()
    isced_level = IscedLevelField()
    isco_code = serializers.CharField(allow_blank=True, help_text=_("ISCO-08 unit group."))
    duration_months = serializers.IntegerField()
    valid_from = serializers.DateField(
        allow_null=True, help_text=_("Training regulation valid from.")
    )
    valid_until = serializers.DateField(
        allow_null=True, help_text=_("Training regulation valid until (empty: in force).")
    )
    country = CountryRefSerializer(source="api_country", allow_null=True)
    occupational_field = SnippetRefSerializer(source="api_occupational_field", allow_null=True)
    reference_occupations = OccupationRefSerializer(source="api_reference_occupations", many=True)
    summary = serializers.CharField(allow_blank=True)
    legal_basis = serializers.CharField(allow_blank=True)
    training_institutions = serializers.CharField(allow_blank=True)
    admission_requirements = serializers.CharField(allow_blank=True)
    last_reviewed = serializers.DateField(allow_null=True)


class ReferenceOccupationSerializer(serializers.Serializer):
    """A German reference occupation, named in the requested language where translated, with the
    address of the profiles compared with it."""

    id = serializers.UUIDField(
        source="translation_key", help_text=_("Stable id: the same in every language.")
    )
    locale = serializers.SerializerMethodField(help_text=_("Language of the name."))
    name = serializers.CharField(
        source="api_name", help_text=_("In the requested language; German if not translated.")
    )
    kldb_code = serializers.CharField(allow_blank=True, help_text=_("KldB 2010 code."))
    chamber_type = ChamberTypeField()
    regulated = serializers.BooleanField()
    occupational_field = SnippetRefSerializer(source="api_occupational_field", allow_null=True)
    profiles = serializers.SerializerMethodField(
        help_text=_("The professional profiles compared with this occupation.")
    )

    @extend_schema_field(LOCALE_FIELD)
    def get_locale(self, occupation):
        return occupation.api_language_code

    @extend_schema_field(OpenApiTypes.URI)
    def get_profiles(self, occupation):
        locale = self.context["locale"].language_code
        return absolute(
            self.context.get("request"),
            f"/api/v1/profiles/?reference_occupation={occupation.translation_key}&locale={locale}",
        )


class OutcomeProfileSerializer(serializers.Serializer):
    """The professional profile of an outcome: its id and German title."""

    id = serializers.UUIDField(source="translation_key")
    title = serializers.CharField()


class OutcomeSerializer(serializers.Serializer):
    """An anonymised recognition outcome: profile and reference occupation compared, the result with
    its differences and measures, the deciding chamber and the years."""

    id = serializers.UUIDField(source="translation_key", help_text=_("Stable id."))
    profile = OutcomeProfileSerializer(help_text=_("The professional profile (German)."))
    country = serializers.CharField(
        source="country_code",
        allow_null=True,
        help_text=_("ISO 3166 code of the profile's country."),
    )
    reference_occupation = OccupationRefSerializer(source="api_reference_occupation")
    result = OutcomeResultField()
    substantial_differences = serializers.CharField(allow_blank=True)
    compensation_measures = serializers.CharField(allow_blank=True)
    skills_analysis = serializers.BooleanField(
        help_text=_("Whether a skills analysis (Qualifikationsanalyse) was used.")
    )
    chamber = serializers.CharField(
        source="chamber_name", allow_null=True, help_text=_("The deciding chamber.")
    )
    decision_year = serializers.IntegerField()
    completion_year = serializers.IntegerField()
    issuing_institution = serializers.CharField(allow_blank=True)
    issuing_town = serializers.CharField(allow_blank=True)
    notes = serializers.CharField(allow_blank=True)
    last_published_at = serializers.DateTimeField(allow_null=True)
