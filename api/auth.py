"""Bearer-key authentication, the permission and the rate limits of the outcomes API.

Unlike Wagtail's v3 API, a bad token never falls back to anonymous: a missing, malformed,
unknown or revoked key, or a key of an inactive client, is answered 401.

Two rate limits, both counted by DRF's throttles in Django's cache:

- a client's calls, at the client's own rate, shared by all its keys (ApiClientRateThrottle);
- calls refused for want of a valid key, per client address (RefusedCallThrottle,
  settings.API_REFUSED_CALL_RATE). Once an address has used them up, every call from it is
  answered 429 before its key is looked at, so keys cannot be tried past the limit; calls with
  a valid key never count against their address.

The client address is the one all the portal's rate limits count by (portal.addresses, as
django-ratelimit reads it). Both limits fail closed: while the cache
cannot count (Redis away), the calls they would count are answered 503.
"""

import hmac

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.throttling import SimpleRateThrottle

from portal.cache import limited_status
from portal.frameworks.ratelimit import client_ip
from portal.frameworks.rest_framework import http_request

from . import keys
from .models import ApiKey

SCHEME = "Bearer"
REALM = "BQ-Portal outcomes API"


def remember_key(request, key):
    """The key (even a refused one) is noted on the request for the call log."""
    http_request(request).api_key = key


class ApiKeyAuthentication(BaseAuthentication):
    """The client of an `Authorization: Bearer <key>` header; any bad key is answered 401."""

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
    """503 while requests cannot be counted against a rate limit."""

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


def client_address(request):
    """The client's address as the portal's rate limits count it (IPv6 by its /64 network), or
    None when the request carries no usable one."""
    try:
        return client_ip(http_request(request))
    except (KeyError, ValueError, ImproperlyConfigured):
        return None


class RefusedCallThrottle(SimpleRateThrottle):
    """Calls refused for want of a valid key (401), per client address.

    Not one of the view's throttle_classes, which DRF asks only after authentication: the view
    asks allow_request before the key is looked at, which counts nothing, and counts a call with
    count() once it has been refused.
    """

    scope = "api_refused_call"
    cache_format = "api-throttle-refused-%(ident)s"

    def get_rate(self):
        return settings.API_REFUSED_CALL_RATE

    def get_cache_key(self, request, view):
        # Calls without a usable address share one count.
        return self.cache_format % {"ident": client_address(request) or "unknown"}

    def throttle_success(self):
        return True  # a call counts only once it is refused (count)

    def wait(self):
        """Seconds until fewer than the rate's number of the address's refused calls are in
        the window (DRF's wait gives none once calls that raced, or a lowered rate, overshot)."""
        return self.duration - (self.now - self.history[self.num_requests - 1])

    def count(self):
        """Count the refused call; True at most once per address and period of the rate (that
        call is logged). CannotCount while the cache keeps nothing, as ApiClientRateThrottle."""
        if not self.history and limited_status()[1]:
            raise CannotCount
        super().throttle_success()
        return self.cache.add(f"{self.key}-logged", True, self.duration)
