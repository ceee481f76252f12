"""Request ids, the request log and addresses as logs keep them.

Every request gets an id: the incoming `X-Request-ID` when it is sane (8 to 128 letters, digits
and `._:-`, as a load balancer sends it), a new random one otherwise. It is sent back as the
`X-Request-ID` response header, shown on the 500 page (portal.errors) and put on every log line
written while the request runs (RequestIdFilter, a filter of the handlers in settings.LOGGING),
so that a user can quote it and an operator finds every line of that request.

After each request one line goes to the logger `portal.request`: method, path (never the query
string, where a careless client may put a secret), status, duration, the user's id and the
client's address truncated (IPv4 to its /24, IPv6 to its /48 network: `truncated_ip`). No log of
the portal keeps a full client address.
"""

import contextvars
import ipaddress
import logging
import re
import time
import uuid

from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError

from portal.frameworks.ratelimit import client_ip

REQUEST_ID_HEADER = "X-Request-ID"
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{7,127}")
IPV4_PREFIX = 24
IPV6_PREFIX = 48

current_request_id = contextvars.ContextVar("request_id", default=None)
request_logger = logging.getLogger("portal.request")


def truncated_ip(address):
    """The network of `address` as logs keep it (IPv4 /24, IPv6 /48), or None if it is none."""
    try:
        ip = ipaddress.ip_address(str(address).strip())
    except ValueError:
        return None
    prefix = IPV4_PREFIX if ip.version == 4 else IPV6_PREFIX
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False).network_address)


def client_network(request):
    """The client's address as the rate limits see it (behind the proxy), truncated; or None."""
    try:
        return truncated_ip(client_ip(request))
    except (KeyError, ValueError, ImproperlyConfigured):
        return None


def request_id_of(request):
    """The id of a request that passed RequestIdMiddleware ("" otherwise)."""
    return getattr(request, "request_id", "")


class RequestIdMiddleware:
    """Gives each request its id (header in, header out, every log line) and logs it once done.

    First in settings.MIDDLEWARE, so that every other middleware's log lines carry the id.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request.request_id = incoming if SANE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        token = current_request_id.set(request.request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request.request_id
            log_request(request, response.status_code, time.perf_counter() - started)
            return response
        finally:
            current_request_id.reset(token)


def user_id(request):
    """The signed-in user's id, or None (also when the database cannot say)."""
    user = getattr(request, "user", None)
    try:
        return user.pk if user is not None and user.is_authenticated else None
    except DatabaseError:
        return None


def log_request(request, status_code, seconds):
    request_logger.info(
        "%s %s %s",
        request.method,
        request.path,
        status_code,
        extra={
            "method": request.method,
            "path": request.path,
            "status_code": status_code,
            "duration_ms": round(seconds * 1000, 1),
            "client": client_network(request),
            "user_id": user_id(request),
        },
    )


class RequestIdFilter(logging.Filter):
    """Puts the running request's id on a record (`request_id`, None outside requests)."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True
