"""The page cache: anonymous GETs of public pages answered from the cache, never leaking.

Django's cache framework with this one middleware, not wagtail-cache (its newest release, 3.0.0,
requires Wagtail < 8) nor Django's cache middleware (it keys by the URL only and stores anything
a view marks cacheable). Rules:

- **Key**: scheme, host and full path with query string (the language is in the path: /de/,
  /en/) and the content version (pages.public_cache). Every change a reader could see (publish,
  unpublish, move, delete, scheduled publication, view restrictions, sites, locales, snippets
  shown on pages) replaces the version in its transaction, so every stored page is out of date
  at once in every process: coarse, and correct. Entries also expire after
  settings.PORTAL_CACHE_SECONDS["content"].
- **Served from the cache** only to GET requests of addresses under a language prefix with no
  cookie but the CSRF and language cookies (no session, no message waiting), no Authorization
  header and no preview: such a request is anonymous before any middleware looks at it.
- **Stored** only when such a request was answered by Wagtail's page view with 200, HTML, for a
  user still anonymous, without Set-Cookie (a session, a CSRF token), without a CSP nonce (a
  nonce serves one response) and with no Vary but Cookie and Accept-Encoding. "/" redirects by
  Accept-Language (a 302 with Vary), so it is never stored.
- **Headers**: a stored page is `public` with max-age and s-maxage (portal.http_cache), so a
  CDN may hold it too; every other HTML answer of the page view, and any response that sets a
  cookie, is `private, no-store` (a page's PDF route says its own Cache-Control). The stored
  response keeps every header it was sent with (the CSP and the other security headers with
  it); the request id is the new request's.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path

from portal.http_cache import cache_page_publicly, keep_private

from . import public_cache

PAGE_VIEW = "wagtail_serve"
MARKER = "X-Page-Cache"  # "hit", "stored" or "skip": what the page cache did (tests, operators)
HARMLESS_VARY = {"cookie", "accept-encoding"}
# The query parameters pages read (pagination, the country index's and the chamber directory's
# filters): only addresses with these, once each and short, are cached, so made-up query strings
# cannot fill the cache.
PAGE_PARAMETERS = {"page", "region", "letter", "state"}
MAX_PARAMETER_LENGTH = 20
NOT_STORED_HEADERS = {"x-request-id", MARKER.lower()}


def page_key(url, version):
    """The cache key of the page at the absolute `url` under content version `version`."""
    return public_cache.key("page", {"url": url, "version": version})


def anonymous_get(request):
    """Whether the request is a GET of a page's address (under a language prefix) that only an
    anonymous visitor sends: no cookie but the CSRF and language ones (a session, a message
    waiting in the messages cookie are the visitor's own), no Authorization, no preview, and a
    query string of page parameters only."""
    return (
        request.method == "GET"
        and get_language_from_path(request.path_info) is not None
        and set(request.COOKIES) <= {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
        and "HTTP_AUTHORIZATION" not in request.META
        and not getattr(request, "is_preview", False)
        and page_parameters_only(request)
    )


def page_parameters_only(request):
    """Whether the query string holds only parameters pages read, each once and short."""
    return all(
        name in PAGE_PARAMETERS and len(values) == 1 and len(values[0]) <= MAX_PARAMETER_LENGTH
        for name, values in request.GET.lists()
    )


def is_page(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == PAGE_VIEW


def is_html(response):
    """Pages are HTML; what a page's routes send otherwise (a profile's PDF) says its own
    Cache-Control."""
    return response.get("Content-Type", "").startswith("text/html")


def sets_cookies(request, response):
    return bool(response.cookies) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE", False)


def storable(request, response):
    """Whether an answer to an anonymous GET (anonymous_get) is the same for every visitor."""
    user = getattr(request, "user", None)
    vary = {item.strip().lower() for item in cc_delim_re.split(response.get("Vary", ""))} - {""}
    return (
        response.status_code == 200
        and not response.streaming
        and (user is None or not user.is_authenticated)
        and not sets_cookies(request, response)
        and "'nonce-" not in response.get("Content-Security-Policy", "")
        and vary <= HARMLESS_VARY
    )


def stored_response(entry):
    status, headers, content = entry[:3]  # then the page's id (entries before it had none)
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Answers anonymous GETs of public pages from the cache and stores what may be stored.

    Stands right after the request ids in settings.MIDDLEWARE: it sees every header and cookie
    the inner middlewares set, and a hit costs no other middleware, no session and no URL
    resolution, only the content version's read. (An http request in production finds nothing:
    the HTTPS redirect inside keeps every http page from being stored.)
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = None
        if anonymous_get(request):
            key = page_key(request.build_absolute_uri(), public_cache.version(request))
            entry = cache.get(key)
            if entry is not None:
                # The page's id, for the view counts (reports.counting).
                request.served_page_id = entry[3] if len(entry) > 3 else None
                response = stored_response(entry)
                response[MARKER] = "hit"
                return response
        response = self.get_response(request)
        if sets_cookies(request, response):
            keep_private(response)
        if is_page(request) and is_html(response):
            self.store_or_keep_private(request, response, key)
        return response

    def store_or_keep_private(self, request, response, key):
        if key is None or not storable(request, response):
            keep_private(response)
            response[MARKER] = "skip"
            return
        cache_page_publicly(response)
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in NOT_STORED_HEADERS
        ]
        page_id = getattr(request, "served_page_id", None)
        entry = (response.status_code, headers, response.content, page_id)
        cache.set(key, entry, public_cache.timeout())
        response[MARKER] = "stored"
