"""Test settings: the suite runs on SQLite by default and on PostgreSQL when DATABASE_URL is set."""

from .base import *

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PDF_PRERENDER = False  # tests of pdf.tasks turn it on
MEDIA_ROOT = VAR_DIR / "test-media"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WAGTAILADMIN_BASE_URL = "http://testserver"

# View counts stay in the process unless a test asks for them (tests/reports/test_counts.py).
PORTAL_VIEW_COUNTS = {"views": 10**9, "seconds": 10**9}
