"""Client systems of other authorities, their API keys and the audit log of their calls.

A key is shown in plain text once, when it is made; the database keeps only its SHA-256 hash
(the secret is 32 random bytes, so a fast hash is enough) and a short prefix that identifies the
key to administrators and to the authentication without revealing it.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import keys

# last_used_at is written at most once a minute per key: a call costs no write otherwise.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


class ApiClient(models.Model):
    """A registered client system, usually another authority's case management."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    contact_email = models.EmailField(
        _("contact e-mail address"), help_text=_("Who to contact about this system.")
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Keys of an inactive client are refused."),
    )
    rate_limit = models.PositiveIntegerField(
        _("rate limit (requests per minute)"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    notes = models.TextField(_("notes"), blank=True)

    # An authenticated client is the request's user in the outcomes API.
    is_authenticated = True
    is_anonymous = False

    class Meta:
        verbose_name = _("API client")
        verbose_name_plural = _("API clients")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ApiKeyQuerySet(models.QuerySet):
    """API keys; `usable()`: those not revoked, of an active client."""

    def usable(self):
        return self.filter(revoked_at__isnull=True, client__is_active=True)


class ApiKey(models.Model):
    """A client's key: only its prefix and the SHA-256 hash of the whole key are stored; a revoked
    key stays revoked."""

    client = models.ForeignKey(
        ApiClient, verbose_name=_("client"), on_delete=models.CASCADE, related_name="keys"
    )
    name = models.CharField(
        _("description"),
        max_length=100,
        blank=True,
        help_text=_("What the key is used for, for example “production system”."),
    )
    prefix = models.CharField(_("prefix"), max_length=16, unique=True, editable=False)
    hashed_secret = models.CharField(
        _("SHA-256 hash of the key"), max_length=64, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.prefix

    @classmethod
    def issue(cls, client, created_by=None, name=""):
        """Make a key and return (key, plaintext); the plaintext is never stored."""
        while True:
            plaintext, prefix = keys.generate()
            if not cls.objects.filter(prefix=prefix).exists():
                break
        key = cls.objects.create(
            client=client,
            name=name,
            prefix=prefix,
            hashed_secret=keys.hash_key(plaintext),
            created_by=created_by,
        )
        return key, plaintext

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])

    def touch(self, now=None):
        """Record the use, at most once per LAST_USED_PRECISION (one UPDATE, no read)."""
        now = now or timezone.now()
        if self.last_used_at and now - self.last_used_at < LAST_USED_PRECISION:
            return
        threshold = now - LAST_USED_PRECISION
        type(self).objects.filter(pk=self.pk).filter(
            models.Q(last_used_at__isnull=True) | models.Q(last_used_at__lt=threshold)
        ).update(last_used_at=now)
        self.last_used_at = now


class ApiCallLog(models.Model):
    """Calls to the outcomes API: every call with a valid key, and of those refused for want of
    one the first per address and minute (api.views.OutcomeViewSet; client unknown: empty)."""

    client = models.ForeignKey(
        ApiClient,
        verbose_name=_("client"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="calls",
    )
    key = models.ForeignKey(
        ApiKey,
        verbose_name=_("key"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="calls",
    )
    timestamp = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    method = models.CharField(_("method"), max_length=10)
    path = models.CharField(_("path"), max_length=2000)
    status_code = models.PositiveSmallIntegerField(_("status code"))
    remote_addr = models.GenericIPAddressField(_("remote address"), null=True, blank=True)

    class Meta:
        verbose_name = _("API call")
        verbose_name_plural = _("API calls")
        ordering = ["-timestamp", "-pk"]
        indexes = [models.Index(fields=["client", "-timestamp"], name="api_call_client_time")]

    def __str__(self):
        return f"{self.timestamp:%Y-%m-%d %H:%M:%S} {self.method} {self.path} {self.status_code}"
