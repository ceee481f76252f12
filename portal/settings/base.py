"""Settings shared by every environment; values that differ come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from pythonjsonlogger.core import RESERVED_ATTRS

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_pool_sizes(name):
    """A pool's (min, max) connections: None when unset or off, (2, 10) when on, or "min,max"."""
    value = os.environ.get(name, "").strip().lower()
    if value in {"", "0", "false", "no", "off"}:
        return None
    if value in {"1", "true", "yes", "on"}:
        return 2, 10
    try:
        smallest, largest = (int(size) for size in value.split(","))
    except ValueError:
        smallest = largest = 0
    if not 0 <= smallest <= largest or largest == 0:
        raise ImproperlyConfigured(
            f'{name} takes "true" or the pool\'s "min,max" connections ("2,10"), not {value!r}.'
        )
    return smallest, largest


INSTALLED_APPS = [
    "portal",  # the site's chrome: template tags
    "pages",
    "moderation",
    # privacy and translation before wagtail_localize: their guarded views take its URLs.
    "privacy",
    "translation",
    "accounts",
    "workbench",
    "forum",
    "search",
    "api",
    "pdf",
    "profile_io",
    "reports",
    "authorities",
    "feedback",
    "uploads",
    "demo",
    "operations",
    "background",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",  # purges a CDN when one is configured (pages.cdn)
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.PrivateForSignedInUsersMiddleware",
    "privacy.middleware.AdminPrivacyMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# The embedded default is SQLite under var/; production and CI set DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}", conn_max_age=600, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The admin autosaves while an editor submits: a second writer must wait for the lock,
    # not fail with "database is locked". IMMEDIATE takes it when the transaction begins;
    # WAL lets readers go on meanwhile (and, synchronous=NORMAL, writes faster).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# At least 12 characters; common passwords and ones like the user's name or address refused.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the source locale, the others its translations (wagtail-localize). A
# language is added here, with a catalogue in locale/ and `manage.py add_languages` (which makes
# its page tree): docs/languages.md. Names are in their own language, for the switcher.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English"), ("uk", "Українська"), ("ar", "العربية")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Where a page the site chrome links (the footer's legal pages) has no version in the reader's
# language: the first of these it has.
FALLBACK_LANGUAGES = ["en", "de"]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"

# Translations never go live by themselves: publishing the German page must not publish its
# English translation, which passes through translation review (DESIGN section 10).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILLOCALIZE_DISABLE_ON_DELETE = True
# Machine pre-translation: DeepL when a key is configured, Wagtail-localize's dummy otherwise.
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    }

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "BQ-Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Edits made while a page is in review go back through the workflow (DESIGN section 10).
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# The final approval is the only way to publish content under quality control.
WAGTAIL_FINISH_WORKFLOW_ACTION = "moderation.workflows.publish_approved"
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# No staff e-mail address goes to a third party for an avatar (and none loads from outside).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "BQ-Portal <noreply@bq-portal.example>"
)
DEFAULT_FROM_EMAIL = WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
# Only login-based page restrictions: no shared passwords for the restricted area.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_SERVE_METHOD = "serve_view"

LOGIN_URL = "wagtailadmin_login"
# Restricted pages send visitors to the public sign-in of their language (accounts.views).
WAGTAIL_FRONTEND_LOGIN_URL = "login"
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo")
DEMO_CONTENT_ALLOWED = True  # production: False (load_demo_content refuses)

# Lifetimes in seconds of what is the same for every reader: in the portal's cache ("content":
# menus, sites and public PDFs, until the content changes; "search_answers") and in browsers
# and shared caches (Cache-Control max-age of public pages of results, the read API, public
# PDFs and public images: portal.http_cache).
PORTAL_CACHE_SECONDS = {
    "content": 10 * 60,
    "search_answers": 10 * 60,
    "search": 60,
    "api": 5 * 60,
    "pdf": 10 * 60,
    "media": 24 * 60 * 60,
}

