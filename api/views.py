"""The read API of public content and the token API of recognition outcomes (/api/v1/)."""

import logging

from django.conf import settings
from django.db import DatabaseError
from django.db.models import OuterRef, Subquery
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from drf_spectacular.views import SpectacularAPIView
from rest_framework import exceptions

from pages.localized import localize_all
from pages.models import CountryProfilePage, ProfessionalProfilePage, RecognitionOutcomePage
from pages.models.restricted import outcomes_with_chamber_names
from pages.snippets import ReferenceOccupation, published
from pages.tree import parent_path
from portal.frameworks.rest_framework import http_request
from portal.logs import truncated_ip

from . import filters, serializers
from .auth import (
    ApiClientRateThrottle,
    ApiKeyAuthentication,
    CannotCount,
    HasApiKey,
    RefusedCallThrottle,
    client_address,
)
from .base import (
    LOCALES,
    ApiViewSet,
    ErrorSerializer,
    KeyInQueryString,
    PublicViewSet,
    outside_i18n_patterns,
    secret_parameters,
)
from .models import ApiCallLog

logger = logging.getLogger(__name__)

LOCALE_PARAMETER = OpenApiParameter(
    "locale",
    OpenApiTypes.STR,
    enum=LOCALES,
    default=settings.LANGUAGE_CODE,
    description=_("Language of the content: de (default) or en."),
)
ID_PARAMETER = OpenApiParameter(
    "id",
    OpenApiTypes.UUID,
    OpenApiParameter.PATH,
    description=_("Stable id (the same in every language)."),
)
BAD_REQUEST = OpenApiResponse(ErrorSerializer, description=_("Invalid query parameters."))
NOT_FOUND = OpenApiResponse(
    ErrorSerializer, description=_("Nothing public with this id in this language.")
)


def read_schema(serializer, name):
    return extend_schema_view(
        list=extend_schema(
            summary=_("List %(things)s") % {"things": name},
            parameters=[LOCALE_PARAMETER],
            responses={200: serializer(many=True), 400: BAD_REQUEST},
        ),
        retrieve=extend_schema(
            summary=_("One of the %(things)s") % {"things": name},
            parameters=[LOCALE_PARAMETER, ID_PARAMETER],
            responses={200: serializer, 400: BAD_REQUEST, 404: NOT_FOUND},
        ),
    )


def by_key(objects):
    return {obj.translation_key: obj for obj in objects}


def localized(objects, locale):
    """{translation_key: translation in `locale` (German when there is none)}, one query."""
    unique = list(by_key(objects).values())
    return by_key(localize_all(unique, locale.pk)) if unique else {}


# Public content -------------------------------------------------------------------------------


@read_schema(serializers.CountrySerializer, _("country profiles"))
class CountryViewSet(PublicViewSet):
    """Country profiles: live and public pages only."""

    serializer_class = serializers.CountrySerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = filters.CountryFilter
    not_found_message = _("There is no public country profile with this id in this language.")
    queryset = CountryProfilePage.objects.none()

    def get_queryset(self):
        return (
            CountryProfilePage.objects.live()
            .public()
            .filter(locale=self.get_locale())
            .order_by("title", "pk")
        )


