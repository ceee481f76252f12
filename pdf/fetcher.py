"""The URL fetcher of the PDF renderer: no server-side request forgery.

WeasyPrint would fetch any URL that the HTML names (an `<img>` in rich text, a CSS `url()`,
`<base href>`). `PortalURLFetcher` fetches nothing over the network: it maps the portal's own
/static/ URLs to files (STATIC_ROOT, then the staticfiles finders) and its /media/ URLs to stored
images, each only if `privacy.media.media_access` admits the requesting user, exactly as the
/media/ view would. Everything else (other hosts, the portal's other paths, file:, data:, ftp:,
traversal) is refused, and the renderer only ever reads a bounded number of bounded files.
Fonts are the system's (fontconfig), never web fonts.
"""

import logging
import mimetypes
import os
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage, default_storage
from weasyprint.urls import URLFetcher, URLFetcherResponse

from privacy.media import DENIED, NOT_FOUND, media_access

logger = logging.getLogger(__name__)

MAX_RESOURCES = 200  # files one PDF may embed (stylesheet, images)
MAX_RESOURCE_BYTES = 20 * 1024 * 1024  # per file


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
            candidate = FileSystemStorage(location=settings.STATIC_ROOT).path(path)
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
