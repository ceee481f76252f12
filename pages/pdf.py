"""Country and professional profiles as PDF, in the page's language (DESIGN section 7).

`<page url>pdf/` is a route of both profile types (RoutablePageMixin); `serve_pdf` renders the
dedicated print templates under templates/pdf/ with WeasyPrint.

Privacy: Wagtail's serve view runs the view-restriction hook for routable sub-routes too, but
every custom serve path checks `get_view_restrictions()` itself (DESIGN section 10), so a
restricted profile's PDF reaches only those who may read the page, uncached by anyone else.

No server-side request forgery: WeasyPrint would fetch any URL that the HTML names (an `<img>`
in rich text, a CSS `url()`, `<base href>`). `PortalURLFetcher` fetches nothing over the
network: it maps the portal's own /static/ URLs to files (STATIC_ROOT, then the staticfiles
finders) and its /media/ URLs to stored images, each only if `privacy.media.media_access` admits
the requesting user, exactly as the /media/ view would. Everything else (other hosts, the
portal's other paths, file:, data:, ftp:, traversal) is refused, and the renderer only ever
reads a bounded number of bounded files. Fonts are the system's (fontconfig), never web fonts.
"""

import logging
import mimetypes
import os
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils._os import safe_join
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django_ratelimit.core import is_ratelimited
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from portal.cache import limited_status
from privacy.media import DENIED, NOT_FOUND, media_access
from privacy.views import is_public, refusal
from search.cache import public_key

logger = logging.getLogger(__name__)

PUBLIC_MAX_AGE = 60 * 10  # public PDFs: shared caches may keep them for ten minutes
MAX_RESOURCES = 200  # files one PDF may embed (stylesheet, images)
MAX_RESOURCE_BYTES = 20 * 1024 * 1024  # per file
PROFILE_LIST_LIMIT = 200  # professional profiles listed in a country profile's PDF

TEMPLATES = {
    "countryprofilepage": "pdf/country_profile.html",
    "professionalprofilepage": "pdf/professional_profile.html",
}


class URLRefusedError(ValueError):
    """The fetcher does not serve this URL; WeasyPrint logs it and leaves the resource out."""


def _relative_path(path):
    """A percent-decoded path below a root, or None if it could step out of it."""
    path = unquote(path)
    if not path or "\\" in path or "\x00" in path or path.startswith("/"):
        return None
    if any(segment in ("", ".", "..") for segment in path.split("/")):
        return None
    return path


def find_static(path):
    """The file of a static path: collected (STATIC_ROOT, hashed names too), else the finders."""
    if settings.STATIC_ROOT:
        try:
            candidate = safe_join(settings.STATIC_ROOT, path)
        except SuspiciousFileOperation:
            return None
        if os.path.isfile(candidate):
            return candidate
    found = finders.find(path)
    return found if isinstance(found, str) and os.path.isfile(found) else None


class PortalURLFetcher(URLFetcher):
    """Serves WeasyPrint the portal's own static files and the media `request` may see; no
    network access ever. `served` and `refused` list the URLs asked for (for logs and tests)."""

    def __init__(self, request, base_url):
        # The parent's network handlers stay unused: `fetch` below never calls them.
        super().__init__(allowed_protocols=(), allow_redirects=False)
        self.request = request
        self.roots = [
            ("static", urlsplit(urljoin(base_url, settings.STATIC_URL))),
            ("media", urlsplit(urljoin(base_url, settings.MEDIA_URL))),
        ]
        self.served = []
        self.refused = []

    def fetch(self, url, headers=None):
        try:
            if len(self.served) >= MAX_RESOURCES:
                raise URLRefusedError("too many resources")
            opened = self.open_file(url)
        except (ValueError, SuspiciousFileOperation) as refusal:  # malformed URLs too
            self.refused.append(url)
            logger.info("PDF renderer refused %r: %s", url[:200], refusal)
            raise URLRefusedError(str(refusal)) from refusal
        self.served.append(url)
        content_type, _encoding = mimetypes.guess_type(url.split("?")[0])
        return URLFetcherResponse(
            url, opened, {"Content-Type": content_type or "application/octet-stream"}
        )

    def open(self, url, data=None, timeout=None):
        return self.fetch(getattr(url, "full_url", url))

    def locate(self, url):
        """(kind, relative path) of an own static or media URL; URLRefusedError otherwise."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise URLRefusedError(f"scheme {scheme or 'none'}")
        if parts.username is not None or parts.password is not None:
            raise URLRefusedError("credentials in URL")
        for kind, root in self.roots:
            if (
                scheme == root.scheme.lower()
                and parts.netloc.lower() == root.netloc.lower()
                and parts.path.startswith(root.path)
            ):
                path = _relative_path(parts.path[len(root.path) :])
                if path is None:
                    raise URLRefusedError("path outside the root")
                return kind, path
        raise URLRefusedError("neither the portal's static nor its media files")

    def open_file(self, url):
        kind, path = self.locate(url)
        if kind == "static":
            filename = find_static(path)
            if filename is None:
                raise URLRefusedError("no such static file")
            if os.path.getsize(filename) > MAX_RESOURCE_BYTES:
                raise URLRefusedError("file too large")
            return open(filename, "rb")  # WeasyPrint closes the response
        access = media_access(self.request, path)
        if access in (NOT_FOUND, DENIED):
            raise URLRefusedError(f"media {access}")
        if default_storage.size(path) > MAX_RESOURCE_BYTES:
            raise URLRefusedError("file too large")
        return default_storage.open(path, "rb")


def css_string(text):
    """`text` as a CSS string literal, safe inside a <style> element."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + escaped.replace("<", "\\3c ").replace(">", "\\3e ") + '"'