@read_schema(serializers.ProfileSerializer, _("professional profiles"))
class ProfileViewSet(PublicViewSet):
    """Professional profiles: live and public pages only."""

    serializer_class = serializers.ProfileSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = filters.ProfileFilter
    not_found_message = _("There is no public professional profile with this id in this language.")
    queryset = ProfessionalProfilePage.objects.none()

    def get_queryset(self):
        return (
            ProfessionalProfilePage.objects.live()
            .public()
            .filter(locale=self.get_locale())
            .select_related("occupational_field")
            .prefetch_related("reference_occupations")
            .order_by("title", "pk")
        )

    def prepare(self, profiles):
        steplen = CountryProfilePage.steplen
        # The profiles are public, so their countries are too (a restriction covers the subtree).
        countries = {
            country.path: country
            for country in CountryProfilePage.objects.live()
            .filter(path__in={profile.path[:-steplen] for profile in profiles})
            .only("pk", "path", "title", "iso_code", "translation_key")
        }
        fields = localized(
            [p.occupational_field for p in profiles if p.occupational_field_id], self.locale
        )
        occupations = localized(
            [o for p in profiles for o in p.reference_occupations.all()], self.locale
        )
        for profile in profiles:
            profile.api_country = countries.get(profile.path[:-steplen])
            field = profile.occupational_field
            profile.api_occupational_field = fields[field.translation_key] if field else None
            profile.api_reference_occupations = [
                occupations[o.translation_key] for o in profile.reference_occupations.all()
            ]


@read_schema(serializers.ReferenceOccupationSerializer, _("German reference occupations"))
class ReferenceOccupationViewSet(PublicViewSet):
    """German reference occupations, named in the requested language where translated."""

    serializer_class = serializers.ReferenceOccupationSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = filters.ReferenceOccupationFilter
    not_found_message = _("There is no reference occupation with this id.")
    queryset = ReferenceOccupation.objects.none()

    def get_queryset(self):
        return (
            published(ReferenceOccupation.objects)
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .select_related("occupational_field")
            .order_by("kldb_code", "name", "pk")
        )

    def prepare(self, occupations):
        names = localized(occupations, self.locale)
        fields = localized(
            [o.occupational_field for o in occupations if o.occupational_field_id], self.locale
        )
        for occupation in occupations:
            translation = names[occupation.translation_key]
            occupation.api_name = translation.name
            occupation.api_language_code = (
                self.locale.language_code
                if translation.locale_id == self.locale.pk
                else settings.LANGUAGE_CODE
            )
            field = occupation.occupational_field
            occupation.api_occupational_field = fields[field.translation_key] if field else None


# Recognition outcomes (token) -----------------------------------------------------------------

UNAUTHORIZED = OpenApiResponse(
    ErrorSerializer,
    description=_(
        "No, a malformed, unknown or revoked key, or the key of an inactive client. "
        "The WWW-Authenticate header names the Bearer scheme."
    ),
)
TOO_MANY = OpenApiResponse(
    ErrorSerializer,
    description=_(
        "The client's rate limit, or the calls without a valid key allowed from the address, "
        "are used up; Retry-After says for how many seconds."
    ),
)
RETRY_AFTER = OpenApiParameter(
    "Retry-After",
    OpenApiTypes.INT,
    OpenApiParameter.HEADER,
    response=[429, 503],
    description=_("Seconds until the next request is accepted."),
)
WWW_AUTHENTICATE = OpenApiParameter(
    "WWW-Authenticate",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=[401],
    description=_("The authentication scheme: Bearer."),
)
CANNOT_COUNT = OpenApiResponse(
    ErrorSerializer,
    description=_(
        "Requests cannot be counted against the rate limit at the moment (the cache is away); "
        "Retry-After says when to try again."
    ),
)
OUTCOME_ERRORS = {400: BAD_REQUEST, 401: UNAUTHORIZED, 429: TOO_MANY, 503: CANNOT_COUNT}
TOO_MANY_REFUSED = _("Too many calls without a valid key from this address.")


def logged_path(request):
    """The path and query as the call log keeps them: a key-like parameter's value withheld."""
    query = request.GET.copy()
    for name in secret_parameters(query):
        query.setlist(name, ["[withheld]"])
    return f"{request.path}?{query.urlencode(safe='[]/')}" if query else request.path


def log_call(request, status_code):
    """One row; a failure to log is reported but does not fail the call. The row names the key
    (by its prefix, ApiKey) and never holds a key's text or a full client address."""
    django_request = http_request(request)
    key = getattr(django_request, "api_key", None)
    try:
        ApiCallLog.objects.create(
            client_id=key.client_id if key else None,
            key=key,
            method=django_request.method[:10],
            path=logged_path(django_request)[:2000],
            status_code=status_code,
            remote_addr=truncated_ip(client_address(django_request)),
        )
    except DatabaseError:
        logger.exception("Could not log an API call")


