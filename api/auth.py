"""Bearer-key authentication, the permission and the per-client rate limit of the outcomes API.

Unlike Wagtail's v3 API, a bad token never falls back to anonymous: a missing, malformed,
unknown or revoked key, or a key of an inactive client, is answered 401.
"""

import hmac

from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.throttling import SimpleRateThrottle

from portal.cache import limited_status

from . import keys
from .models import ApiKey

SCHEME = "Bearer"
REALM = "BQ-Portal outcomes API"


def remember_key(request, key):
    """The key (even a refused one) is noted on the request for the call log."""
    getattr(request, "_request", request).api_key = key


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):
        header = get_authorization_header(request)
        if not header:
            return None  # HasApiKey then answers 401 "not authenticated"
        try:
            scheme, _sep, token = header.decode("ascii").partition(" ")
        except UnicodeDecodeError:
            scheme, token = "", ""
        token = token.strip()
        if scheme.lower() != SCHEME.lower() or not token or " " in token:
            raise exceptions.AuthenticationFailed(
                _("Malformed Authorization header: send “Authorization: Bearer <key>”.")
            )
        prefix = keys.parse(token)
        if prefix is None:
            raise exceptions.AuthenticationFailed(_("Malformed API key."))
        key = ApiKey.objects.select_related("client").filter(prefix=prefix).first()
        if key is None or not hmac.compare_digest(key.hashed_secret, keys.hash_key(token)):
            raise exceptions.AuthenticationFailed(_("Unknown API key."))
        remember_key(request, key)
        if key.is_revoked:
            raise exceptions.AuthenticationFailed(_("This API key has been revoked."))
        if not key.client.is_active:
            raise exceptions.AuthenticationFailed(_("This API client is deactivated."))
        key.touch()
        return key.client, key

    def authenticate_header(self, request):
        return f'{SCHEME} realm="{REALM}"'


class HasApiKey(BasePermission):
    """Only requests authenticated by a valid key (never a session, never anonymous)."""

    message = _("Authentication required: send “Authorization: Bearer <key>”.")

    def has_permission(self, request, view):
        return isinstance(request.auth, ApiKey)


class CannotCount(exceptions.APIException):
    """503 while requests cannot be counted against the client's rate limit."""

    status_code = 503
    default_code = "rate_limit_unavailable"
    default_detail = _("Requests cannot be counted at the moment. Try again in a minute.")
    wait = 60  # DRF's exception handler sends it as Retry-After


class ApiClientRateThrottle(SimpleRateThrottle):
    """Requests per minute of one client (all its keys together), at the client's own rate."""

    scope = "api_client"
    cache_format = "api-throttle-client-%(ident)s"

    def __init__(self):
        pass  # the rate is the client's, known only per request

    def allow_request(self, request, view):
        key = request.auth
        if not isinstance(key, ApiKey):
            return True
        self.rate = f"{key.client.rate_limit}/min"
        self.num_requests, self.duration = self.parse_rate(self.rate)
        allowed = super().allow_request(request, view)
        if allowed and len(self.history) == 1 and limited_status()[1]:
            # Nothing counted before: a new minute, or a cache that keeps nothing (Redis away),
            # where DRF's throttle, reading and writing its history through the cache, would
            # let every request through. Fail closed.
            raise CannotCount
        return allowed

    def get_cache_key(self, request, view):
        return self.cache_format % {"ident": request.auth.client_id}