# The portal's own API (api app, DESIGN section 7). Every view states its own authentication;
# nothing is authenticated by session, and a DRF view that forgets its permissions is closed.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "BQ-Portal API",
    "DESCRIPTION": (
        "Read API of the public content of the BQ-Portal (country profiles, professional "
        "profiles, German reference occupations; no authentication) and the token API of "
        "anonymised recognition outcomes for registered client systems (Authorization: Bearer "
        "<key>). Errors are JSON objects {detail, code[, errors]}. See docs/api.md."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "PREPROCESSING_HOOKS": ["api.schema.api_v1_only"],
    "ENUM_NAME_OVERRIDES": {
        "RegionEnum": "pages.choices.Region",
        "QualificationTypeEnum": "pages.choices.QualificationType",
        "IscedLevelEnum": "pages.choices.IscedLevel",
        "ChamberTypeEnum": "pages.choices.ChamberType",
        "OutcomeResultEnum": "pages.choices.OutcomeResult",
    },
}

# Calls to the outcomes API refused for want of a valid key, per client address (api.auth).
API_REFUSED_CALL_RATE = "30/min"

# PDFs rendered per client address (pdf.views; a public PDF comes from the cache once rendered).
PDF_RENDER_RATE = os.environ.get("PDF_RENDER_RATE", "20/m")
PORTAL_PDF_VIEW = "pdf.views.serve_pdf"

# Personal data ----------------------------------------------------------------------------------
# Days each kind of personal data is kept, counted from the decision (registrations) or the
# event (API calls). `manage.py purge_personal_data`, run daily by cron or the task queue,
# deletes what is older; every kind an app registers (portal.personal_data) needs a period here.
PORTAL_RETENTION = {
    "registrations_rejected": int(os.environ.get("RETENTION_REGISTRATIONS_REJECTED_DAYS", "180")),
    "registrations_withdrawn": int(os.environ.get("RETENTION_REGISTRATIONS_WITHDRAWN_DAYS", "30")),
    "api_calls": int(os.environ.get("RETENTION_API_CALLS_DAYS", "90")),
    "sign_in_attempts": int(os.environ.get("RETENTION_SIGN_IN_ATTEMPTS_DAYS", "30")),
    "feedback_addresses": int(os.environ.get("RETENTION_FEEDBACK_ADDRESSES_DAYS", "90")),
}

# Feedback (feedback/, docs/feedback.md): who receives contact messages, how many reports and
# messages one client address may send (counted in the cache, never stored).
PORTAL_OPERATOR_EMAILS = [
    address.strip()
    for address in os.environ.get("PORTAL_OPERATOR_EMAILS", "redaktion@bq-portal.example").split(
        ","
    )
    if address.strip()
]
FEEDBACK_RATE = os.environ.get("FEEDBACK_RATE", "10/h")

