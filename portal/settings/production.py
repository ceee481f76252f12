"""Production: everything from the environment; refuses to start when a secret is missing."""

import os

from django.core.exceptions import ImproperlyConfigured


def require_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Production settings need the environment variable {name}.")
    return value


# Checked before base settings are read, so a missing database never falls back to SQLite.
SECRET_KEY = require_env("SECRET_KEY")
require_env("DATABASE_URL")

from .base import *  # noqa: E402

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")  # old keys while rotating (security.md)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
# Static files are served by the app servers themselves, compressed and with far-future caching.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
# Tasks wait in the database for `manage.py db_worker` (background/); e-mails among them, sent
# by SMTP unless EMAIL_BACKEND names another delivery backend (EMAIL_HOST, EMAIL_PORT, ...).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")

if os.environ.get("REDIS_URL"):
    # Keeps serving, uncached, while Redis is away (portal.cache); short timeouts so that a
    # Redis that hangs costs a request a quarter of a second at most, not the worker.
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.FailSoftRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.15},
        }
    }
else:
    # Each process has a cache of its own: a copy of a session signed out in another process
    # must not be trusted, so the database confirms every request (accounts.sessions).
    SESSION_CONFIRM_SECONDS = 0

# HSTS, security.txt, guards against demo and debug settings -----------------------------------
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading binds the whole domain to HTTPS for good: the operator decides (SECURE_HSTS_PRELOAD).
# Without it, check --deploy's reminder (W021) is answered by this decision.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
require_env("SECURITY_TXT_CONTACT")  # comma-separated: mailto: or https: addresses
SECURITY_TXT["CONTACT"] = env_list("SECURITY_TXT_CONTACT")
SECURITY_TXT["EXPIRES"] = require_env("SECURITY_TXT_EXPIRES")
# The demo accounts' password and content never reach production (demo.management.commands).
DEMO_CONTENT_ALLOWED = False
DEMO_PASSWORD = None
if "DEMO_PASSWORD" in os.environ:
    raise ImproperlyConfigured(
        "Production settings refuse DEMO_PASSWORD: production has no demo accounts."
    )
if env_bool("DEBUG") or env_bool("DJANGO_DEBUG"):
    raise ImproperlyConfigured("Production settings refuse DEBUG: unset DEBUG and DJANGO_DEBUG.")
if not ALLOWED_HOSTS or any("*" in host or host.startswith(".") for host in ALLOWED_HOSTS):
    raise ImproperlyConfigured(
        "Production settings need ALLOWED_HOSTS: the portal's host names, no wildcards."
    )

# The page cache's CDN purges (pages.page_cache, docs/operations.md#page-cache) -------------------
# wagtail.contrib.frontend_cache purges a page's URLs when it is published or unpublished, and
# pages.cdn a page's translations then, a restricted page's subtree, moved and deleted pages;
# the menu and snippets reach a CDN within PORTAL_CACHE_SECONDS["page_shared"]. A caching
# proxy that takes PURGE requests (Varnish, nginx) at FRONTEND_CACHE_URL, and/or Cloudflare
# (CLOUDFLARE_ZONE_ID with CLOUDFLARE_BEARER_TOKEN).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": require_env("CLOUDFLARE_BEARER_TOKEN"),
    }
