"""django-ratelimit's private API: the client address that its "ip" key counts by."""

from django.http import HttpRequest
from django_ratelimit.core import _get_ip


def client_ip(request: HttpRequest):
    """The client's address as django-ratelimit's `key="ip"` counts it: settings
    .RATELIMIT_IP_META_KEY's (portal.addresses), an IPv6 address as its /64 network. Raises
    KeyError, ValueError or ImproperlyConfigured when the request carries no usable address.

    Why private (`django_ratelimit.core._get_ip`): django-ratelimit exports no function for the
    address, and rate limits counted outside it (DRF's throttles of the API) must count by the
    same address as those it counts (sign-in, registration, PDFs)."""
    return _get_ip(request)
