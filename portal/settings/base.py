"""Settings shared by every environment; values that differ come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


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
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
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

# Languages: German is the source locale, English its translation (wagtail-localize).
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
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
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "BQ-Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# No SVG: an SVG is a document that runs script on the portal's origin (privacy.media).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
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
PDF_RENDER_RATE = "20/m"
PORTAL_PDF_VIEW = "pdf.views.serve_pdf"


# -- Part AUTH of #18: two factors, lockout, sessions (accounts/, docs/security.md) -------------
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
    "django.contrib.auth.backends.ModelBackend",
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
# Behind N reverse proxies (TRUSTED_PROXY_COUNT=N), each appending to X-Forwarded-For, the client
# is the Nth address from its right; with 0 only REMOTE_ADDR counts (accounts.lockout.client_ip).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_ip"
# Sessions end after 30 minutes idle (renewed by every request) and 10 hours after sign-in.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_MINUTES", "30")) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_ABSOLUTE_AGE = int(os.environ.get("SESSION_ABSOLUTE_HOURS", "10")) * 60 * 60
SESSION_COOKIE_HTTPONLY = True
# E-mail changes ask for the current password (accounts.wagtail_hooks), not Wagtail's own field.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
