"""What readers sent: error reports on a page (with the revision they read), daily helpful
counts per page, and contact messages.

Rules: nothing here identifies a reader unless they chose to leave an e-mail address for an
answer; no IP address is stored (the rate limit counts addresses in the cache only). An address
is kept until the report or message is closed, then for PORTAL_RETENTION["feedback_addresses"]
days (purge_addresses).
"""

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """Where a report or message stands."""

    OPEN = "open", _("open")
    RESOLVED = "resolved", _("resolved")
    DISMISSED = "dismissed", _("dismissed")


class Topic(models.TextChoices):
    """What a contact message is about (`?topic=accessibility` on the contact page)."""

    GENERAL = "general", _("General question")
    PROFILE = "profile", _("A country or professional profile")
    ACCESSIBILITY = "accessibility", _("Report an accessibility barrier")


class Closable(models.Model):
    """Open until someone resolves or dismisses it with a note."""

    email = models.EmailField(_("e-mail address for an answer"), blank=True)
    language = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    note = models.TextField(_("note"), blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def close(self, status, note, user):
        self.status, self.note, self.closed_by, self.closed_at = status, note, user, timezone.now()
        self.save()


class ErrorReport(Closable):
    """An error a reader found on a page, for the chamber of the page's owner."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision read"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    chamber = models.ForeignKey(
        "pages.Chamber",
        verbose_name=_("chamber"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The chamber of the page's owner; none: every chamber's editors."),
    )
    text = models.TextField(_("what is wrong"), max_length=2000)

    class Meta(Closable.Meta):
        verbose_name = _("error report")
        verbose_name_plural = _("error reports")

    def __str__(self):
        return f"{self.page_id}: {self.text[:40]}"


class ContactMessage(Closable):
    """A message sent with the contact form, for the portal's operators."""

    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    name = models.CharField(_("name"), max_length=120, blank=True)
    message = models.TextField(_("message"), max_length=5000)

    class Meta(Closable.Meta):
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.get_topic_display()}: {self.message[:40]}"


class HelpfulCount(models.Model):
    """How many readers found a page helpful, or not, on a day."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    yes = models.PositiveIntegerField(default=0)
    no = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="feedback_helpful_page_day")
        ]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.yes}/{self.no}"

    @classmethod
    def count(cls, page, helpful):
        """One more vote for `page` today (a row per page and day, counted in the database)."""
        row, _created = cls.objects.get_or_create(page=page, day=timezone.localdate())
        field = "yes" if helpful else "no"
        cls.objects.filter(pk=row.pk).update(**{field: F(field) + 1})


def purge_addresses(cutoff):
    """Forget the e-mail addresses of reports and messages closed before `cutoff`."""
    cleared = 0
    for model in (ErrorReport, ContactMessage):
        closed = model.objects.exclude(status=Status.OPEN).exclude(email="")
        cleared += closed.filter(closed_at__lt=cutoff).update(email="")
    return cleared
