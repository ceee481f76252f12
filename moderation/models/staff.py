from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return f"{self.user} ({self.chamber})"