# Uploads: what files may enter the portal (uploads/, docs/security.md) --------------------
# Documents and images are allow-listed by extension (here) and by content (uploads.forms, the
# base of every admin upload form). No SVG, HTML or anything else a browser would run.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "mp4", "webm", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_SIZE", 10 * 1024 * 1024))
WAGTAILDOCS_DOCUMENT_FORM_BASE = "uploads.forms.DocumentForm"
# Served documents carry "Content-Security-Policy: default-src 'none'" and nosniff; only PDFs
# open in the browser (its PDF viewer), everything else is a download (attachment).
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_EXTENSIONS = ["png", "jpg", "jpeg", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_SIZE", 10 * 1024 * 1024))
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", 40_000_000))
WAGTAILIMAGES_IMAGE_FORM_BASE = "uploads.forms.ImageForm"
# The profile import's upload (profile_io.forms): CSV or JSON, checked there.
PROFILE_IMPORT_MAX_UPLOAD_SIZE = int(
    os.environ.get("PROFILE_IMPORT_MAX_UPLOAD_SIZE", 5 * 1024 * 1024)
)

# Security headers and CSP, logs and request ids (portal.security, portal.logs) -----------
# Request ids first (every later middleware's log lines carry them); Permissions-Policy after
# Django's SecurityMiddleware; the CSP middleware before XFrameOptionsMiddleware, whose header it
# reads for frame-ancestors (portal.security).
INSTALLED_APPS.append("csp")
MIDDLEWARE.insert(0, "portal.logs.RequestIdMiddleware")
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "django_permissions_policy.PermissionsPolicyMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.clickjacking.XFrameOptionsMiddleware"),
    "portal.security.ContentSecurityPolicyMiddleware",
)
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview says SAMEORIGIN for itself
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
} | {"fullscreen": ["self"]}
CSP_REPORT_PATH = "/csp-report/"
CSP_REPORT_RATE = "60/m"  # reports accepted per client address
CSP_REPORT_MAX_BYTES = 16 * 1024
CSP_COMMON_DIRECTIVES = {
    "default-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],  # portal.security: as X-Frame-Options says
    "report-uri": [CSP_REPORT_PATH],
    "report-to": "csp",
}
# The public site: no inline script or style, no eval; scripts are files under static/ (or carry
# django-csp's nonce, request.csp_nonce).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": CSP_COMMON_DIRECTIVES | {"script-src": [SELF, NONCE], "style-src": [SELF]},
}
# Wagtail's admin (under /admin/): its templates and widgets use inline scripts and styles,
# its editors paste images as blob: URLs, and its dashboard asks releases.wagtail.io for updates.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": CSP_COMMON_DIRECTIVES
    | {
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, "https://releases.wagtail.io"],
    },
}
SECURITY_TXT = {
    "CONTACT": env_list("SECURITY_TXT_CONTACT", "mailto:security@bq-portal.example"),
    # RFC 9116: at most a year ahead; production needs it from the environment.
    "EXPIRES": os.environ.get("SECURITY_TXT_EXPIRES", "2027-12-31T23:00:00Z"),
    "PREFERRED_LANGUAGES": ["de", "en"],
    "POLICY": env_list("SECURITY_TXT_POLICY"),
}
# One JSON line per event on stdout, each with the request's id (portal.logs); the request log
# keeps addresses truncated. The formatter leaves out the request object Django adds to its
# records (its repr would carry the query string).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "portal.logs.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "{asctime}{levelname}{name}{message}{request_id}",
            "style": "{",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            "reserved_attrs": [*RESERVED_ATTRS, "request", "server_time", "taskName"],
        },
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            "filters": ["request_id"],
        },
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Their own handlers go: every line through the one above.
        "django": {"level": "INFO", "handlers": [], "propagate": True},
        "django.server": {"level": "INFO", "handlers": [], "propagate": True},
        "django.security": {"level": "INFO"},
        "portal.csp": {"level": "INFO"},
        "portal.request": {"level": "INFO"},
    },
}


# Two factors, lockout, sessions (accounts/, docs/security.md) -------------------------------
INSTALLED_APPS += [
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]
# After authentication: the absolute session limit, django-otp's verified flag, then nothing
# but the code form or enrolment for whoever still owes a second factor (accounts.middleware).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "accounts.middleware.SessionLimitsMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("accounts.middleware.SessionLimitsMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "accounts.middleware.SecondFactorMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as django-axes asks
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked user names and addresses first
    # Django's, reading the user with their groups and the permissions in one query each.
    "accounts.backends.ModelBackend",
]
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "BQ-Portal")
# Lockout (django-axes, database handler): 5 failures within 15 minutes lock the user name and,
# separately, the client address for 15 minutes after the last failure.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks
AXES_USERNAME_CALLABLE = "accounts.lockout.username_of"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password", "code", "email-current_password"]
AXES_DISABLE_ACCESS_LOG = True  # sign-ins are in Wagtail's audit log, without addresses
AXES_VERBOSE = False  # no start-up banner; log lines name only what locks (user name, address)
# Behind N reverse proxies (TRUSTED_PROXY_COUNT=N), each appending to X-Forwarded-For, the client
# is the Nth address from its right; with 0 only REMOTE_ADDR counts (portal.addresses). Rate
# limits, lockout and logs all count by that address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "portal.addresses.client_ip"
RATELIMIT_IP_META_KEY = "portal.addresses.ratelimit_ip"
# Sessions end after 30 minutes idle (renewed by the requests) and 10 hours after sign-in. They
# live in the database and are read from a copy in the cache, which the database confirms (and
# renews) at least once every SESSION_CONFIRM_SECONDS (accounts.sessions, docs/security.md): the
# idle limit counts from the last confirmation, and 0 confirms every request.
SESSION_ENGINE = "accounts.sessions"
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_MINUTES", "30")) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_CONFIRM_SECONDS = int(os.environ.get("SESSION_CONFIRM_SECONDS", "60"))
SESSION_ABSOLUTE_AGE = int(os.environ.get("SESSION_ABSOLUTE_HOURS", "10")) * 60 * 60
SESSION_COOKIE_HTTPONLY = True
# E-mail changes ask for the current password (accounts.wagtail_hooks), not Wagtail's own field.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False


