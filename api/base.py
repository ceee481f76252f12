"""What both APIs share: JSON only, one error format, strict paging, locale, caching."""

import uuid

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import conditional_page
from rest_framework import exceptions, serializers
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.viewsets import GenericViewSet
from wagtail.models import Locale

from portal.http_cache import cache_publicly
from portal.replica import reads_from_replica

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 10_000_000
LOCALES = [code for code, _name in settings.LANGUAGES]


class ErrorSerializer(serializers.Serializer):
    """Every error of the API: a sentence, a code, and for 400 the invalid parameters."""

    detail = serializers.CharField(help_text=_("What went wrong, in words."))
    code = serializers.CharField(
        help_text=_("A stable code, for example invalid, not_found, not_authenticated.")
    )
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text=_("Per query parameter, what is wrong with its value (400 only)."),
    )


# Query parameters that would carry a key: refused, so that no key reaches a log or a history.
SECRET_PARAMETERS = frozenset({"api_key", "apikey", "key", "token", "access_token"})


def secret_parameters(query):
    """The names of the query's parameters that would carry a key (any case)."""
    return sorted(name for name in query if name.lower() in SECRET_PARAMETERS)


class KeyInQueryString(exceptions.APIException):
    """400: a key in the query string is refused before anything looks at it."""

    status_code = 400
    default_code = "api_key_in_query"
    default_detail = _(
        "API keys are refused in the query string, where they end up in logs: send the key in "
        "the header “Authorization: Bearer <key>”."
    )


class InvalidParameters(exceptions.ValidationError):
    """Invalid query parameters (paging, locale): a 400 in the API's error format."""

    pass


def flatten(messages):
    if isinstance(messages, dict):
        return {str(name): flatten_list(value) for name, value in messages.items()}
    return {"non_field_errors": flatten_list(messages)}


def flatten_list(value):
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    if isinstance(value, dict):
        return [f"{name}: {item}" for name, items in value.items() for item in flatten_list(items)]
    return [str(value)]


def exception_handler(exc, context):
    """DRF's handler, reshaped into {"detail", "code"[, "errors"]}."""
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = {
            "detail": str(_("Invalid query parameters.")),
            "code": "invalid",
            "errors": flatten(exc.detail),
        }
        return response
    detail = getattr(exc, "detail", None)
    if isinstance(detail, (list, dict)) or detail is None:
        detail = response.data.get("detail", "") if isinstance(response.data, dict) else ""
    code = getattr(detail, "code", None) or getattr(exc, "default_code", "error")
    response.data = {"detail": str(detail), "code": str(code)}
    return response


def outside_i18n_patterns(request):
    """Keep LocaleMiddleware from redirecting the API's 404s to /de/api/...

    LocaleMiddleware redirects every 404 whose path lacks a language prefix to the prefixed path
    when that resolves, and Wagtail's catch-all page route resolves anything. It decides by
    `request.urlconf`; the API's own urlconf has no i18n_patterns. (Set after URL resolution,
    so it changes nothing else of the request.)
    """
    request.urlconf = "api.urls"


def not_found(request, *args, **kwargs):
    """Anything under /api/ that is no endpoint: a JSON 404, never an HTML page."""
    outside_i18n_patterns(request)
    response = JsonResponse(
        {"detail": str(_("There is no such API endpoint.")), "code": "not_found"}, status=404
    )
    patch_cache_control(response, no_cache=True)
    return response


class JsonOnlyNegotiation(BaseContentNegotiation):
    """The API speaks JSON whatever the client asks for (no 406, no ?format= surprises)."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


def strict_int(request, name, default, minimum, maximum):
    """A whole number from the query string, or 400: never silently replaced by a default."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not minimum <= value <= maximum:
        message = _("Enter a whole number from %(minimum)s to %(maximum)s.") % {
            "minimum": minimum,
            "maximum": maximum,
        }
        raise InvalidParameters({name: [message]})
    return value