@extend_schema_view(
    list=extend_schema(
        summary=_("List recognition outcomes"),
        parameters=[LOCALE_PARAMETER, RETRY_AFTER, WWW_AUTHENTICATE],
        responses={200: serializers.OutcomeSerializer(many=True), **OUTCOME_ERRORS},
    ),
    retrieve=extend_schema(
        summary=_("One recognition outcome"),
        parameters=[LOCALE_PARAMETER, ID_PARAMETER, RETRY_AFTER, WWW_AUTHENTICATE],
        responses={
            200: serializers.OutcomeSerializer,
            **OUTCOME_ERRORS,
            404: OpenApiResponse(ErrorSerializer, description=_("No such outcome.")),
        },
    ),
)
class OutcomeViewSet(ApiViewSet):
    """Anonymised recognition outcomes, for registered client systems with a key only.

    Every call with a valid key is logged, whatever its answer. A call refused for want of one
    (401) counts against its address (RefusedCallThrottle), and only the first of an address in
    the rate's period (a minute) is logged; a call refused by that limit (429), or while it
    cannot be counted (503), is not logged at all. So calls without a valid key add at most one
    row per address and minute, however many there are.
    """

    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasApiKey]
    throttle_classes = [ApiClientRateThrottle]
    serializer_class = serializers.OutcomeSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = filters.OutcomeFilter
    not_found_message = _("There is no published recognition outcome with this id.")
    cache_control = {"private": True, "no_store": True}
    queryset = RecognitionOutcomePage.objects.none()
    logged = True  # whether finalize_response logs the call

    def get_queryset(self):
        country = CountryProfilePage.objects.filter(
            path=parent_path(OuterRef("profile__path"))
        ).values("iso_code")[:1]
        return (
            outcomes_with_chamber_names()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .select_related("profile", "reference_occupation")
            .annotate(country_code=Subquery(country))
            .order_by("-decision_year", "pk")
        )

    def prepare(self, outcomes):
        occupations = localized([o.reference_occupation for o in outcomes], self.locale)
        for outcome in outcomes:
            outcome.api_reference_occupation = occupations[
                outcome.reference_occupation.translation_key
            ]

    def set_cache_headers(self, response):
        super().set_cache_headers(response)
        patch_vary_headers(response, ["Authorization"])

    def perform_authentication(self, request):
        """An address that used up its refused calls gets 429 before its key is looked at."""
        self.refusals = RefusedCallThrottle()
        if not self.refusals.allow_request(request, self):
            self.logged = False
            raise exceptions.Throttled(self.refusals.wait(), detail=str(TOO_MANY_REFUSED))
        super().perform_authentication(request)

    def handle_exception(self, exc):
        """A call refused for want of a valid key (or for a key in its query string) counts
        against its address (503 instead while it cannot be counted)."""
        refused = (exceptions.NotAuthenticated, exceptions.AuthenticationFailed, KeyInQueryString)
        if isinstance(exc, refused):
            try:
                self.logged = self.refusals.count()
            except CannotCount as outage:
                self.logged = False
                exc = outage
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if self.logged:
            log_call(request, response.status_code)
        return response

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except Exception:
            log_call(request, 500)
            raise


class SchemaView(SpectacularAPIView):
    """The OpenAPI 3 schema of /api/v1/ (YAML; JSON with ?format=json)."""

    authentication_classes = []
    permission_classes = []

    def dispatch(self, request, *args, **kwargs):
        """In English unless ?lang=de asks for German (labels and descriptions)."""
        outside_i18n_patterns(request)
        language = request.GET.get("lang")
        with translation.override(language if language in LOCALES else "en"):
            return super().dispatch(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=300"
        return response