def page_counter_css():
    """'Page 2 of 5' in the current language, as the content of an @page margin box."""
    label = gettext("Page {page} of {pages}")
    css, rest = [], label
    for placeholder, counter in (("{page}", "counter(page)"), ("{pages}", "counter(pages)")):
        before, found, rest = rest.partition(placeholder)
        if before:
            css.append(css_string(before))
        if found:
            css.append(counter)
    if rest:
        css.append(css_string(rest))
    return mark_safe(" ".join(css))  # built from escaped CSS strings and counters only


def pdf_context(request, page):
    context = {
        "page": page,
        "language_code": page.locale.language_code,
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", "BQ-Portal"),
        "canonical_url": page.get_full_url(request),
        "generated": timezone.localdate(),
        "page_counter_css": page_counter_css(),
    }
    if page._meta.model_name == "countryprofilepage":
        from .models import ProfessionalProfilePage

        profiles = ProfessionalProfilePage.objects.child_of(page).live().public().order_by("title")
        listed = list(profiles[: PROFILE_LIST_LIMIT + 1])
        context["profiles"] = listed[:PROFILE_LIST_LIMIT]
        context["more_profiles"] = len(listed) > PROFILE_LIST_LIMIT
    return context


def render_pdf(request, page, fetcher_class=PortalURLFetcher):
    """The PDF of `page` as bytes, and the fetcher that served its resources."""
    base_url = request.build_absolute_uri(request.path)
    context = {**pdf_context(request, page), "base_url": base_url}
    with translation.override(page.locale.language_code):
        html = render_to_string(TEMPLATES[page._meta.model_name], context, request=request)
    fetcher = fetcher_class(request, base_url)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher, media_type="print")
    return document.write_pdf(pdf_tags=True), fetcher


def too_many_renders():
    status, outage = limited_status()
    if outage:
        text = gettext("PDFs cannot be made at the moment. Please try again in a few minutes.")
    else:
        text = gettext(
            "Too many PDFs were asked for from your address. Please try again in a minute."
        )
    response = HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)
    response["Retry-After"] = "60"
    add_never_cache_headers(response)
    return response


def serve_pdf(request, page):
    """The page's PDF. A public one is rendered once per index version (every publish moves it
    on, search.cache) and host, and kept in the cache; renders are limited per address
    (settings.PDF_RENDER_RATE), as each takes about half a second of a worker."""
    refused = refusal(request, page)
    if refused is not None:
        return refused
    public = is_public(page) and not request.user.is_authenticated
    key = public_key("pdf", [page.pk, request.scheme, request.get_host()]) if public else None
    pdf = cache.get(key) if public else None
    if pdf is None:
        if is_ratelimited(
            request, group="pdf-render", key="ip", rate=settings.PDF_RENDER_RATE, increment=True
        ):
            return too_many_renders()
        pdf, _fetcher = render_pdf(request, page)
        if public:
            cache.set(key, pdf, PUBLIC_MAX_AGE)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=f"{page.slug}.pdf"
    )
    if not public:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response