class Pagination(LimitOffsetPagination):
    """`limit` (1–100, default 20) and `offset`; invalid values are refused, not ignored."""

    default_limit = DEFAULT_LIMIT
    max_limit = MAX_LIMIT

    def get_limit(self, request):
        return strict_int(request, self.limit_query_param, DEFAULT_LIMIT, 1, MAX_LIMIT)

    def get_offset(self, request):
        return strict_int(request, self.offset_query_param, 0, 0, MAX_OFFSET)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.limit_query_param:
                parameter["description"] = str(_("Number of results per page (1–100, default 20)."))
                parameter["schema"].update(minimum=1, maximum=MAX_LIMIT, default=DEFAULT_LIMIT)
            elif parameter["name"] == self.offset_query_param:
                parameter["description"] = str(_("Index of the first result (default 0)."))
                parameter["schema"].update(minimum=0, maximum=MAX_OFFSET, default=0)
        return parameters


class ApiViewSet(GenericViewSet):
    """Read-only, JSON, one error format, `?locale=de|en` (default German)."""

    renderer_classes = [JSONRenderer]
    # Here, not in REST_FRAMEWORK: wagtail-localize's editor posts form data to its own views.
    parser_classes = [JSONParser]
    content_negotiation_class = JsonOnlyNegotiation
    pagination_class = Pagination
    lookup_url_kwarg = "id"
    lookup_value_regex = "[^/]+"
    cache_control = {}

    def get_exception_handler(self):
        return exception_handler

    def dispatch(self, request, *args, **kwargs):
        outside_i18n_patterns(request)
        language = request.GET.get("locale")
        if language not in LOCALES:
            language = settings.LANGUAGE_CODE
        with translation.override(language):
            return super().dispatch(request, *args, **kwargs)

    def perform_authentication(self, request):
        """A key in the query string is refused (400), whatever the endpoint."""
        if secret_parameters(request.query_params):
            raise KeyInQueryString
        super().perform_authentication(request)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        code = request.query_params.get("locale") or settings.LANGUAGE_CODE
        if code not in LOCALES:
            raise InvalidParameters(
                {"locale": [_("Choose one of: %(codes)s.") % {"codes": ", ".join(LOCALES)}]}
            )
        # A configured language whose locale is not made yet (manage.py add_languages) has no
        # content: an unsaved stand-in matches nothing, so its lists are empty, not an error.
        self.locale = Locale.objects.filter(language_code=code).first() or Locale(
            pk=0, language_code=code
        )

    def get_locale(self):
        """The requested locale (German while the schema is generated, without a request)."""
        locale = getattr(self, "locale", None)
        return locale or Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        self.set_cache_headers(response)
        response["Content-Language"] = translation.get_language()
        return response

    def set_cache_headers(self, response):
        patch_cache_control(response, **self.cache_control)

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        self.prepare(page)
        serializer = self.get_serializer(page, many=True)
        return self.get_paginated_response(serializer.data)

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        self.prepare([instance])
        return Response(self.get_serializer(instance).data)

    def get_object(self):
        """By stable id (translation_key); filters do not apply to the detail."""
        raw = self.kwargs[self.lookup_url_kwarg]
        try:
            key = uuid.UUID(str(raw))
        except ValueError:
            key = None
        instance = self.get_queryset().filter(translation_key=key).first() if key else None
        if instance is None:
            raise exceptions.NotFound(self.not_found_message)
        return instance

    not_found_message = _("Not found.")

    def prepare(self, objects):
        """Load what the serializer shows of all objects at once (no query per object)."""

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "locale": getattr(self, "locale", None)}


@method_decorator(conditional_page, name="dispatch")
@method_decorator(reads_from_replica, name="dispatch")
class PublicViewSet(ApiViewSet):
    """Public content for everyone: no authentication, cacheable, ETag and 304; read from the
    replica when there is one (portal.replica)."""

    authentication_classes = []
    permission_classes = []

    def set_cache_headers(self, response):
        if response.status_code == 200:
            cache_publicly(response, "api")
        else:
            patch_cache_control(response, no_cache=True)
