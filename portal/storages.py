"""Uploaded files on S3-compatible storage (django-storages), addressed through the portal.

Every stored file's address is the portal's own `MEDIA_URL` path, never the bucket's: files are
served by the views that check who may read them (privacy.media, Wagtail's document view), and
the bucket stays private (no public ACL, no signed URLs handed out).
"""

from urllib.parse import quote

from django.conf import settings
from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """django-storages' S3 storage whose URLs lead to the portal's privacy-checking views."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + quote(name.lstrip("/"))
