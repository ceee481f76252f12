"""Staff accounts: a registration request per applicant, a staff profile per registered member,
a staff member's requests to delete their personal data.

The models carry the app label "moderation" (`Meta.app_label`): their tables and their schema
are in moderation's migrations, never in migrations of this app.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RegistrationRequest(models.Model):
    """A member of a chamber's staff asks for an account (DESIGN section 4).

    The public form creates the account inactive, with an unusable password, together with this
    request; a portal administrator approves or rejects it, or marks it withdrawn when the
    applicant asks (accounts.registration). Rejected and withdrawn requests are deleted after
    their retention period (accounts.personal_data).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        WITHDRAWN = "withdrawn", _("withdrawn")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="registration_request",
    )
    chamber = models.ForeignKey(
        "pages.Chamber",
        verbose_name=_("chamber"),
        on_delete=models.PROTECT,
        related_name="registration_requests",
    )
    position = models.CharField(_("position"), max_length=120)
    reason = models.TextField(_("reason"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    domain_matches = models.BooleanField(
        _("e-mail address matches the chamber's domain"),
        default=True,
        help_text=_("False when the applicant confirmed an address outside the chamber's domain."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)

    class Meta:
        app_label = "moderation"
        verbose_name = _("registration request")
        verbose_name_plural = _("registration requests")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.user.get_full_name()} <{self.user.email}> ({self.chamber})"

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING


class StaffProfile(models.Model):
    """Ties a registered staff member to the chamber (assessment authority) they work for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    chamber = models.ForeignKey(
        "pages.Chamber", verbose_name=_("chamber"), on_delete=models.PROTECT, related_name="staff"
    )
    position = models.CharField(_("position"), max_length=120, blank=True)

    class Meta:
        app_label = "moderation"
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return f"{self.user} ({self.chamber})"


class DeletionRequest(models.Model):
    """A staff member asks for the deletion of their personal data (accounts.personal_data).

    A portal administrator carries it out by pseudonymising the account; the request stays as the
    record of when it was asked for and done.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="deletion_requests",
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    executed_at = models.DateTimeField(_("carried out at"), null=True, blank=True)
    executed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("carried out by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        app_label = "moderation"
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(executed_at__isnull=True),
                name="one_open_deletion_request_per_user",
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.created_at:%Y-%m-%d})"

    @property
    def is_open(self):
        return self.executed_at is None