# The page cache (pages.page_cache, docs/operations.md#page-cache) ----------------------------
# Anonymous GETs of public pages come from the portal's cache while the content version stands
# (entries live for PORTAL_CACHE_SECONDS["content"]). Public pages tell browsers to ask again
# every time ("page": 0, so a visitor who signs in sees the page as staff at once) and shared
# caches (a CDN, purged by wagtail.contrib.frontend_cache and pages.cdn when production
# configures one) to keep them for "page_shared" seconds. Right after the request ids: a hit costs
# no other middleware (a stored page keeps the headers they gave it), and every cookie set
# inside is seen on the way out.
PORTAL_CACHE_SECONDS |= {"page": 0, "page_shared": 5 * 60}
# Pages have their own address in each language (English slugs): Wagtail's rewriting of each
# purged address into every language prefix would purge addresses that do not exist.
WAGTAILFRONTENDCACHE_LANGUAGES = []
MIDDLEWARE.insert(
    MIDDLEWARE.index("portal.logs.RequestIdMiddleware") + 1, "pages.page_cache.PageCacheMiddleware"
)

# The portal's own view counts (reports.counting): outside the page cache, so cached pages count
# too; kept in each process and written every "views" counts or "seconds" seconds.
MIDDLEWARE.insert(
    MIDDLEWARE.index("pages.page_cache.PageCacheMiddleware"), "reports.counting.ViewCountMiddleware"
)
PORTAL_VIEW_COUNTS = {"views": 100, "seconds": 60}


# Background work (background/, docs/operations.md#background-work) -----------------------------
# Tasks run through django-tasks (the API Django 6 ships). Here, for `make run` and the tests, at
# once in the process that enqueues them; production queues them in the database
# (django-tasks-db), where `manage.py db_worker` processes run them. Every e-mail is such a task
# (background.mail): it is delivered by EMAIL_DELIVERY_BACKEND and, while the server refuses,
# tried again after each of BACKGROUND_RETRY_DELAYS (seconds: a day in all).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "background.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))  # seconds a worker waits for SMTP
BACKGROUND_RETRY_DELAYS = [60, 5 * 60, 15 * 60, 60 * 60, 3 * 60 * 60, 6 * 60 * 60, 12 * 60 * 60]
# Public profiles' PDFs are rendered into the cache after each publication (pdf.tasks).
PDF_PRERENDER = True

# Health answers (operations.health): /healthz and /readyz, before every other middleware.
MIDDLEWARE.insert(0, "operations.health.HealthMiddleware")

# Backups (operations.backups, docs/operations.md#backups): where `manage.py backup` writes.
BACKUP_DIR = os.environ.get("BACKUP_DIR", str(VAR_DIR / "backups"))

# Growing past one machine (docs/deployment.md) ----------------------------------------------
# Each piece is off unless its variables are set.
# A read replica for the public read API and the search (portal.replica).
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"], conn_max_age=600, conn_health_checks=True
    )
    DATABASE_ROUTERS = ["portal.replica.ReplicaRouter"]
_pool = env_pool_sizes("DATABASE_POOL")
for _database in DATABASES.values():
    if _database["ENGINE"] != "django.db.backends.postgresql":
        continue
    if env_bool("DATABASE_PGBOUNCER"):
        # PgBouncer in transaction mode: no cursor or prepared statement outlives a transaction.
        _database["DISABLE_SERVER_SIDE_CURSORS"] = True
        _database.setdefault("OPTIONS", {})["prepare_threshold"] = None
    if _pool:
        # psycopg's pool in each process; connections are then the pool's, not kept per thread
        # (CONN_MAX_AGE 0), and checked when lent (Django's pool does so itself).
        _database["CONN_MAX_AGE"] = 0
        _database.setdefault("OPTIONS", {})["pool"] = {"min_size": _pool[0], "max_size": _pool[1]}
# Uploaded files in an S3-compatible bucket, served through the privacy-checking views
# (portal.storages): MEDIA_S3_BUCKET and its endpoint, region and keys.
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "portal.storages.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "access_key": os.environ.get("MEDIA_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("MEDIA_S3_PREFIX", ""),
            "default_acl": "private",
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
