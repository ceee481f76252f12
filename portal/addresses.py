"""Who a request comes from: the client's address behind the portal's reverse proxies.

One answer for every count and log: django-ratelimit (RATELIMIT_IP_META_KEY), django-axes
(AXES_CLIENT_IP_CALLABLE), the API's throttles and call log, and the request log. The address
is REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT reverse proxies that each append the address they
were reached from to X-Forwarded-For, the entry that many places from its right: what a client
writes into the header itself stays to the left and is never used. (django-ipware expects
proxies to append their own addresses, and answers nothing for the usual
`proxy_add_x_forwarded_for` header, which would leave attempts uncounted by address.)
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def client_ip(request):
    """The client's address (see the module's rules); REMOTE_ADDR when the header is short, None
    when the request carries no address at all (AXES_CLIENT_IP_CALLABLE)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        if len(forwarded) >= proxies and forwarded[-proxies]:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def ratelimit_ip(request):
    """RATELIMIT_IP_META_KEY: the client's address, or ImproperlyConfigured when the request
    carries none, as django-ratelimit answers for an empty REMOTE_ADDR itself."""
    address = client_ip(request)
    if not address:
        raise ImproperlyConfigured("The request carries no client address.")
    return address
