"""Every uploaded file is served through Django, so restricted images never have a public URL.

Wagtail applies collection privacy to documents only; images and their renditions would be
served straight from /media/ to anyone. Here an image file (original or rendition) is served
only if its collection's view restrictions admit the request: restricted ones with
`Cache-Control: private, no-store`, public ones cacheable. Document files are never served from
/media/ at all: documents go through Wagtail's serve view at /documents/, which checks them.

Nothing uploaded runs as the portal: SVG is not an accepted image type, and any file the browser
could execute (SVG, HTML, XML) that is in storage all the same is sent as an attachment with
`Content-Security-Policy: sandbox` and `X-Content-Type-Options: nosniff`.
"""

import mimetypes

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from wagtail.images import get_image_model

from portal.http_cache import cache_publicly, keep_private

from .rules import can_see_media

NOT_FOUND, DENIED, PRIVATE, PUBLIC = "not_found", "denied", "private", "public"
ACTIVE_CONTENT = {
    "image/svg+xml",
    "text/html",
    "application/xhtml+xml",
    "text/xml",
    "application/xml",
}


def image_for_file(name):
    """The image a stored file belongs to, as original or as rendition (None otherwise)."""
    images = get_image_model()
    image = images.objects.filter(file=name).select_related("collection").first()
    if image is None:
        rendition = (
            images.get_rendition_model()
            .objects.filter(file=name)
            .select_related("image__collection")
            .first()
        )
        image = rendition.image if rendition else None
    return image


def media_access(request, path):
    """Whether the stored file `path` may be served from /media/ to `request`.

    NOT_FOUND: no image file (original or rendition), or missing from storage; never served.
    DENIED: a view restriction of the image's collection refuses the request.
    PRIVATE: served, but only with `Cache-Control: private, no-store` (restricted collection).
    PUBLIC: served and cacheable.
    Shared by the /media/ view and the PDF renderer's URL fetcher (pdf.fetcher).
    """
    image = image_for_file(path)
    if image is None or not default_storage.exists(path):
        return NOT_FOUND
    if not can_see_media(image, request.user):
        return DENIED
    return PRIVATE if not can_see_media(image, AnonymousUser()) else PUBLIC


def serve_media(request, path):
    access = media_access(request, path)
    if access == NOT_FOUND:
        raise Http404
    if access == DENIED:
        if request.user.is_authenticated:
            raise Http404  # do not even confirm that it exists
        return redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    content_type, _encoding = mimetypes.guess_type(path)
    response = FileResponse(
        default_storage.open(path), content_type=content_type or "application/octet-stream"
    )
    if content_type in ACTIVE_CONTENT:
        response["Content-Disposition"] = "attachment"
        response["Content-Security-Policy"] = "sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return keep_private(response) if access == PRIVATE else cache_publicly(response, "media")
